import type { Lang } from "../../i18n";
import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { SheetSpec } from "../sheet/sheetSpec";
import { coverageSheet } from "./coverageSheet";
import { orgChecksSheet } from "./orgChecksSheet";
import type { ReportSource } from "./reportSource";

/** The sheets written back into the workbook after a check, in tab order: Org checks, then Coverage. */
export function workbookReport(analysis: WorkbookAnalysis, lang: Lang, source: ReportSource): SheetSpec[] {
  return [orgChecksSheet(analysis, lang, source), coverageSheet(analysis, lang)];
}
