import type { Cell, Worksheet } from "exceljs";
import { isBlankCell, type CellValue } from "../core/cells/cell";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import { excelCellToCellValue } from "./excelCellToCellValue";

/** A rectangle on a sheet, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReadWorksheetGridOptions {
  /** Read only this rectangle (an Excel table's range); default: the used range. */
  range?: CellRange;
  /** The table the range belongs to. */
  tableName?: string;
  /** Stop after this many rows, counted from the first row that has data (enough to find a header). */
  rowLimit?: number;
}

/**
 * The cells of a worksheet as a {@link SheetGrid}: by default the used range, trimmed to the cells
 * that hold a value, with firstRow/firstColumn where the data starts. Merged areas are read as Excel shows them
 * (and as the Excel adapter reads them): the area's value in every cell of it, the areas named in
 * `mergedFilled` (a department merged down its rows is every row's department). Rows are ragged: each ends at
 * its last cell with a value.
 */
export function readWorksheetGrid(worksheet: Worksheet, options: ReadWorksheetGridOptions = {}): SheetGrid {
  const { range, tableName, rowLimit = Infinity } = options;
  /** Rows by sheet row number, cells by absolute column offset (column - 1). */
  const found: { row: number; cells: CellValue[] }[] = [];
  let left = range?.left ?? Infinity;
  /** Merged areas filled, by their top-left cell's address: the cells they span. */
  const merged = new Map<string, CellRange>();
  const lastRowNumber = Math.min(range?.bottom ?? Infinity, worksheet.rowCount);

  for (let r = range?.top ?? 1; r <= lastRowNumber; r++) {
    if (found.length > 0 && r - found[0].row >= rowLimit) break;
    const row = worksheet.findRow(r);
    if (!row) continue;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell: Cell, column: number) => {
      if (range && (column < range.left || column > range.right)) return;
      let value: CellValue;
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master;
        // The value lives in the area's top-left cell: outside the range read, there is nothing to fill with.
        if (range && (Number(master.row) < range.top || Number(master.col) < range.left)) return;
        value = excelCellToCellValue(master.value);
        if (isBlankCell(value)) return;
        const area = merged.get(master.address);
        if (area === undefined)
          merged.set(master.address, { top: Number(master.row), left: Number(master.col), bottom: r, right: column });
        else {
          area.bottom = Math.max(area.bottom, r);
          area.right = Math.max(area.right, column);
        }
      } else value = excelCellToCellValue(cell.value);
      if (isBlankCell(value)) return;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
      if (column < left) left = column;
    });
    if (cells.length > 0) found.push({ row: r, cells });
  }

  const firstRow = range?.top ?? (found.length > 0 ? found[0].row : 1);
  const firstColumn = Number.isFinite(left) ? left : 1;
  const height = found.length > 0 ? found[found.length - 1].row - firstRow + 1 : 0;
  const rows: CellValue[][] = new Array(height);
  for (let i = 0; i < height; i++) rows[i] = [];
  for (const { row, cells } of found) rows[row - firstRow] = cells.slice(firstColumn - 1);
  const areas = [...merged.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    sheetName: worksheet.name,
    ...(tableName ? { tableName } : {}),
    firstRow,
    firstColumn,
    rows,
    ...(areas.length > 0 ? { mergedFilled: areas.map(areaAddress) } : {}),
  };
}

/** "C6:C8" of an area. */
function areaAddress(area: CellRange): string {
  return `${columnLetters(area.left)}${area.top}:${columnLetters(area.right)}${area.bottom}`;
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
