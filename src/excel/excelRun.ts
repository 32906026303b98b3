import { supportsExcelApi } from "./excelApiSupport";

/** `Excel.run` as the adapter uses it; tests pass office-addin-mock's context through one of these. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The options every batch of the add-in runs with: `delayForCellEdit` (ExcelApi 1.11) makes Excel
 * hold a batch that arrives while the user is typing in a cell until the edit ends, instead of
 * failing it. Most batches are event-driven (a change re-reads the table), so they often arrive
 * mid-edit. Undefined where the host lacks the option.
 */
export function excelRunOptions(): Excel.RunOptions | undefined {
  return supportsExcelApi("1.11") ? { delayForCellEdit: true } : undefined;
}

/** `Excel.run`, looked up when called so that importing this module never needs office.js. */
export const defaultExcelRun: ExcelRun = (batch) => {
  const options = excelRunOptions();
  return options ? Excel.run(options, batch) : Excel.run(batch);
};
