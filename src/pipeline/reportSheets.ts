import type { JoinedSheet } from "../core/lines/joinHeadcountLines";
import { headcountCostSheet } from "../core/report/headcountCostSheet";
import type { ReportSource } from "../core/report/reportSource";
import { workbookReport } from "../core/report/workbookReport";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import type { Lang } from "../i18n";
import type { LoadedWorkbook } from "./loadWorkbook";
import type { AnalysedWorkbook } from "./workbookAnalyser";

/**
 * The sheets the pane writes for a workbook as last read, wherever the analysis ran (the pane's thread or the
 * analysis worker, which holds the cells): Org checks and Coverage, or — `source.sheets` `"cost"` — the Headcount
 * cost sheet (live formulas over the positions table, the FX table and the rates the cost model used, with the
 * cost as the pane shows it cached in every cell). No cost sheet when the positions could not be costed.
 */
export function reportSheets(loaded: LoadedWorkbook | AnalysedWorkbook, lang: Lang, source: ReportSource): SheetSpec[] {
  if (source.sheets !== "cost") return workbookReport(loaded.analysis, lang, source);
  // The cells stay where the analysis ran: a workbook analysed in the worker is written from there.
  const grid = loaded.grid;
  if (!loaded.cost || !("rows" in grid)) return [];
  const input = {
    analysis: loaded.analysis,
    positions: grid,
    rates: loaded.support?.rates,
    fx: loaded.support?.fx,
    ...ownRowsOf(loaded.joined),
  };
  return [{ ...headcountCostSheet(input, loaded.cost, lang), activate: true }];
}

/** `ownRows` of a cost input whose grid has headcount lines joined below the positions' rows (none: undefined). */
export function ownRowsOf(joined: readonly JoinedSheet[] | undefined): { ownRows?: number } {
  return joined && joined.length > 0 ? { ownRows: Math.min(...joined.map((sheet) => sheet.start)) } : {};
}
