import type { CellValue } from "../core/cells/cell";
import { supportsExcelApi } from "./excelApiSupport";
import { areaOf } from "./findPositionsRange";
import { rangeAddress, type RangeArea } from "./rangeArea";

/** Below this many rows a part whose merged areas Excel cannot list is given up (read as Excel gives it). */
const MIN_MERGE_QUERY_ROWS = 16;

/**
 * The merged areas that overlap an area of a sheet (`Range.getMergedAreasOrNullObject`, ExcelApi
 * 1.13); an empty list where the host lacks it. Excel fails the call past 512 merged areas: the area
 * is then asked for in halves (rows), down to a few rows.
 */
export async function loadMergedAreas(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  area: RangeArea,
): Promise<RangeArea[]> {
  if (!supportsExcelApi("1.13") || area.rowCount <= 0 || area.columnCount <= 0) return [];
  const found = new Map<string, RangeArea>();
  const pending: RangeArea[] = [area];
  while (pending.length > 0) {
    const part = pending.pop()!;
    try {
      const merged = worksheet.getRange(rangeAddress(part)).getMergedAreasOrNullObject();
      merged.load("areaCount");
      merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      // One request per part: the parts exist because one request could not list them all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (merged.isNullObject) continue;
      for (const item of merged.areas.items) {
        const each = areaOf(item);
        found.set(rangeAddress(each), each);
      }
    } catch {
      if (part.rowCount < MIN_MERGE_QUERY_ROWS) continue;
      const half = Math.ceil(part.rowCount / 2);
      pending.push(
        { ...part, rowIndex: part.rowIndex + half, rowCount: part.rowCount - half },
        { ...part, rowCount: half },
      );
    }
  }
  return [...found.values()];
}

/**
 * Fills each merged area's cells with its top-left value, as the user sees it: Excel keeps the value
 * in the top-left cell only, so a department merged down a column, or a header merged across,
 * would read as blanks. `rows[0][0]` is the sheet cell at (`top`, `left`), zero-based. Returns the
 * number of cells filled and the areas that had a cell filled (for the finding that names them).
 */
export function fillMergedAreas(
  rows: CellValue[][],
  top: number,
  left: number,
  merged: readonly RangeArea[],
): { cells: number; areas: RangeArea[] } {
  let cells = 0;
  const areas: RangeArea[] = [];
  for (const area of merged) {
    const r0 = area.rowIndex - top;
    const c0 = area.columnIndex - left;
    // The value lives in the area's top-left cell: outside the rows read, there is nothing to fill with.
    if (r0 < 0 || c0 < 0 || r0 >= rows.length) continue;
    const value = rows[r0]?.[c0];
    if (value === null || value === undefined || value === "") continue;
    const before = cells;
    for (let r = r0; r < Math.min(rows.length, r0 + area.rowCount); r++) {
      const row = rows[r];
      for (let c = c0; c < Math.min(row.length, c0 + area.columnCount); c++) {
        if (r === r0 && c === c0) continue;
        if (row[c] === "" || row[c] === null || row[c] === undefined) {
          row[c] = value;
          cells++;
        }
      }
    }
    if (cells > before) areas.push(area);
  }
  // In the sheet's order (top to bottom, then left to right), whatever order Excel listed them in.
  areas.sort((a, b) => a.rowIndex - b.rowIndex || a.columnIndex - b.columnIndex);
  return { cells, areas };
}
