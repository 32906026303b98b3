/**
 * The pane suite (issue 9 §2), in headless Chromium: a CSV file of the largest size → the built pane's first chart
 * frame and its checks and coverage (runPaneLoadBench.ts), and one edited cell → the redrawn chart on the Excel path
 * (runEditBench.ts), each with the longest main-thread task; the target: every main-thread task under 100 ms.
 */
import { atMost, type BenchSuite, type SuiteCheck } from "../benchSuite";
import { median } from "./frameStats";
import { runEditBench } from "./runEditBench";
import { runPaneLoadBench } from "./runPaneLoadBench";

/** Issue 9 §2: every main-thread task at 100,000 positions under 100 ms. */
export const MAX_MAIN_THREAD_TASK_MS = 100;

export const paneSuite: BenchSuite = {
  name: "pane",
  summary:
    "the pane at the largest size in Chromium: file → first chart frame, edited cell → redrawn chart, long tasks",
  needs: "chromium",
  async run(options) {
    const size = Math.max(...options.sizes);
    const runs = options.runs ?? 2;
    const load = await runPaneLoadBench({ size, runs, seed: options.seed });
    const edit = await runEditBench({ size, runs, seed: options.seed });
    const m = <T>(list: readonly T[], pick: (run: T) => number) => median(list.map(pick));
    const n = size.toLocaleString("en-US");
    const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
    // The target is judged on each task's CPU time (from a trace of the run): on this shared machine a task waits for
    // a core, and its wall time stretches with the load (load 20 on 2 cores: about 5×); on a quiet machine the two
    // are about equal. The wall times are reported beside them.
    const checks: SuiteCheck[] = [
      atMost(
        `${n}: edited cell → redrawn chart, longest main-thread task (CPU)`,
        m(edit, (r) => r.longestCpuToRedrawn ?? NaN),
        MAX_MAIN_THREAD_TASK_MS,
        "ms",
        0,
      ),
      atMost(
        `${n}: edited cell → checks and coverage, longest main-thread task (CPU)`,
        m(edit, (r) => r.longestCpuToComplete ?? NaN),
        MAX_MAIN_THREAD_TASK_MS,
        "ms",
        0,
      ),
      atMost(
        `${n}: CSV file → first chart frame, longest main-thread task (CPU)`,
        m(load, (r) => r.longestCpuToFirstFrame),
        MAX_MAIN_THREAD_TASK_MS,
        "ms",
        0,
      ),
      atMost(
        `${n}: CSV file → checks and coverage, longest main-thread task (CPU)`,
        m(load, (r) => r.longestCpuToComplete),
        MAX_MAIN_THREAD_TASK_MS,
        "ms",
        0,
      ),
    ];
    return {
      report: [
        `${n} positions, 1280 × 800, median of ${runs} runs after a warm-up run. Longest main-thread task: its wall ` +
          `time (PerformanceObserver "longtask", ≥ 50 ms) and its CPU time (the trace's RunTask thread time):`,
        "",
        "| scenario | to the chart | longest task: wall / CPU | to checks and coverage | longest task: wall / CPU | long tasks |",
        "|---|---:|---:|---:|---:|---:|",
        `| one edited cell → redrawn chart (Excel path, bench page) | ${ms(m(edit, (r) => r.redrawn))} | ` +
          `${ms(m(edit, (r) => r.longestToRedrawn))} / ${ms(m(edit, (r) => r.longestCpuToRedrawn ?? NaN))} | ` +
          `${ms(m(edit, (r) => r.complete))} | ${ms(m(edit, (r) => r.longestToComplete))} / ` +
          `${ms(m(edit, (r) => r.longestCpuToComplete ?? NaN))} | – |`,
        `| CSV file → first chart frame (built pane) | ${ms(m(load, (r) => r.firstFrame))} | ` +
          `${ms(m(load, (r) => r.longestToFirstFrame))} / ${ms(m(load, (r) => r.longestCpuToFirstFrame))} | ` +
          `${ms(m(load, (r) => r.complete))} | ${ms(m(load, (r) => r.longestToComplete))} / ` +
          `${ms(m(load, (r) => r.longestCpuToComplete))} | ${m(load, (r) => r.longTasks)} |`,
        "",
        "The file is in the page's memory before the clock starts and reaches the pane through its file input's change " +
          "event (no Playwright transfer task). `--trace` on either runner prints what each long task was.",
      ].join("\n"),
      checks,
    };
  },
};
