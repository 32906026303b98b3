import type { DetectedColumns } from "../analysis";
import type { CellValue } from "../cells/cell";
import { dayFirstDatesRow } from "../cells/dayFirstDates";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "./sheetGrid";

/**
 * The row index (of `grid.rows`) showing that the positions' Start and End Date cells are written day first
 * (13/03/2024), or undefined: how the parser and the cost model (which reads the cells again) both read 01/03/2024.
 */
export function dayFirstDatesRowOf(
  grid: SheetGrid,
  columns: Pick<DetectedColumns, "headerRow" | "columnOf">,
): number | undefined {
  if (columns.headerRow < 1) return undefined;
  const { startDate, endDate } = columns.columnOf;
  return dayFirstDatesRow(grid.rows, columns.headerRow - grid.firstRow + 1, [startDate, endDate]);
}

/**
 * DAY_FIRST_DATES: the info finding saying the sheet's dates were read day first, pointing at the first row that
 * shows it (row index `r` of the grid) and quoting its cell.
 */
export function dayFirstDatesFinding(grid: SheetGrid, r: number, columns: readonly number[]): FindingDraft {
  const row = grid.firstRow + r;
  const cells: readonly CellValue[] = grid.rows[r];
  let example = "";
  for (const c of columns) {
    const value = c >= 0 ? cells[c] : undefined;
    if (typeof value === "string" && dayFirstDatesRow([[value]], 0, [0]) === 0) {
      example = value.trim();
      break;
    }
  }
  return { code: "DAY_FIRST_DATES", severity: "info", rows: [row], ids: [], params: { row, example } };
}
