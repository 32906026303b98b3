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
 *   npx tsx bench/browser/runTabBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace] [--dist FOLDER]
 *
 * `--dist FOLDER`: a saved build to measure instead of dist/ (e.g. a copy of an earlier build, to alternate before
 * and after in the same minutes); dist/ is rebuilt when older than src/, a saved build never. `--trace`: one more
 * run, each step traced in full, then each of its long main-thread tasks with what it was (longTaskTrace.ts).
 */
import type { Page } from "playwright-core";
import { median } from "./frameStats";
import {
  formatLongTasks,
  longestTaskBetweenMarks,
  longTasksOfTrace,
  TASK_CATEGORIES,
  TRACE_CATEGORIES,
} from "./longTaskTrace";
import { longestTask, type PaneLoadMarks } from "./paneLoadScenario";
import {
  BENCH_FILE_URL,
  DIST,
  generatedCsv,
  paneBenchArguments,
  paneBenchContext,
  paneFrameResolver,
  runBenchScript,
  servePane,
  withBenchBrowser,
} from "./paneBenchSetup";

const USAGE = "npx tsx bench/browser/runTabBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace] [--dist FOLDER]";

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

async function measureStep(
  page: Page,
  step: Step,
  trace: () => Promise<Buffer>,
  traced?: (trace: unknown) => void,
): Promise<StepFigures> {
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
  const events = JSON.parse((await trace()).toString("utf8"));
  traced?.(events);
  const cpu = longestTaskBetweenMarks(events, "tab:from", "tab:to").cpu;
  return { wall: longestTask(marks, from, to), cpu };
}

export async function runTabBench(options: {
  size: number;
  runs: number;
  seed: number;
  /** One more run, each step traced in full: its long tasks and what they were are printed. */
  trace?: boolean;
  dist?: string;
}): Promise<StepFigures[][]> {
  const server = await servePane(options.dist);
  const csv = generatedCsv(options.size, options.seed);
  const runs: StepFigures[][] = [];
  await withBenchBrowser(server, async (browser) => {
    for (let run = 0; run < options.runs + (options.trace ? 1 : 0); run++) {
      const tracing = run === options.runs;
      const context = await paneBenchContext(browser, csv);
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
      }, BENCH_FILE_URL);
      await page.waitForFunction(() => (window as unknown as { __paneLoad: PaneLoadMarks }).__paneLoad.complete, null, {
        timeout: 180_000,
        polling: 250,
      });
      await page.waitForTimeout(1000);
      const resolve = tracing ? await paneFrameResolver(page, options.dist ?? DIST) : undefined;
      const figures: StepFigures[] = [];
      for (const step of STEPS) {
        await browser.startTracing(page, { categories: tracing ? TRACE_CATEGORIES : TASK_CATEGORIES });
        const print = (events: unknown) =>
          console.log(
            `traced run, ${step.name}:\n${formatLongTasks(longTasksOfTrace(events as never, { resolve, minMs: 30 }))}`,
          );
        figures.push(await measureStep(page, step, () => browser.stopTracing(), tracing ? print : undefined));
      }
      console.log(
        `run ${tracing ? "traced" : run + 1}: ${STEPS.map((s, i) => `${s.name} ${figures[i].wall.toFixed(0)} ms (${figures[i].cpu.toFixed(0)} CPU)`).join("; ")}`,
      );
      if (!tracing) runs.push(figures);
      await context.close();
    }
  });
  return runs;
}

async function main(): Promise<void> {
  const options = paneBenchArguments(process.argv.slice(2), USAGE);
  const { size } = options;
  const runs = await runTabBench(options);
  const m = (i: number, pick: (f: StepFigures) => number) => median(runs.map((r) => pick(r[i]))).toFixed(0);
  console.log(
    `\n${size.toLocaleString("en")} positions, longest main-thread task (median of ${runs.length}; 0 = none ≥ 50 ms): ` +
      STEPS.map((s, i) => `${s.name} ${m(i, (f) => f.wall)} ms wall, ${m(i, (f) => f.cpu)} ms CPU`).join("; "),
  );
}

runBenchScript(module, main);
