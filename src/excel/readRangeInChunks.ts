import type { CellValue } from "../core/cells/cell";
import { rangeAddress, type RangeArea } from "./rangeArea";

/**
 * Cells per request. Excel on the web refuses requests and responses over 5 MB; 120,000 cells
 * (≈10,000 rows of 12 columns) stays well under it even with long texts.
 */
export const DEFAULT_CELL_BUDGET = 120_000;

/** A request never carries fewer rows than this, however wide the sheet. */
export const MIN_ROWS_PER_REQUEST = 100;

/** Rows per request for a range this wide: max(100, floor(budget / columns)). */
export function rowsPerRequest(columnCount: number, cellBudget: number = DEFAULT_CELL_BUDGET): number {
  return Math.max(MIN_ROWS_PER_REQUEST, Math.floor(cellBudget / Math.max(1, columnCount)));
}

/** Splits `rowCount` rows into consecutive slices of at most `rowsPerChunk` rows. */
export function chunkRows(rowCount: number, rowsPerChunk: number): { offset: number; count: number }[] {
  const chunks: { offset: number; count: number }[] = [];
  for (let offset = 0; offset < rowCount; offset += rowsPerChunk)
    chunks.push({ offset, count: Math.min(rowsPerChunk, rowCount - offset) });
  return chunks;
}

/**
 * Reads the values of an area of a worksheet, one load and sync per slice of rows, so that no
 * request outgrows the cell budget. Rows come back in sheet order.
 */
export async function readRangeInChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  area: RangeArea,
  cellBudget: number = DEFAULT_CELL_BUDGET,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  if (area.rowCount <= 0 || area.columnCount <= 0) return rows;
  for (const chunk of chunkRows(area.rowCount, rowsPerRequest(area.columnCount, cellBudget))) {
    const range = worksheet.getRange(
      rangeAddress({ ...area, rowIndex: area.rowIndex + chunk.offset, rowCount: chunk.count }),
    );
    range.load("values");
    // One request per slice is the point: a single request for everything would exceed Excel's limits.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const values = range.values as CellValue[][];
    for (let r = 0; r < values.length; r++) rows.push(values[r]);
  }
  return rows;
}
