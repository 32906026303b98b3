import type { CellValue } from "../core/cells/cell";
import { supportsExcelApi } from "./excelApiSupport";
import { areaOf } from "./findPositionsRange";
import type { RangeArea } from "./rangeArea";

/**
 * The merged areas that overlap a range (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13), or
 * an empty list where the host lacks it or cannot tell (Excel fails the call past 512 merged areas).
 */
export async function loadMergedAreas(context: Excel.RequestContext, range: Excel.Range): Promise<RangeArea[]> {
  if (!supportsExcelApi("1.13")) return [];
  try {
    const merged = range.getMergedAreasOrNullObject();
    merged.load("areaCount");
    merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    await context.sync();
    if (merged.isNullObject) return [];
    return merged.areas.items.map(areaOf);
  } catch {
    return [];
  }
}

/**
 * Fills each merged area's cells with its top-left value, as the user sees it: Excel keeps the value
 * in the top-left cell only, so a department merged down a column, or a header merged across,
 * would read as blanks. `rows[0][0]` is the sheet cell at (`top`, `left`), zero-based. Returns the
 * number of cells filled.
 */
export function fillMergedAreas(rows: CellValue[][], top: number, left: number, merged: readonly RangeArea[]): number {
  let filled = 0;
  for (const area of merged) {
    const r0 = area.rowIndex - top;
    const c0 = area.columnIndex - left;
    // The value lives in the area's top-left cell: outside the rows read, there is nothing to fill with.
    if (r0 < 0 || c0 < 0 || r0 >= rows.length) continue;
    const value = rows[r0]?.[c0];
    if (value === null || value === undefined || value === "") continue;
    for (let r = r0; r < Math.min(rows.length, r0 + area.rowCount); r++) {
      const row = rows[r];
      for (let c = c0; c < Math.min(row.length, c0 + area.columnCount); c++) {
        if (r === r0 && c === c0) continue;
        if (row[c] === "" || row[c] === null || row[c] === undefined) {
          row[c] = value;
          filled++;
        }
      }
    }
  }
  return filled;
}
