import type { Worksheet } from "exceljs";
import { isCellError } from "../core/cells/cell";
import type { SheetGrid } from "../core/sheet/sheetGrid";

/** Writes a grid's cells into a worksheet where they were read from (a CSV file's rows become a sheet). */
export function writeGridToWorksheet(worksheet: Worksheet, grid: SheetGrid): void {
  grid.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = worksheet.getRow(grid.firstRow + r);
    cells.forEach((value, c) => {
      if (value === null || value === "") return;
      row.getCell(grid.firstColumn + c).value = isCellError(value) ? { error: value.error as never } : value;
    });
  });
}
