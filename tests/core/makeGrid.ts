import type { CellValue } from "../../src/core/cells/cell";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";

/** A grid with the header in row 1 (column A), like a sheet a user typed. */
export function makeGrid(header: string[], rows: CellValue[][], sheetName = "Positions"): SheetGrid {
  return { sheetName, firstRow: 1, firstColumn: 1, rows: [header, ...rows] };
}

export const HEADER = ["Position ID", "Title", "Reports To", "Name", "FTE", "Base Salary", "Start Date", "End Date"];

/** Rows of [id, title, reportsTo, name?]. */
export function org(...rows: [string, string, string, string?][]): SheetGrid {
  return makeGrid(
    HEADER,
    rows.map(([id, title, reportsTo, name]) => [id, title, reportsTo, name ?? `Person ${id}`, null, null, null, null]),
  );
}
