export { FileWorkbookSource } from "./fileWorkbookSource";
export { openWorkbookFile, type OpenWorkbookFileResult } from "./openWorkbookFile";
export { SETTINGS_SHEET_NAME } from "./fileSettings";
