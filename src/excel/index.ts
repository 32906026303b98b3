export { ExcelWorkbookSource, type ExcelWorkbookSourceOptions } from "./excelWorkbookSource";
export { defaultExcelRun, type ExcelRun } from "./excelRun";
export { loadOfficeHost, OFFICE_JS_URL, DEFAULT_OFFICE_TIMEOUT_MS, type OfficeHostInfo } from "./officeHost";
export {
  mayBeInsideOffice,
  officeHostReason,
  readOfficeHostSignals,
  type OfficeHostReason,
  type OfficeHostSignals,
} from "./officeHostSignals";
export { DEFAULT_CELL_BUDGET, rowsPerRequest } from "./readRangeInChunks";
