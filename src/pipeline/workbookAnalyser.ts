import type { OrgAnalysis } from "../core/analysis";
import type { PositionRollups } from "../core/rollup/positionRollups";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { ReportSource } from "../core/report/reportSource";
import type { WriteSheetResult } from "../core/sheet/sheetSpec";
import type { SourceProblem, WorkbookSource } from "../core/sheet/workbookSource";
import type { Lang } from "../i18n";
import { analyseInStages, readWorkbook, type LoadedWorkbook } from "./loadWorkbook";

/** Where a table was read (a grid without its cells: the pane needs the place, the analysis has the data). */
export type SheetPlace = Omit<SheetGrid, "rows">;

/** A workbook read and analysed, as the pane holds it: the cells may have stayed in the analysis worker. */
export type AnalysedWorkbook = Omit<LoadedWorkbook, "grid"> & { grid: SheetPlace };

/** The org model and its data findings, before the checks and coverage are done: enough to draw the chart. */
export interface OrgFirst {
  grid: SheetPlace;
  analysis: OrgAnalysis;
  /** The chart's per-position sums, when the analysis worked them out already. */
  rollups?: PositionRollups;
}

/** What the analysis is doing, for the pane's progress line. */
export type AnalysisStage = "reading" | "model" | "checks";

export interface AnalysisEvents {
  onStage?: (stage: AnalysisStage) => void;
  /** The org model exists (the chart can be drawn); checks and coverage follow. */
  onOrg?: (org: OrgFirst) => void;
}

/**
 * What to analyse. No language: the analysis is the same in every language (the pane makes what it shows, in the
 * language it is shown in, when it shows it), so switching the pane's language never analyses again.
 */
export interface AnalyseOptions {
  /** The sheet to read; when it is gone, the source's own choice. */
  sheet?: string;
}

export type AnalyseResult = { ok: true; loaded: AnalysedWorkbook } | { ok: false; problem: SourceProblem };

/** Writes the report sheets (Org checks, Coverage) of one analysed workbook into `source`, as reports. */
export type ReportWriter = (source: WorkbookSource, lang: Lang, report: ReportSource) => Promise<WriteSheetResult[]>;

const reportWriters = new WeakMap<AnalysedWorkbook, ReportWriter>();

/**
 * How to write the report of a workbook analysed in the worker: the sheets are built there (at 100,000 positions
 * that is most of a second, which the pane's thread must not spend in one task). Undefined for a workbook analysed on
 * the pane's thread, or a copy of one: build the sheets where they are.
 */
export function reportWriterOf(loaded: AnalysedWorkbook): ReportWriter | undefined {
  return reportWriters.get(loaded);
}

export function setReportWriter(loaded: AnalysedWorkbook, writer: ReportWriter): void {
  reportWriters.set(loaded, writer);
}

/** A file opened where the analysis runs: its source (proxied when that is a worker) and its .xlsx bytes. */
export type OpenedFile =
  { ok: true; source: WorkbookSource; toXlsx: () => Promise<Uint8Array> } | { ok: false; problem: SourceProblem };

/**
 * Reads and analyses workbooks for the pane: on the pane's own thread ({@link sameThreadAnalyser}) or in a Web
 * Worker (`worker/analysisWorkerClient.ts`), with the same load-and-analyse pipeline either way.
 */
export interface WorkbookAnalyser {
  /** True when the analysis runs off the pane's thread. */
  readonly inWorker: boolean;
  load(source: WorkbookSource, options: AnalyseOptions, events?: AnalysisEvents): Promise<AnalyseResult>;
  /** Opens a file where the analysis runs (a worker parses it there); absent: the host opens files itself. */
  openFile?(bytes: Uint8Array, fileName: string): Promise<OpenedFile>;
  dispose(): void;
}

/** The analysis on the calling thread (tests, and any host without Web Workers). */
export const sameThreadAnalyser: WorkbookAnalyser = {
  inWorker: false,
  async load(source, options, events = {}) {
    events.onStage?.("reading");
    const read = await readWorkbook(source, { sheet: options.sheet, fallBackWhenSheetGone: true });
    if (!read.ok) return read;
    events.onStage?.("model");
    const staged = analyseInStages(read.read);
    events.onOrg?.({ grid: read.read.positions, analysis: staged.org });
    events.onStage?.("checks");
    return { ok: true, loaded: staged.finish() };
  },
  dispose() {},
};
