import type { CellValue } from "../core/cells/cell";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, isPayloadTooLarge, rowBytes } from "./payloadSize";
import { rangeAddress, type RangeArea } from "./rangeArea";

/**
 * Cells per request, a cap beside the byte budget ({@link DEFAULT_PAYLOAD_BUDGET_BYTES}): 120,000
 * cells (≈10,000 rows of 12 columns) keep Excel's own work per request modest.
 */
export const DEFAULT_CELL_BUDGET = 120_000;

/** The cell cap never makes a request carry fewer rows than this, however wide the sheet. */
export const MIN_ROWS_PER_REQUEST = 100;

/** Rows the first request of a read carries, before the size of a row is known. */
export const FIRST_READ_ROWS = 100;

/** Rows per request for a range this wide under the cell cap: max(100, floor(budget / columns)). */
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

export interface ReadRangeOptions {
  /** Cells per request at most (default {@link DEFAULT_CELL_BUDGET}). */
  cellBudget?: number;
  /** Estimated bytes of cell data per response at most (default {@link DEFAULT_PAYLOAD_BUDGET_BYTES}). */
  byteBudget?: number;
  /** Load each cell's number format too (to tell dates from numbers). */
  numberFormats?: boolean;
}

export interface RangeCells {
  values: CellValue[][];
  /** Present when asked for. */
  numberFormats?: string[][];
}

/**
 * Reads the values (and number formats, if asked) of an area of a worksheet, one load and sync per
 * slice of rows, in sheet order. The first slice is small; the next ones are sized so that the
 * largest row seen so far, times the rows, stays within the byte budget (and the cell cap). A
 * response Excel still refuses for its size is asked for again in halves.
 */
export async function readRangeCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  area: RangeArea,
  options: ReadRangeOptions = {},
): Promise<RangeCells> {
  const values: CellValue[][] = [];
  const formats: string[][] | undefined = options.numberFormats ? [] : undefined;
  if (area.rowCount <= 0 || area.columnCount <= 0) return formats ? { values, numberFormats: formats } : { values };
  const byteBudget = options.byteBudget ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  const cellRows = rowsPerRequest(area.columnCount, options.cellBudget ?? DEFAULT_CELL_BUDGET);
  let largestRow = 0;
  let offset = 0;
  while (offset < area.rowCount) {
    const sized = largestRow === 0 ? FIRST_READ_ROWS : Math.max(1, Math.floor(byteBudget / largestRow));
    let count = Math.min(area.rowCount - offset, cellRows, sized);
    let range: Excel.Range;
    for (;;) {
      range = worksheet.getRange(rangeAddress({ ...area, rowIndex: area.rowIndex + offset, rowCount: count }));
      if (formats) range.load("values,numberFormat");
      else range.load("values");
      try {
        // One request per slice is the point: a single request for everything would exceed Excel's limits.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        break;
      } catch (error) {
        if (!isPayloadTooLarge(error) || count === 1) throw error;
        count = Math.ceil(count / 2);
      }
    }
    const slice = range.values as CellValue[][];
    const sliceFormats = formats ? (range.numberFormat as string[][]) : undefined;
    for (let r = 0; r < slice.length; r++) {
      values.push(slice[r]);
      let bytes = rowBytes(slice[r]);
      if (sliceFormats && formats) {
        formats.push(sliceFormats[r]);
        bytes += rowBytes(sliceFormats[r]);
      }
      if (bytes > largestRow) largestRow = bytes;
    }
    offset += count;
  }
  return formats ? { values, numberFormats: formats } : { values };
}

/** The values of an area, as {@link readRangeCells} reads them. */
export async function readRangeInChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  area: RangeArea,
  cellBudget: number = DEFAULT_CELL_BUDGET,
  byteBudget: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
): Promise<CellValue[][]> {
  return (await readRangeCells(context, worksheet, area, { cellBudget, byteBudget })).values;
}
