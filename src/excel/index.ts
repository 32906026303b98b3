export { ExcelWorkbookSource, type ExcelWorkbookSourceOptions } from "./excelWorkbookSource";
export { defaultExcelRun, type ExcelRun } from "./excelRun";
export { connectToOffice, OFFICE_JS_URL, DEFAULT_OFFICE_TIMEOUT_MS, type OfficeConnection } from "./officeHost";
export { readOfficeTheme, type OfficeThemeColours } from "./officeTheme";
export { DEFAULT_CELL_BUDGET, rowsPerRequest } from "./readRangeInChunks";
