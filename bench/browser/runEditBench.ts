/**
 * One edited cell → redrawn chart at 100,000 positions (issue 9 §2), in headless Debian Chromium: the pane's Excel
 * path (table read on the pane's thread, analysed in the worker, the chart redrawn), with the longest main-thread
 * task. See editScenario.ts. A measurement, not a test.
 *
 *   npx tsx bench/browser/runEditBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace]
 *
 * `--trace`: one more run, recorded as a Chromium trace, then each long main-thread task of it with what it was
 * (longTaskTrace.ts).
 */
import { BenchData } from "./benchData";
import { startBenchServer } from "./benchServer";
import { buildPageBundle, buildWorkerBundle } from "./buildPageBundle";
import type { EditRedraw } from "./editScenario";
import { median } from "./frameStats";
import type { BenchPageApi } from "./page";
import { VIEWPORT } from "./runBrowserBench";
import { paneBenchArguments, runBenchScript, withBenchBrowser } from "./paneBenchSetup";
import {
  formatLongTasks,
  longestTaskBetweenMarks,
  longTasksOfTrace,
  saveTrace,
  TASK_CATEGORIES,
  TRACE_CATEGORIES,
} from "./longTaskTrace";
import { sourceMapResolver } from "./sourceMapResolver";

const USAGE = "npx tsx bench/browser/runEditBench.ts [--size 100000] [--runs 3] [--seed 42] [--trace]";

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Orgwright edit bench</title>
<style>html,body{margin:0;padding:0;overflow:hidden;background:#fff}#chart{position:relative;overflow:hidden}</style>
</head><body><div id="chart"></div><script src="/bench.js"></script></body></html>`;

export async function runEditBench(options: {
  size: number;
  runs: number;
  seed: number;
  /** One more run, traced: its long tasks and what they were are printed. */
  trace?: boolean;
}): Promise<EditRedraw[]> {
  const [page, worker] = await Promise.all([buildPageBundle({ sourceMap: options.trace }), buildWorkerBundle()]);
  const data = new BenchData(options.seed);
  const server = await startBenchServer((path) => {
    if (path === "/") return { type: "text/html; charset=utf-8", body: PAGE_HTML };
    if (path === "/bench.js") return { type: "text/javascript; charset=utf-8", body: page.code };
    if (path === "/analysis-worker.js") return { type: "text/javascript; charset=utf-8", body: worker.code };
    const match = /^\/data\/grid-(\d+)\.json$/.exec(path);
    return match ? { type: "application/json", body: data.gridJson(Number(match[1])) } : undefined;
  });
  const runs: EditRedraw[] = [];
  await withBenchBrowser(server, async (browser) => {
    const traced = options.trace ? options.runs + 1 : -1;
    for (let run = 0; run <= options.runs + (options.trace ? 1 : 0); run++) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(String(error)));
      await tab.goto(`${server.origin}/`);
      await tab.waitForFunction(() => "orgwrightBench" in window);
      const call = <K extends keyof BenchPageApi>(name: K, ...args: Parameters<BenchPageApi[K]>) =>
        tab.evaluate(
          ([method, methodArgs]) =>
            (window as unknown as { orgwrightBench: Record<string, (...a: unknown[]) => unknown> }).orgwrightBench[
              method as string
            ](...(methodArgs as unknown[])),
          [name, args] as const,
        );
      await call("loadGrid", `/data/grid-${options.size}.json`);
      // The whole run is traced (the first read too): the edit's tasks are those after the first read's.
      await browser.startTracing(tab, { categories: run === traced ? TRACE_CATEGORIES : TASK_CATEGORIES });
      const result = (await call("oursEditRedraw", VIEWPORT.width, VIEWPORT.height)) as EditRedraw;
      const bytes = await browser.stopTracing();
      const tasks = JSON.parse(bytes.toString("utf8"));
      result.longestCpuToRedrawn = longestTaskBetweenMarks(tasks, "orgwright:edit", "orgwright:redrawn").cpu;
      result.longestCpuToComplete = longestTaskBetweenMarks(tasks, "orgwright:edit", "orgwright:complete").cpu;
      if (run === traced) {
        console.log(`trace: ${saveTrace(bytes, "edit")}`);
        const trace = JSON.parse(bytes.toString("utf8"));
        const resolve = page.map ? sourceMapResolver(new Map([["bench.js", JSON.parse(page.map)]])) : undefined;
        console.log(`traced run (first read, then the edit): ${JSON.stringify(result)}`);
        console.log(formatLongTasks(longTasksOfTrace(trace, { resolve })));
        await context.close();
        continue;
      }
      if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join("; ")}`);
      if (result.positions !== options.size) throw new Error(`analysed ${result.positions} of ${options.size}`);
      console.log(`run ${run === 0 ? "warm-up" : run}: ${JSON.stringify(result)}`);
      if (run > 0) runs.push(result);
      await context.close();
    }
  });
  return runs;
}

async function main(): Promise<void> {
  const options = paneBenchArguments(process.argv.slice(2), USAGE);
  // The edit bench's page is its own bundle (esbuild), not a build of the pane.
  if (options.dist) throw new Error(`--dist is for the built pane's benches\n${USAGE}`);
  const { size } = options;
  const runs = await runEditBench(options);
  const m = (pick: (run: EditRedraw) => number) => median(runs.map(pick)).toFixed(0);
  console.log(
    `\n${size.toLocaleString("en")} positions, one edited cell → redrawn chart (median of ${runs.length}): ` +
      `${m((r) => r.redrawn)} ms (longest main-thread task ${m((r) => r.longestToRedrawn)} ms, ` +
      `${m((r) => r.longestCpuToRedrawn ?? NaN)} ms CPU); with checks and coverage ${m((r) => r.complete)} ms ` +
      `(longest task ${m((r) => r.longestToComplete)} ms, ${m((r) => r.longestCpuToComplete ?? NaN)} ms CPU)`,
  );
}

runBenchScript(module, main);
