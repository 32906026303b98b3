import { ExcelWorkbookSource } from "../../excel/excelWorkbookSource";
import { selectSourceRow } from "../../excel/selectSourceRow";
import type { Lang } from "../../i18n";
import type { PaneHost } from "./paneHost";

/** The pane inside Excel: it works on the open workbook, and a finding takes the user to its row. */
export function createExcelHost(lang: Lang): PaneHost {
  return {
    lang,
    inExcel: true,
    openInitial: () => ({ source: new ExcelWorkbookSource(), origin: "excel" }),
    selectSourceRow: async (sheet, row) => (await selectSourceRow(sheet, row)) === "selected",
  };
}
