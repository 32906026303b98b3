import type { DetectedColumns } from "../analysis";
import type { CellValue } from "../cells/cell";
import { dateOrderOf, yearLastOrder, type DateOrder } from "../cells/dayFirstDates";
import { parseDate } from "../cells/parseDate";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "./sheetGrid";

/**
 * How the positions' Start and End Date cells write a year-last date (see dateOrderOf): day first (13/03/2024 on
 * some row), unclear (only dates such as 01/03/2024, which read either way), or undefined (month first, or no such
 * date).
 */
export function dateOrderOfSheet(
  grid: SheetGrid,
  columns: Pick<DetectedColumns, "headerRow" | "columnOf">,
): DateOrder | undefined {
  if (columns.headerRow < 1) return undefined;
  const { startDate, endDate } = columns.columnOf;
  return dateOrderOf(grid.rows, columns.headerRow - grid.firstRow + 1, [startDate, endDate]);
}

/**
 * The row index (of `grid.rows`) showing that the positions' Start and End Date cells are written day first
 * (13/03/2024), or undefined: how the parser and the cost model (which reads the cells again) both read 01/03/2024.
 */
export function dayFirstDatesRowOf(
  grid: SheetGrid,
  columns: Pick<DetectedColumns, "headerRow" | "columnOf">,
): number | undefined {
  const found = dateOrderOfSheet(grid, columns);
  return found?.order === "dayFirst" ? found.row : undefined;
}

/**
 * The info finding saying how the sheet's dates were read, pointing at the row that shows it and quoting its cell:
 * DAY_FIRST_DATES (read day first), or AMBIGUOUS_DATES (they read either way and nothing on the sheet tells which:
 * read month first, with the reading of the example).
 */
export function dateOrderFinding(grid: SheetGrid, found: DateOrder, columns: readonly number[]): FindingDraft {
  const row = grid.firstRow + found.row;
  const cells: readonly CellValue[] = grid.rows[found.row];
  const shown = found.order === "dayFirst" ? "dayFirst" : "either";
  let example = "";
  for (const c of columns) {
    const value = c >= 0 ? cells[c] : undefined;
    if (typeof value === "string" && yearLastOrder(value) === shown) {
      example = value.trim();
      break;
    }
  }
  if (found.order === "dayFirst")
    return { code: "DAY_FIRST_DATES", severity: "info", rows: [row], ids: [], params: { row, example } };
  const reading = parseDate(example) ?? "";
  return { code: "AMBIGUOUS_DATES", severity: "info", rows: [row], ids: [], params: { row, example, reading } };
}
