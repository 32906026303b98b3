import type { SpecMatrix } from "./excelCellInput";
import { chunkRows, DEFAULT_CELL_BUDGET, rowsPerRequest } from "./readRangeInChunks";
import { rangeAddress } from "./rangeArea";

/**
 * Writes the matrix from A1 down, one request per slice of rows within the cell budget. Slices
 * holding a formula go through `Range.formulas`, the others through `Range.values`.
 */
export async function writeSheetCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  matrix: SpecMatrix,
  cellBudget: number = DEFAULT_CELL_BUDGET,
): Promise<void> {
  if (matrix.width === 0) return;
  for (const { offset, count } of chunkRows(matrix.rows.length, rowsPerRequest(matrix.width, cellBudget))) {
    const cells = matrix.rows.slice(offset, offset + count);
    const range = worksheet.getRange(
      rangeAddress({ rowIndex: offset, columnIndex: 0, rowCount: count, columnCount: matrix.width }),
    );
    if (matrix.hasFormula.slice(offset, offset + count).includes(true)) range.formulas = cells;
    else range.values = cells;
    // One request per slice is the point: a single request for everything would exceed Excel's limits.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
