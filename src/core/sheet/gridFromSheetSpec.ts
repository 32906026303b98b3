import type { CellValue } from "../cells/cell";
import type { SheetGrid } from "./sheetGrid";
import type { SheetSpec } from "./sheetSpec";

/** The grid a sheet spec would read back as (header in row 1, column A): formulas show their values. */
export function gridFromSheetSpec(spec: SheetSpec): SheetGrid {
  const rows: CellValue[][] = [spec.columns.map((column) => column.header)];
  for (const row of spec.rows) {
    rows.push(row.map((cell) => (cell !== null && typeof cell === "object" ? (cell.value ?? null) : cell)));
  }
  return { sheetName: spec.name, tableName: spec.table?.name, firstRow: 1, firstColumn: 1, rows };
}
