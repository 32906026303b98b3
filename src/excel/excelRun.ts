/** `Excel.run` as the adapter uses it; tests pass office-addin-mock's context through one of these. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, looked up when called so that importing this module never needs office.js. */
export const defaultExcelRun: ExcelRun = (batch) => Excel.run(batch);
