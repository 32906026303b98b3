/**
 * One edited cell → redrawn chart, the way the pane does it inside Excel: the table is read on the pane's thread
 * (here from memory, where Excel's reads would have put it), sent to the analysis worker in chunks, and the org model
 * that comes back is drawn (rollups from the worker, the ID index in slices, then tree + layout + scene, then
 * setScene and a frame: the tasks the pane's React render and effect run); then the checks and coverage arrive.
 * The pane's options for a big org: expanded to level 3. Long main-thread tasks are recorded with
 * PerformanceObserver("longtask").
 */
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { OrgChartView } from "../../src/chart/orgChartView";
import { translatorFor } from "../../src/i18n";
import { AnalysisWorkerClient, yieldToPane } from "../../src/pipeline/worker/analysisWorkerClient";
import type { OrgFirst } from "../../src/pipeline/workbookAnalyser";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { buildChartScene } from "../../src/taskpane/chart/buildChartScene";
import { chartBasis, rememberRollups } from "../../src/taskpane/chart/chartBasis";
import { DEFAULT_CHART_OPTIONS, OPEN_LEVEL, type ChartOptions } from "../../src/taskpane/chart/chartOptions";
import { collapsedIdsBelowLayer } from "../../src/taskpane/chart/collapsedIds";
import { nextFrame } from "./frameTiming";

export interface EditRedraw {
  /** Edit → the first frame of the redrawn chart (ms). */
  redrawn: number;
  /** Edit → checks and coverage done and the chart drawn with their findings. */
  complete: number;
  /** Longest main-thread task until the redrawn frame, and until complete (0: none reached 50 ms). */
  longestToRedrawn: number;
  longestToComplete: number;
  /** The same tasks' CPU time, from a trace of the run (set by the runner, which records the trace). */
  longestCpuToRedrawn?: number;
  longestCpuToComplete?: number;
  positions: number;
}

const longTasks: { start: number; duration: number }[] = [];
let observing = false;

function observeLongTasks(): void {
  if (observing) return;
  observing = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

function longestBetween(from: number, to: number): number {
  let longest = 0;
  for (const task of longTasks)
    if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
  return longest;
}

/** Draws an org as the pane does, in the same tasks: basis, then tree + layout + scene, then setScene + frame. */
async function draw(view: OrgChartView, org: OrgFirst, options: ChartOptions): Promise<number> {
  if (org.rollups) rememberRollups(org.analysis.model, org.rollups);
  const t = translatorFor("en");
  const basis = chartBasis(org.analysis);
  const built = buildChartScene(basis, options, "en", t);
  await yieldToPane();
  view.setScene(built.scene);
  return nextFrame();
}

export async function oursEditRedraw(grid: SheetGrid, container: HTMLElement, workerUrl: string): Promise<EditRedraw> {
  observeLongTasks();
  const client = new AnalysisWorkerClient(new Worker(workerUrl));
  try {
    const view = new OrgChartView(container, { lang: "en", t: translatorFor("en"), animate: false });
    // The table as the Excel adapter reads it on the pane's thread.
    const source = FileWorkbookSource.fromGrid("Excel", grid);
    let options: ChartOptions = DEFAULT_CHART_OPTIONS;
    // The first read (not timed): the chart open on the org, as before the edit.
    const first = await client.load(source, {});
    if (!first.ok) throw new Error(first.problem.code);
    options = {
      ...DEFAULT_CHART_OPTIONS,
      collapsedIds: collapsedIdsBelowLayer(first.loaded.analysis.model, OPEN_LEVEL),
    };
    await draw(view, first.loaded, options);
    await nextFrame();

    // The edit: one title, as a user would type it.
    const titleColumn = grid.rows[0].indexOf("Title");
    grid.rows[Math.floor(grid.rows.length / 2)][titleColumn] = "Edited title";
    const t0 = performance.now();
    performance.mark("orgwright:edit");
    let redrawnAt = 0;
    let drawing: Promise<number> | undefined;
    const result = await client.load(
      source,
      {},
      {
        onOrg: (org) =>
          (drawing = draw(view, org, options).then((at) => {
            redrawnAt = at;
            performance.mark("orgwright:redrawn");
            return at;
          })),
      },
    );
    if (!result.ok) throw new Error(result.problem.code);
    await drawing;
    const completeAt = await draw(view, result.loaded, options);
    performance.mark("orgwright:complete");
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      redrawn: redrawnAt - t0,
      complete: completeAt - t0,
      longestToRedrawn: longestBetween(t0, redrawnAt),
      longestToComplete: longestBetween(t0, completeAt),
      positions: result.loaded.analysis.model.positions.length,
    };
  } finally {
    client.dispose();
  }
}
