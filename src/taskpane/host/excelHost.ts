import { ExcelWorkbookSource } from "../../excel/excelWorkbookSource";
import { selectSourceRow } from "../../excel/selectSourceRow";
import { watchPositions } from "../../excel/watchPositions";
import type { Lang } from "../../i18n";
import type { PaneHost } from "./paneHost";

/** The pane inside Excel: it works on the open workbook, a finding or a card takes the user to its row, and
 * the chart follows the table's edits and selection. */
export function createExcelHost(lang: Lang): PaneHost {
  return {
    lang,
    inExcel: true,
    openInitial: () => ({ source: new ExcelWorkbookSource(), origin: "excel" }),
    selectSourceRow: async (sheet, row) => (await selectSourceRow(sheet, row)) === "selected",
    watchPositions: (target, handlers) => watchPositions(target, handlers),
  };
}
