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
 *   npx tsx bench/browser/runPaneLoadBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace] [--dist FOLDER]
 *
 * `--trace`: one more run, recorded as a Chromium trace, then each long main-thread task of it with what it was
 * (longTaskTrace.ts; functions resolved through the build's source maps). `--dist FOLDER`: a saved build instead of
 * dist/ (paneBenchSetup.ts).
 */
import { median } from "./frameStats";
import {
  formatLongTasks,
  longestTaskBetweenMarks,
  longTasksOfTrace,
  saveTrace,
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

const USAGE =
  "npx tsx bench/browser/runPaneLoadBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace] [--dist FOLDER]";

export interface PaneLoadRun {
  firstFrame: number;
  complete: number;
  progressShown: boolean;
  longestToFirstFrame: number;
  longestToComplete: number;
  /** The same tasks' CPU time (the main thread's, from a trace of the run): what the load does not stretch. */
  longestCpuToFirstFrame: number;
  longestCpuToComplete: number;
  longTasks: number;
}

export async function runPaneLoadBench(options: {
  size: number;
  runs: number;
  seed: number;
  /** One more run, traced: its long tasks and what they were are printed. */
  trace?: boolean;
  /** A saved build to measure instead of dist/. */
  dist?: string;
}): Promise<PaneLoadRun[]> {
  const server = await servePane(options.dist);
  const csv = generatedCsv(options.size, options.seed);
  const runs: PaneLoadRun[] = [];
  await withBenchBrowser(server, async (browser) => {
    const traced = options.trace ? options.runs + 1 : -1;
    for (let run = 0; run < options.runs + 1 + (options.trace ? 1 : 0); run++) {
      const context = await paneBenchContext(browser, csv);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(server.baseUrl);
      await page.waitForSelector("[data-testid='org-chart'] [data-position-id]");
      // The file is in the page's memory before the clock starts (Playwright's setInputFiles would hand its 12 MB to
      // the page in one long main-thread task of its own, which no user's file choice costs): the input gets it, and
      // its change event starts the clock.
      await page.evaluate(async (url) => {
        const blob = await (await fetch(url)).blob();
        (window as unknown as { __benchFile: File }).__benchFile = new File([blob], "org.csv", { type: "text/csv" });
      }, BENCH_FILE_URL);
      await browser.startTracing(page, { categories: run === traced ? TRACE_CATEGORIES : TASK_CATEGORIES });
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="open-file"]')!;
        const files = new DataTransfer();
        files.items.add((window as unknown as { __benchFile: File }).__benchFile);
        input.files = files.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
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
      const bytes = await browser.stopTracing();
      if (run === traced) {
        console.log(`trace: ${saveTrace(bytes, "pane-load")}`);
        const trace = JSON.parse(bytes.toString("utf8"));
        const resolve = await paneFrameResolver(page, options.dist ?? DIST);
        console.log(
          `traced run: long main-thread tasks from the file's input on\n${formatLongTasks(longTasksOfTrace(trace, { resolve }))}`,
        );
        await context.close();
        continue;
      }
      if (errors.length > 0) throw new Error(`the pane failed: ${errors.join("; ")}`);
      const input = marks.input!;
      const tasks = JSON.parse(bytes.toString("utf8"));
      const toFirstFrame = longestTaskBetweenMarks(tasks, "orgwright:input", "orgwright:firstFrame");
      const toComplete = longestTaskBetweenMarks(tasks, "orgwright:input", "orgwright:complete");
      const result: PaneLoadRun = {
        firstFrame: marks.firstFrame! - input,
        complete: marks.complete! - input,
        progressShown: marks.progress !== undefined,
        longestToFirstFrame: longestTask(marks, input, marks.firstFrame!),
        longestToComplete: longestTask(marks, input, marks.complete!),
        longestCpuToFirstFrame: toFirstFrame.cpu,
        longestCpuToComplete: toComplete.cpu,
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
  });
  return runs;
}

async function main(): Promise<void> {
  const options = paneBenchArguments(process.argv.slice(2), USAGE);
  const { size } = options;
  const runs = await runPaneLoadBench(options);
  const m = (pick: (run: PaneLoadRun) => number) => median(runs.map(pick)).toFixed(0);
  console.log(
    `\n${size.toLocaleString("en")} positions, CSV file → pane (median of ${runs.length}): first chart frame ${m((r) => r.firstFrame)} ms ` +
      `(longest main-thread task ${m((r) => r.longestToFirstFrame)} ms, ${m((r) => r.longestCpuToFirstFrame)} ms CPU); ` +
      `checks and coverage done ${m((r) => r.complete)} ms (longest task ${m((r) => r.longestToComplete)} ms, ` +
      `${m((r) => r.longestCpuToComplete)} ms CPU; long tasks ≥ 50 ms: ${m((r) => r.longTasks)}); ` +
      `progress shown: ${runs.every((r) => r.progressShown)}`,
  );
}

runBenchScript(module, main);
