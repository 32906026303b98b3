import type { WorkbookSource, WriteSheetResult } from "../core";
import type { PlanComparison } from "../core/compare/planComparison";
import type { ReportSource } from "../core/report/reportSource";
import { planComparisonSheet } from "../core/report/planComparisonSheet";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { Lang } from "../i18n";
import { reportSheets } from "../pipeline/reportSheets";
import { reportWriterOf } from "../pipeline/workbookAnalyser";
import type { LoadedWorkbook } from "./loadOrgWorkbook";

export interface WriteReportSheetsOptions {
  lang: Lang;
}

/**
 * Writes the report sheets (Org checks, then Coverage; or the Headcount cost sheet, `sheets` "cost") of the workbook as last read into it, as
 * reports (`role: "report"`: never read back as data). The adapter rewrites in place only sheets the
 * add-in wrote earlier (references to them keep working): a user's sheet of the same name stays, and
 * the report goes to "Org checks (2)" instead.
 */
export async function writeReportSheets(
  source: WorkbookSource,
  loaded: LoadedWorkbook,
  options: WriteReportSheetsOptions,
  sheets: ReportSource["sheets"] = "checks",
): Promise<WriteSheetResult[]> {
  const report: ReportSource = { positionsSheet: loaded.grid.sheetName, firstColumn: loaded.grid.firstColumn, sheets };
  // Analysed in the worker: the sheets are built there, not in one long task on the pane's thread.
  const inWorker = reportWriterOf(loaded);
  if (inWorker) return inWorker(source, options.lang, report);
  const specs = reportSheets(loaded, options.lang, report);
  const written: WriteSheetResult[] = [];
  for (const spec of specs) written.push(await source.writeSheet({ ...spec, role: "report" }));
  return written;
}

/**
 * Writes the Headcount cost sheet (`core/report/headcountCostSheet`: live formulas over the positions table, the
 * FX table and the rates, reconciled with the cost the Cost tab shows) of the workbook as last read, as a report:
 * rewritten in place on the next write, and a user's sheet of the same name is never touched ("Headcount cost (2)").
 * Nothing is written when the positions could not be costed.
 */
export function writeCostSheet(
  source: WorkbookSource,
  loaded: LoadedWorkbook,
  options: WriteReportSheetsOptions,
): Promise<WriteSheetResult[]> {
  return writeReportSheets(source, loaded, options, "cost");
}

/** One side of a comparison written from the pane: its table as analysed, and its cells when the pane holds them. */
export interface ComparedSide {
  /** What the notes call it ("Positions", "Plan - 2026 reorg"). */
  label: string;
  loaded: LoadedWorkbook;
  /** The cells the analysis was made from (a plan's, held by the pane); else read from the sheet. */
  grid?: SheetGrid;
}

/**
 * Writes the Plan comparison sheet (`core/report/planComparisonSheet`) for the comparison the Plan tab shows, as a
 * report (rewritten in place on the next write, never read as data). The change list links the rows of both tables.
 */
export async function writePlanComparisonSheet(
  source: WorkbookSource,
  comparison: PlanComparison,
  baseline: ComparedSide,
  plan: ComparedSide,
  lang: Lang,
): Promise<WriteSheetResult> {
  const gridOf = async (side: ComparedSide): Promise<SheetGrid> => {
    if (side.grid) return side.grid;
    const read = await source.readPositions({ sheet: side.loaded.grid.sheetName, mapping: side.loaded.mapping });
    if (!read.ok) throw new Error(`${read.problem.code}: ${read.problem.subject ?? ""} ${read.problem.detail ?? ""}`);
    return read.grid;
  };
  const spec = planComparisonSheet(
    {
      comparison,
      baseline: { label: baseline.label, analysis: baseline.loaded.analysis, grid: await gridOf(baseline) },
      plan: { label: plan.label, analysis: plan.loaded.analysis, grid: await gridOf(plan) },
    },
    lang,
  );
  return source.writeSheet({ ...spec, role: "report", activate: true });
}
