import type { CellValue } from "../cells/cell";
import type { SheetGrid } from "./sheetGrid";
import type { SheetSpec } from "./sheetSpec";
import { isSingleBlockSpec, sheetSpecCells } from "./sheetSpecLayout";

/**
 * The grid a sheet spec would read back as, from A1: notes, titles, headers and rows where
 * {@link layoutSheetSpec} puts them; formulas show their values. `tableName` is set when the sheet is
 * one table from A1 (the grid is then exactly the table).
 */
export function gridFromSheetSpec(spec: SheetSpec): SheetGrid {
  const rows: CellValue[][] = sheetSpecCells(spec).map((cells) =>
    cells.map((cell) => (cell !== null && typeof cell === "object" ? (cell.value ?? null) : cell)),
  );
  const tableName = spec.table && isSingleBlockSpec(spec) ? spec.table.name : undefined;
  return { sheetName: spec.name, tableName, firstRow: 1, firstColumn: 1, rows };
}
