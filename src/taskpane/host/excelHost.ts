import { ExcelWorkbookSource } from "../../excel/excelWorkbookSource";
import type { Lang } from "../../i18n";
import type { PaneHost } from "./paneHost";

/** The pane inside Excel: it works on the open workbook. */
export function createExcelHost(lang: Lang): PaneHost {
  return { lang, inExcel: true, openInitial: () => ({ source: new ExcelWorkbookSource(), origin: "excel" }) };
}
