/**
 * The Checks and Overview tabs at 100,000 positions (issue 9 §2), in headless Debian Chromium on the production build
 * (dist/): a generated org is opened as a CSV file (as runPaneLoadBench.ts does), then, once its analysis is done,
 * each step below runs and the longest main-thread task from the step's start to two frames and 300 ms after its view
 * is shown is recorded: wall time (PerformanceObserver "longtask", tasks of 50 ms or more) and CPU time (the main
 * thread's, from a trace of the step).
 *
 *   1. open the Checks tab   2. switch to 中文 on it   3. open the Overview tab   4. switch back to English on it
 *
 * A measurement, not a test: it prints the figures and exits 0 unless the bench itself breaks.
 *
 *   npx tsx bench/browser/runTabBench.ts [--size 100000] [--runs 3] [--seed 42] [--dist FOLDER]
 *
 * `--dist FOLDER`: a saved build to measure instead of dist/ (e.g. a copy of an earlier build, to alternate before
 * and after in the same minutes); dist/ is rebuilt when older than src/, a saved build never.
 */
import { chromium, type Page } from "playwright-core";
import { buildPaneIfStale, DIST } from "../../tests/e2e/support/buildPane";
import { serveFolder } from "../../tests/e2e/support/staticServer";
import { median } from "./frameStats";
import { longestTaskBetweenMarks, TASK_CATEGORIES } from "./longTaskTrace";
import { longestTask, paneLoadInstrumentation, type PaneLoadMarks } from "./paneLoadScenario";
import { numberArgument } from "./numberArgument";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./runBrowserBench";
import { generatedCsv } from "./runPaneLoadBench";

const FILE_URL = "/bench-data/org.csv";

interface Step {
  name: string;
  /** Brings the pane to just before the step (not measured). */
  prepare?: (page: Page) => Promise<void>;
  act: (page: Page) => Promise<void>;
  /** The step's view is on screen. */
  shown: string;
}

const STEPS: Step[] = [
  { name: "open Checks", act: (page) => page.click("[data-tab='checks']"), shown: "[data-testid='checks']" },
  {
    name: "中文 on Checks",
    prepare: (page) => page.click("[data-testid='language-switch']"),
    act: (page) => page.click("[role='menuitemradio'][lang='zh-CN']"),
    shown: "html[lang='zh-CN'] [data-testid='checks'] h2:text('检查结果')",
  },
  {
    name: "open Overview",
    act: (page) => page.click("[data-tab='overview']"),
    shown: "[data-testid='checks-summary']",
  },
  {
    name: "English on Overview",
    prepare: (page) => page.click("[data-testid='language-switch']"),
    act: (page) => page.click("[role='menuitemradio'][lang='en']"),
    shown: "html[lang='en'] [data-testid='checks-summary']",
  },
];

type StepFigures = { wall: number; cpu: number };

async function measureStep(page: Page, step: Step, trace: () => Promise<Buffer>): Promise<StepFigures> {
  await step.prepare?.(page);
  await page.waitForTimeout(300);
  const from = await page.evaluate(() => {
    performance.mark("tab:from");
    return performance.now();
  });
  await step.act(page);
  await page.waitForSelector(step.shown, { timeout: 60_000 });
  const to = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              performance.mark("tab:to");
              resolve(performance.now());
            }, 300),
          ),
        ),
      ),
  );
  const marks = await page.evaluate(() => (window as unknown as { __paneLoad: PaneLoadMarks }).__paneLoad);
  const cpu = longestTaskBetweenMarks(JSON.parse((await trace()).toString("utf8")), "tab:from", "tab:to").cpu;
  return { wall: longestTask(marks, from, to), cpu };
}

export async function runTabBench(options: {
  size: number;
  runs: number;
  seed: number;
  dist?: string;
}): Promise<StepFigures[][]> {
  if (!options.dist) buildPaneIfStale();
  const server = await serveFolder(options.dist ?? DIST);
  const csv = generatedCsv(options.size, options.seed);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const runs: StepFigures[][] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await context.route(`**${FILE_URL}`, (route) => route.fulfill({ body: csv, contentType: "text/csv" }));
      await context.addInitScript(paneLoadInstrumentation("[data-testid='org-chart'] [data-position-id^='P0']"));
      const page = await context.newPage();
      await page.goto(server.baseUrl);
      await page.waitForSelector("[data-testid='org-chart'] [data-position-id]");
      await page.evaluate(async (url) => {
        const blob = await (await fetch(url)).blob();
        const input = document.querySelector<HTMLInputElement>('[data-testid="open-file"]')!;
        const files = new DataTransfer();
        files.items.add(new File([blob], "org.csv", { type: "text/csv" }));
        input.files = files.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }, FILE_URL);
      await page.waitForFunction(() => (window as unknown as { __paneLoad: PaneLoadMarks }).__paneLoad.complete, null, {
        timeout: 180_000,
        polling: 250,
      });
      await page.waitForTimeout(1000);
      const figures: StepFigures[] = [];
      for (const step of STEPS) {
        await browser.startTracing(page, { categories: TASK_CATEGORIES });
        figures.push(await measureStep(page, step, () => browser.stopTracing()));
      }
      console.log(
        `run ${run + 1}: ${STEPS.map((s, i) => `${s.name} ${figures[i].wall.toFixed(0)} ms (${figures[i].cpu.toFixed(0)} CPU)`).join("; ")}`,
      );
      runs.push(figures);
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
  const runs = await runTabBench({
    size,
    runs: numberArgument(argv, "--runs", 3),
    seed: numberArgument(argv, "--seed", 42),
    dist: argv.includes("--dist") ? argv[argv.indexOf("--dist") + 1] : undefined,
  });
  const m = (i: number, pick: (f: StepFigures) => number) => median(runs.map((r) => pick(r[i]))).toFixed(0);
  console.log(
    `\n${size.toLocaleString("en")} positions, longest main-thread task (median of ${runs.length}; 0 = none ≥ 50 ms): ` +
      STEPS.map((s, i) => `${s.name} ${m(i, (f) => f.wall)} ms wall, ${m(i, (f) => f.cpu)} ms CPU`).join("; "),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
