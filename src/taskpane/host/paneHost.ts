import type { SourceProblem, WorkbookSource } from "../../core";
import type { PositionsTarget, PositionsWatchHandlers, StopWatchingPositions } from "../../excel/watchPositions";
import type { Lang, Translate } from "../../i18n";
import type { ChartBasis } from "../../chart/chartBasis";
import type { ExportChartOptions } from "../../chart/export/exportScene";
import type { WorkbookAnalyser } from "../../pipeline/workbookAnalyser";

/** Where the workbook in the pane came from. */
export type WorkbookOrigin = "sample" | "file" | "excel";

/** The workbook the pane works on, and what can be done with it beyond {@link WorkbookSource}. */
export interface PaneWorkbook {
  source: WorkbookSource;
  origin: WorkbookOrigin;
  /** Outside Excel: the workbook as .xlsx bytes, for Download. */
  toXlsx?: () => Promise<Uint8Array>;
  /**
   * The built-in sample: the language it was made in. It follows the pane's language (opened again in the new one)
   * until the user changes it through the pane.
   */
  sampleLang?: Lang;
  /** Whether the pane wrote anything into the workbook (a setting, a sheet, a plan) since it was opened. */
  changed?: () => boolean;
}

export type OpenFileResult = { ok: true; workbook: PaneWorkbook } | { ok: false; problem: SourceProblem };

/** The chart to put into the workbook: as native shapes and connectors, or as a picture. */
export interface ChartInsertRequest {
  basis: ChartBasis;
  options: ExportChartOptions;
  /** The chart's language. */
  lang: Lang;
  mode: "shapes" | "picture";
  /** The pane's language, for what the pane says. */
  translate: Translate;
}

/** What became of it, said to the user (the sheet written, or why not). */
export interface ChartInsertion {
  ok: boolean;
  message: string;
}

/**
 * What the host offers the pane: Excel (Insert sample, Refresh) or a plain browser (Open file, Open
 * sample, Download). Built once in index.tsx; the components never touch Office.js or the file readers.
 */
export interface PaneHost {
  /** The language the pane starts in (the user may switch it: see App). */
  lang: Lang;
  inExcel: boolean;
  /** The workbook the pane opens on: the current Excel workbook, or the sample. */
  openInitial: () => PaneWorkbook;
  /** Outside Excel: the built-in sample as a fresh workbook, in `lang` (default: the host's language). */
  openSample?: (lang?: Lang) => PaneWorkbook;
  /** Outside Excel: a file the user chose or dropped. */
  openFile?: (bytes: Uint8Array, fileName: string) => Promise<OpenFileResult>;
  /** In Excel: takes the user to a row (a finding's source row); false when the sheet is no longer there. */
  selectSourceRow?: (sheet: string, row: number) => Promise<boolean>;
  /**
   * In Excel: follows the positions table the pane read. `onChanged` fires (debounced) after the user edits it,
   * `onSelectRow` when the user selects a cell in it (the sheet row). Resolves to a function that stops following.
   */
  watchPositions?: (target: PositionsTarget, handlers: PositionsWatchHandlers) => Promise<StopWatchingPositions>;
  /**
   * Reads and analyses workbooks: the analysis Web Worker in the browser and in Office (index.tsx), so the pane's
   * thread stays responsive at 100,000 positions; absent, the analysis runs on the pane's thread (tests).
   */
  analyser?: WorkbookAnalyser;
  /** In Excel: draws the chart on a sheet the add-in owns (native shapes, or a picture). */
  insertChart?: (request: ChartInsertRequest) => Promise<ChartInsertion>;
}
