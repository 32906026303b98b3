/**
 * The pane at 100,000 positions (issue 9 §2), in headless Debian Chromium on the production build (dist/):
 *
 * - **file → first chart frame**: a generated org saved as CSV is opened through the pane's file input; the clock
 *   runs from the input's change event to the first frame showing a card of the new org, then on to the end of the
 *   checks and coverage. The file is parsed and analysed in the analysis worker.
 * - **edited cell → redrawn chart** is measured by `runEditBench.ts` (the Excel path: the table read on the pane's
 *   thread, sent to the worker in chunks, the chart redrawn).
 *
 * Each with the longest main-thread task (PerformanceObserver "longtask"). A measurement, not a test: it prints the
 * figures and exits 0 unless the bench itself breaks.
 *
 *   npx tsx bench/browser/runPaneLoadBench.ts [--size 100000] [--runs 3] [--seed 42]
 */
import { chromium } from "playwright-core";
import { isoDateFromSerial } from "../../src/core/cells/parseDate";
import { buildPaneIfStale, DIST } from "../../tests/e2e/support/buildPane";
import { serveFolder } from "../../tests/e2e/support/staticServer";
import { GENERATED_COLUMNS, generateOrg } from "../generateOrg";
import { median } from "./frameStats";
import { longestTask, paneLoadInstrumentation, type PaneLoadMarks } from "./paneLoadScenario";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./runBrowserBench";
import { numberArgument } from "./numberArgument";

export interface PaneLoadRun {
  firstFrame: number;
  complete: number;
  progressShown: boolean;
  longestToFirstFrame: number;
  longestToComplete: number;
  longTasks: number;
}

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

export async function runPaneLoadBench(options: { size: number; runs: number; seed: number }): Promise<PaneLoadRun[]> {
  buildPaneIfStale();
  const server = await serveFolder(DIST);
  const csv = generatedCsv(options.size, options.seed);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const runs: PaneLoadRun[] = [];
  try {
    for (let run = 0; run < options.runs + 1; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      // The generated org's IDs are P000001…; the sample's are not.
      await context.addInitScript(paneLoadInstrumentation("[data-testid='org-chart'] [data-position-id^='P0']"));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(server.baseUrl);
      await page.waitForSelector("[data-testid='org-chart'] [data-position-id]");
      await page.setInputFiles('[data-testid="open-file"]', { name: "org.csv", mimeType: "text/csv", buffer: csv });
      await page.waitForFunction(
        () => {
          const marks = (window as unknown as { __paneLoad: PaneLoadMarks }).__paneLoad;
          return marks.firstFrame !== undefined && marks.complete !== undefined;
        },
        undefined,
        { timeout: 180_000, polling: 250 },
      );
      await page.waitForTimeout(200);
      const marks = await page.evaluate(() => (window as unknown as { __paneLoad: PaneLoadMarks }).__paneLoad);
      if (errors.length > 0) throw new Error(`the pane failed: ${errors.join("; ")}`);
      const input = marks.input!;
      const result: PaneLoadRun = {
        firstFrame: marks.firstFrame! - input,
        complete: marks.complete! - input,
        progressShown: marks.progress !== undefined,
        longestToFirstFrame: longestTask(marks, input, marks.firstFrame!),
        longestToComplete: longestTask(marks, input, marks.complete!),
        longTasks: marks.longTasks.filter((task) => task.start >= input && task.start <= marks.complete!).length,
      };
      console.log(`run ${run === 0 ? "warm-up" : run}: ${JSON.stringify(result)}`);
      if (process.env.PANE_BENCH_TASKS)
        console.log(
          marks.longTasks.map((task) => `${(task.start - input).toFixed(0)}+${task.duration.toFixed(0)}`).join(" "),
          JSON.stringify({ ...marks, longTasks: undefined }),
        );
      if (run > 0) runs.push(result);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const size = numberArgument(argv, "--size", 100_000);
  const runs = await runPaneLoadBench({
    size,
    runs: numberArgument(argv, "--runs", 3),
    seed: numberArgument(argv, "--seed", 42),
  });
  const m = (pick: (run: PaneLoadRun) => number) => median(runs.map(pick)).toFixed(0);
  console.log(
    `\n${size.toLocaleString("en")} positions, CSV file → pane (median of ${runs.length}): first chart frame ${m((r) => r.firstFrame)} ms ` +
      `(longest main-thread task ${m((r) => r.longestToFirstFrame)} ms); checks and coverage done ${m((r) => r.complete)} ms ` +
      `(longest task ${m((r) => r.longestToComplete)} ms; long tasks ≥ 50 ms: ${m((r) => r.longTasks)}); ` +
      `progress shown: ${runs.every((r) => r.progressShown)}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
