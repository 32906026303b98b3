import type { SpecMatrix } from "./excelCellInput";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, isPayloadTooLarge, rowBytes, sliceRowsByBytes } from "./payloadSize";
import { DEFAULT_CELL_BUDGET, rowsPerRequest } from "./readRangeInChunks";
import { rangeAddress } from "./rangeArea";

/**
 * Writes the matrix from A1 down, one request per slice of rows within the byte budget (estimated
 * serialized bytes, see payloadSize) and the cell cap. Slices holding a formula go through
 * `Range.formulas`, the others through `Range.values`. A slice Excel still refuses for its size is
 * written again in halves.
 */
export async function writeSheetCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  matrix: SpecMatrix,
  cellBudget: number = DEFAULT_CELL_BUDGET,
  byteBudget: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
): Promise<void> {
  if (matrix.width === 0) return;
  const sizes = matrix.rows.map((row) => rowBytes(row));
  const pending = sliceRowsByBytes(sizes, byteBudget, rowsPerRequest(matrix.width, cellBudget)).reverse();
  while (pending.length > 0) {
    const { offset, count } = pending.pop()!;
    const cells = matrix.rows.slice(offset, offset + count);
    const range = worksheet.getRange(
      rangeAddress({ rowIndex: offset, columnIndex: 0, rowCount: count, columnCount: matrix.width }),
    );
    if (matrix.hasFormula.slice(offset, offset + count).includes(true)) range.formulas = cells;
    else range.values = cells;
    try {
      // One request per slice is the point: a single request for everything would exceed Excel's limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      const half = Math.ceil(count / 2);
      pending.push({ offset: offset + half, count: count - half }, { offset, count: half });
    }
  }
}
