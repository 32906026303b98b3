/**
 * What the pane's browser benches share (runPaneLoadBench.ts, runTabBench.ts, runEditBench.ts): their command line,
 * Chromium launched and closed with the server it talks to, the built pane served with a generated org's CSV beside
 * it, and the script's error exit.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { isoDateFromSerial } from "../../src/core/cells/parseDate";
import { buildPaneIfStale, DIST } from "../../tests/e2e/support/buildPane";
import { serveFolder, type StaticServer } from "../../tests/e2e/support/staticServer";
import { GENERATED_COLUMNS, generateOrg } from "../generateOrg";
import { paneLoadInstrumentation } from "./paneLoadScenario";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, VIEWPORT } from "./runBrowserBench";
import { folderSourceMaps, sourceMapResolver } from "./sourceMapResolver";
import type { FrameResolver } from "./longTaskTrace";

/** The options every pane bench takes. */
export interface PaneBenchArguments {
  /** `--size` (positions, default 100,000). */
  size: number;
  /** `--runs` (measured runs, default 3). */
  runs: number;
  /** `--seed` (the generated org's, default 42). */
  seed: number;
  /** `--trace`: one more run, traced, its long tasks printed with what they were. */
  trace: boolean;
  /** `--dist FOLDER`: a saved build of the pane to measure instead of dist/ (for before/after alternated). */
  dist?: string;
}

/** Reads the pane benches' options; an unknown option or a bad number stops the script with `usage`. */
export function paneBenchArguments(argv: readonly string[], usage: string): PaneBenchArguments {
  const options: PaneBenchArguments = { size: 100_000, runs: 3, seed: 42, trace: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--trace") options.trace = true;
    else if (flag === "--dist") options.dist = argv[++i];
    else if (flag === "--size" || flag === "--runs" || flag === "--seed") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer\n${usage}`);
      options[flag.slice(2) as "size" | "runs" | "seed"] = value;
    } else throw new Error(`unknown option ${flag}\n${usage}`);
  }
  return options;
}

/** Runs `body` with headless Debian Chromium; the browser and then `server` are closed whatever happens. */
export async function withBenchBrowser<T>(
  server: { close(): Promise<void> },
  body: (browser: Browser) => Promise<T>,
): Promise<T> {
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    try {
      return await body(browser);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** Serves the built pane: `dist` when given (a saved build, never rebuilt), else dist/, rebuilt when stale. */
export function servePane(dist: string | undefined): Promise<StaticServer> {
  if (!dist) buildPaneIfStale();
  return serveFolder(dist ?? DIST);
}

/** Where the page fetches the generated org's CSV from (answered by the context's route, not the server). */
export const BENCH_FILE_URL = "/bench-data/org.csv";

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The generated org as a CSV file, dates as ISO text (as a spreadsheet saves them). */
export function generatedCsv(size: number, seed: number): Buffer {
  const { grid } = generateOrg(size, seed);
  const startDate = GENERATED_COLUMNS.indexOf("startDate");
  const lines = grid.rows.map((row, r) =>
    row
      .map((cell, c) => (r > 0 && c === startDate && typeof cell === "number" ? isoDateFromSerial(cell) : cell))
      .map(csvField)
      .join(","),
  );
  return Buffer.from(lines.join("\n") + "\n", "utf8");
}

/**
 * A new context (a new renderer and heap) for the built pane at 1280 × 800: nothing outside 127.0.0.1 is reachable,
 * `csv` is answered at {@link BENCH_FILE_URL}, and the pane-load marks are recorded (paneLoadScenario.ts; the
 * generated org's IDs are P000001…, the sample's are not).
 */
export async function paneBenchContext(browser: Browser, csv: Buffer): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await context.route(`**${BENCH_FILE_URL}`, (route) => route.fulfill({ body: csv, contentType: "text/csv" }));
  await context.addInitScript(paneLoadInstrumentation("[data-testid='org-chart'] [data-position-id^='P0']"));
  return context;
}

/** Resolves a trace's frames through the source maps of the scripts `page` loaded from `folder` (a pane build). */
export async function paneFrameResolver(page: Page, folder: string): Promise<FrameResolver> {
  const files = await page.evaluate(() => [...document.scripts].map((script) => script.src.replace(/^.*\//, "")));
  return sourceMapResolver(folderSourceMaps(folder, files));
}

/** Runs a bench script's `main` when the file is run (not imported); a failure prints its stack and exits 1. */
export function runBenchScript(module: NodeModule, main: () => Promise<void>): void {
  if (require.main !== module) return;
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}

export { DIST };
