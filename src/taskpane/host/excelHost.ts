import { ExcelWorkbookSource } from "../../excel/excelWorkbookSource";
import { selectSourceRow } from "../../excel/selectSourceRow";
import { watchPositions } from "../../excel/watchPositions";
import type { Lang } from "../../i18n";
import { insertChartIntoExcel } from "./excelChartInsert";
import type { PaneHost } from "./paneHost";

/** The pane inside Excel: it works on the open workbook, a finding or a card takes the user to its row, and
 * the chart follows the table's edits and selection. Rows are selected and the table followed by the ids of
 * the positions the source last read, so renaming the sheet or table changes nothing. */
export function createExcelHost(lang: Lang): PaneHost {
  const source = new ExcelWorkbookSource();
  return {
    lang,
    inExcel: true,
    openInitial: () => ({ source, origin: "excel" }),
    selectSourceRow: async (sheet, row) => (await selectSourceRow(source.sheetKeyFor(sheet), row)) === "selected",
    watchPositions: (target, handlers) => watchPositions(source.watchTargetFor(target), handlers),
    insertChart: insertChartIntoExcel,
  };
}
