/**
 * Excel's rules for tables the fake workbook follows beyond adding and deleting them: `Table.resize` (ExcelApi 1.13)
 * with the constraints Excel enforces, `Table.showTotals`, and structured references (`=SUM(Pyramid[Positions])`)
 * in formulas, which follow a table's rename and become #REF! when the table goes.
 */
import { supportsExcelApi } from "../../../src/excel/excelApiSupport";
import type { RangeArea } from "../../../src/excel/rangeArea";
import { FakeExcelError, type FakeSheet, type FakeTable, type FakeWorkbook } from "./fakeWorkbook";

export function areasOverlap(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

function isNameCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_.\\]/u.test(character);
}

/**
 * A formula with each reference to the table `name` (outside string literals; `Name`, `Name[Column]`,
 * `Name[[#Headers],[Column]]`) replaced: by `rename` plus the same brackets, or by `#REF!` when `rename` is null.
 */
export function replaceTableReferences(formula: string, name: string, rename: string | null): string {
  let out = "";
  let i = 0;
  const lower = formula.toLocaleLowerCase();
  const wanted = name.toLocaleLowerCase();
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    if (lower.startsWith(wanted, i) && !isNameCharacter(formula[i - 1]) && !isNameCharacter(formula[i + name.length])) {
      let end = i + name.length;
      if (formula[end] === "[") {
        let depth = 0;
        for (; end < formula.length; end++) {
          if (formula[end] === "[") depth++;
          else if (formula[end] === "]" && --depth === 0) break;
        }
        end++;
      }
      out += rename === null ? "#REF!" : rename + formula.slice(i + name.length, end);
      i = end;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

/** Rewrites every formula of the workbook that refers to the table `name` (see {@link replaceTableReferences}). */
export function rewriteTableReferences(book: FakeWorkbook, name: string, rename: string | null): void {
  for (const sheet of book.sheets)
    for (const row of sheet.rows)
      for (const cell of row ?? [])
        if (cell?.formula) cell.formula = replaceTableReferences(cell.formula, name, rename);
}

/** Header cells of a table's area made non-blank and unique, as Excel makes them ("Column3"). */
export function fillTableHeaders(sheet: FakeSheet, area: RangeArea): void {
  const seen = new Set<string>();
  for (let c = 0; c < area.columnCount; c++) {
    const row = sheet.rows[area.rowIndex] ?? (sheet.rows[area.rowIndex] = []);
    const cell = row[area.columnIndex + c];
    let text = cell && cell.value !== "" ? String(cell.value) : `Column${c + 1}`;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${text}${n}`;
    seen.add(text.toLowerCase());
    row[area.columnIndex + c] = { ...cell, value: text };
  }
}

function tableOf(book: FakeWorkbook, id: string): FakeTable {
  const table = book.tables.find((t) => t.id === id);
  if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
  return table;
}

/**
 * `Table.resize(range)`: ExcelApi 1.13 (a host without it has no such method: ApiNotFound). Excel refuses, with
 * InvalidArgument, a range on another sheet, one whose top row is not the header row, one that does not overlap the
 * table, one without a data row, one overlapping another table or merged cells. No cell is moved; blank header
 * cells of new columns get "ColumnN".
 */
export function resizeTable(book: FakeWorkbook, id: string, target: { sheetId: string; area: RangeArea }): void {
  if (!supportsExcelApi("1.13"))
    throw new FakeExcelError("ApiNotFound", "The requested API is not supported by this host (ExcelApi 1.13).");
  const table = tableOf(book, id);
  const { area } = target;
  const refuse = (why: string) => {
    throw new FakeExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. ${why}`,
    );
  };
  if (target.sheetId !== table.sheetId) refuse("The range is on another sheet.");
  if (area.rowIndex !== table.area.rowIndex) refuse("The header row must stay in the same row.");
  if (!areasOverlap(area, table.area)) refuse("The new range must overlap the table.");
  if (area.rowCount < (table.showTotals ? 3 : 2)) refuse("A table needs a data row.");
  const sheet = book.sheetById(table.sheetId)!;
  if (book.tables.some((other) => other.id !== id && other.sheetId === table.sheetId && areasOverlap(other.area, area)))
    refuse("A table can't overlap another table.");
  if (sheet.merges.some((merged) => areasOverlap(merged, area))) refuse("A table can't hold merged cells.");
  table.area = { ...area };
  fillTableHeaders(sheet, { ...area, rowCount: 1 });
}

/** `Table.showTotals = …` (ExcelApi 1.3): showing adds a row below the body; hiding takes it out and empties it. */
export function setShowTotals(book: FakeWorkbook, id: string, show: boolean): void {
  const table = tableOf(book, id);
  if (table.showTotals === show) return;
  const sheet = book.sheetById(table.sheetId)!;
  const { rowIndex, rowCount, columnIndex, columnCount } = table.area;
  if (show) {
    const below = { rowIndex: rowIndex + rowCount, columnIndex, rowCount: 1, columnCount };
    if (
      book.tables.some((other) => other.id !== id && other.sheetId === table.sheetId && areasOverlap(other.area, below))
    )
      throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
    table.area = { ...table.area, rowCount: rowCount + 1 };
  } else {
    const totals = sheet.rows[rowIndex + rowCount - 1];
    for (let c = 0; c < columnCount && totals; c++) totals[columnIndex + c] = undefined;
    table.area = { ...table.area, rowCount: rowCount - 1 };
  }
  table.showTotals = show;
}

/** Other tables beside this one (sharing a row, to its right): a column added or deleted would shift them. */
function checkNothingBeside(book: FakeWorkbook, table: FakeTable): void {
  const right = table.area.columnIndex + table.area.columnCount;
  const rows = { ...table.area, columnIndex: right, columnCount: Number.MAX_SAFE_INTEGER };
  if (
    book.tables.some(
      (other) => other.id !== table.id && other.sheetId === table.sheetId && areasOverlap(other.area, rows),
    )
  )
    throw new FakeExcelError("InvalidOperation", "This operation would shift cells in a table on your worksheet.");
}

/**
 * `table.columns.add(index?, values?, name?)` (ExcelApi 1.1): a column inserted at `index` (at the right end when
 * absent), the cells of the table's rows from there shifting right; its header `name`, else "ColumnN". (`values` are
 * not modelled.)
 */
export function addTableColumn(book: FakeWorkbook, id: string, index?: number | null, name?: string): void {
  const table = tableOf(book, id);
  checkNothingBeside(book, table);
  const { rowIndex, rowCount, columnIndex, columnCount } = table.area;
  const at = index === undefined || index === null ? columnCount : index;
  if (!Number.isInteger(at) || at < 0 || at > columnCount)
    throw new FakeExcelError("InvalidArgument", `Bad index ${at}`);
  const sheet = book.sheetById(table.sheetId)!;
  for (let r = rowIndex; r < rowIndex + rowCount; r++) {
    const row = sheet.rows[r] ?? (sheet.rows[r] = []);
    while (row.length < columnIndex + at) row.push(undefined);
    row.splice(columnIndex + at, 0, r === rowIndex && name ? { value: name } : undefined);
  }
  table.area = { ...table.area, columnCount: columnCount + 1 };
  fillTableHeaders(sheet, { ...table.area, rowCount: 1 });
}

/** `table.columns.getItemAt(index).delete()`: the column's cells go, the cells right of it in the table's rows shift left. */
export function deleteTableColumn(book: FakeWorkbook, id: string, index: number): void {
  const table = tableOf(book, id);
  checkNothingBeside(book, table);
  const { rowIndex, rowCount, columnIndex, columnCount } = table.area;
  if (!Number.isInteger(index) || index < 0 || index >= columnCount)
    throw new FakeExcelError("InvalidArgument", `Bad index ${index}`);
  if (columnCount === 1) throw new FakeExcelError("InvalidOperation", "A table needs a column.");
  const sheet = book.sheetById(table.sheetId)!;
  for (let r = rowIndex; r < rowIndex + rowCount; r++) sheet.rows[r]?.splice(columnIndex + index, 1);
  table.area = { ...table.area, columnCount: columnCount - 1 };
}
