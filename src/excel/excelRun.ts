import { supportsExcelApi } from "./excelApiSupport";

/** What a batch may ask of `Excel.run` beyond the defaults. */
export interface ExcelRunRequest {
  /**
   * Merge the batch's requests into one entry of Excel's undo stack (`RunOptions.mergeUndoGroup`, ExcelApi 1.20),
   * so one Ctrl+Z takes the whole batch back. Ignored where the host lacks it.
   */
  mergeUndoGroup?: boolean;
}

/** `Excel.run` as the adapter uses it; tests pass office-addin-mock's context through one of these. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  request?: ExcelRunRequest,
) => Promise<T>;

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
export const defaultExcelRun: ExcelRun = (batch, request) => {
  let options = excelRunOptions();
  if (request?.mergeUndoGroup && supportsExcelApi("1.20")) options = { ...options, mergeUndoGroup: true };
  return options ? Excel.run(options, batch) : Excel.run(batch);
};
