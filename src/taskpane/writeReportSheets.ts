import type { WorkbookSource, WriteSheetResult } from "../core";
import { workbookReport } from "../core/report";
import type { Lang } from "../i18n";
import { reportWriterOf } from "../pipeline/workbookAnalyser";
import type { LoadedWorkbook } from "./loadOrgWorkbook";

export interface WriteReportSheetsOptions {
  lang: Lang;
}

/**
 * Writes the report sheets (Org checks, then Coverage) of the workbook as last read into it, as
 * reports (`role: "report"`: never read back as data). The adapter rewrites in place only sheets the
 * add-in wrote earlier (references to them keep working): a user's sheet of the same name stays, and
 * the report goes to "Org checks (2)" instead.
 */
export async function writeReportSheets(
  source: WorkbookSource,
  loaded: LoadedWorkbook,
  options: WriteReportSheetsOptions,
): Promise<WriteSheetResult[]> {
  const report = { positionsSheet: loaded.grid.sheetName, firstColumn: loaded.grid.firstColumn };
  // Analysed in the worker: the sheets are built there, not in one long task on the pane's thread.
  const inWorker = reportWriterOf(loaded);
  if (inWorker) return inWorker(source, options.lang, report);
  const specs = workbookReport(loaded.analysis, options.lang, report);
  const written: WriteSheetResult[] = [];
  for (const spec of specs) written.push(await source.writeSheet({ ...spec, role: "report" }));
  return written;
}
