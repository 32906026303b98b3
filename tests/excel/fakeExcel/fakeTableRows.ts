/**
 * Rows inserted and deleted in the fake workbook: whole sheet rows (tables below move, a table around them grows or
 * shrinks) and a table's own rows (`table.rows.add`, `getItemAt(i).delete()`), its cells below moving with them.
 */
import { FakeExcelError } from "./fakeRequests";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./fakeWorkbook";

/** Moves the cells of columns `left`…`right - 1` from `rowIndex` down by `count` (negative: up, overwriting). */
function shiftCells(
  book: FakeWorkbook,
  sheet: FakeSheet,
  rowIndex: number,
  count: number,
  left: number,
  right: number,
): void {
  const last = sheet.rows.length - 1;
  const move = (from: number, to: number) => {
    for (let c = left; c < right; c++) {
      const cell = sheet.rows[from]?.[c];
      if (cell !== undefined || sheet.rows[to]?.[c] !== undefined) book.setCell(sheet, to, c, cell);
    }
  };
  if (count > 0) {
    for (let r = last; r >= rowIndex; r--) move(r, r + count);
    for (let r = rowIndex; r < rowIndex + count; r++)
      for (let c = left; c < right; c++) if (sheet.rows[r]) sheet.rows[r][c] = undefined;
  } else {
    for (let r = rowIndex - count; r <= last; r++) move(r, r + count);
    for (let r = Math.max(rowIndex, last + count + 1); r <= last; r++)
      for (let c = left; c < right; c++) if (sheet.rows[r]) sheet.rows[r][c] = undefined;
  }
}

/** Whole sheet rows inserted (`range.insert("Down")` on "5:5"): cells and tables below move down; a table grows. */
export function insertSheetRows(book: FakeWorkbook, sheet: FakeSheet, rowIndex: number, count: number): void {
  if (rowIndex < sheet.rows.length)
    sheet.rows.splice(rowIndex, 0, ...Array.from({ length: count }, (): (FakeCell | undefined)[] => []));
  for (const table of book.tables) {
    if (table.sheetId !== sheet.id) continue;
    if (table.area.rowIndex >= rowIndex) table.area = { ...table.area, rowIndex: table.area.rowIndex + count };
    else if (rowIndex < table.area.rowIndex + table.area.rowCount)
      table.area = { ...table.area, rowCount: table.area.rowCount + count };
  }
}

/** Whole sheet rows deleted (`range.delete("Up")` on "5:5"): a table's header row may not go. */
export function deleteSheetRows(book: FakeWorkbook, sheet: FakeSheet, rowIndex: number, count: number): void {
  for (const table of book.tables) {
    if (table.sheetId !== sheet.id) continue;
    if (rowIndex <= table.area.rowIndex && table.area.rowIndex < rowIndex + count)
      throw new FakeExcelError("InvalidOperation", "This operation would delete a table's header row.");
  }
  sheet.rows.splice(rowIndex, count);
  for (const table of book.tables) {
    if (table.sheetId !== sheet.id) continue;
    const { area } = table;
    if (area.rowIndex > rowIndex) table.area = { ...area, rowIndex: area.rowIndex - count };
    else if (rowIndex < area.rowIndex + area.rowCount)
      table.area = { ...area, rowCount: area.rowCount - Math.min(count, area.rowIndex + area.rowCount - rowIndex) };
  }
}

/**
 * `table.rows.add(index, values)`: a data row inserted at `index` (zero-based in the body; undefined, null or -1:
 * at the end), the table's cells below moving down, the values written as if typed. `values` must be one row per
 * added row, as wide as the table.
 */
export function addTableRows(
  book: FakeWorkbook,
  id: string,
  index: number | null | undefined,
  values: unknown,
): number {
  const table = book.tables.find((t) => t.id === id);
  if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
  const sheet = book.sheetById(table.sheetId)!;
  const bodyRows = table.area.rowCount - 1 - (table.showTotals ? 1 : 0);
  const at = index === undefined || index === null || index === -1 ? bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows)
    throw new FakeExcelError("InvalidArgument", `Bad index ${String(index)}`);
  if (!Array.isArray(values) || values.length === 0)
    throw new FakeExcelError("InvalidArgument", "The values of the rows to add are missing.");
  const rowIndex = table.area.rowIndex + 1 + at;
  const area = {
    rowIndex,
    columnIndex: table.area.columnIndex,
    rowCount: values.length,
    columnCount: table.area.columnCount,
  };
  shiftCells(book, sheet, rowIndex, values.length, area.columnIndex, area.columnIndex + area.columnCount);
  table.area = { ...table.area, rowCount: table.area.rowCount + values.length };
  return book.writeCells(sheet, area, values);
}

/** `table.rows.getItemAt(index).delete()`: the data row's cells go, the table's cells below move up. */
export function deleteTableRow(book: FakeWorkbook, id: string, index: number): void {
  const table = book.tables.find((t) => t.id === id);
  if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
  const bodyRows = table.area.rowCount - 1 - (table.showTotals ? 1 : 0);
  if (!Number.isInteger(index) || index < 0 || index >= bodyRows)
    throw new FakeExcelError("InvalidArgument", `Bad index ${String(index)}`);
  const sheet = book.sheetById(table.sheetId)!;
  const { columnIndex, columnCount } = table.area;
  shiftCells(book, sheet, table.area.rowIndex + 1 + index, -1, columnIndex, columnIndex + columnCount);
  table.area = { ...table.area, rowCount: table.area.rowCount - 1 };
}
