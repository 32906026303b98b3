export { coverageSheet, COVERAGE_TABLES } from "./coverageSheet";
export { columnLetters, hyperlinkToRows, quoteSheetName, rowRuns } from "./excelLink";
export { orgChecksSheet, ORG_CHECKS_TABLES } from "./orgChecksSheet";
export type { ReportSource } from "./reportSource";
export { workbookReport } from "./workbookReport";
