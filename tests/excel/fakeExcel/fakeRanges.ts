/**
 * Ranges of the fake workbook's sheets read and written as Office.js does: the used range, values and number formats,
 * bold, merges, and clearing; `null` in what is written leaves a cell alone.
 */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { coerceInput, overlaps, parseAddress, type FakeValue } from "./fakeCells";
import { FakeExcelError } from "./fakeRequests";
import { rewriteTableReferences } from "./fakeTables";
import type { FakeSheet, FakeTable, FakeWorkbook } from "./fakeWorkbook";

/** The smallest area holding every cell with a value (`getUsedRange(true)`), or undefined if blank. */
export function usedArea(sheet: FakeSheet): RangeArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || (cell.value === "" && !cell.formula)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return undefined;
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** `Range.numberFormat` as loaded: "General" for cells without one. */
export function readNumberFormats(sheet: FakeSheet, area: RangeArea): string[][] {
  const out: string[][] = new Array(area.rowCount);
  for (let r = 0; r < area.rowCount; r++) {
    const row = sheet.rows[area.rowIndex + r];
    const formats: string[] = new Array(area.columnCount);
    for (let c = 0; c < area.columnCount; c++) formats[c] = row?.[area.columnIndex + c]?.numberFormat ?? "General";
    out[r] = formats;
  }
  return out;
}

/** Merges an area as Excel's Merge Cells does: the top-left value stays, the other cells are emptied. */
export function merge(book: FakeWorkbook, sheetName: string, address: string): void {
  const sheet = book.sheet(sheetName);
  const area = parseAddress(address);
  for (let r = 0; r < area.rowCount; r++)
    for (let c = 0; c < area.columnCount; c++)
      if (r > 0 || c > 0) book.setCell(sheet, area.rowIndex + r, area.columnIndex + c, undefined);
  sheet.merges.push(area);
}

/**
 * `Range.clear()`: contents, formats, conditional formats and merges of the area go, and a table wholly inside it
 * (header row too) goes as well — Excel's Clear All over a whole table removes the table.
 */
export function clearArea(book: FakeWorkbook, sheet: FakeSheet, area: RangeArea): void {
  const inside = (t: FakeTable) =>
    t.sheetId === sheet.id &&
    t.area.rowIndex >= area.rowIndex &&
    t.area.columnIndex >= area.columnIndex &&
    t.area.rowIndex + t.area.rowCount <= area.rowIndex + area.rowCount &&
    t.area.columnIndex + t.area.columnCount <= area.columnIndex + area.columnCount;
  for (let t = book.tables.length - 1; t >= 0; t--)
    if (inside(book.tables[t])) rewriteTableReferences(book, book.tables.splice(t, 1)[0].name, null);
  for (let r = 0; r < area.rowCount && area.rowIndex + r < sheet.rows.length; r++) {
    const row = sheet.rows[area.rowIndex + r];
    if (!row) continue;
    for (let c = 0; c < area.columnCount && area.columnIndex + c < row.length; c++)
      row[area.columnIndex + c] = undefined;
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !overlaps(format.area, area));
  sheet.merges = sheet.merges.filter((merged) => !overlaps(merged, area));
}

/** `Range.values` as loaded: "" for blank cells. */
export function readValues(sheet: FakeSheet, area: RangeArea): FakeValue[][] {
  const out: FakeValue[][] = new Array(area.rowCount);
  for (let r = 0; r < area.rowCount; r++) {
    const row = sheet.rows[area.rowIndex + r];
    const values: FakeValue[] = new Array(area.columnCount);
    for (let c = 0; c < area.columnCount; c++) values[c] = row?.[area.columnIndex + c]?.value ?? "";
    out[r] = values;
  }
  return out;
}

function forEachInput(area: RangeArea, input: unknown, apply: (r: number, c: number, value: unknown) => void): number {
  if (!Array.isArray(input)) {
    // A single value goes to every cell ("Update all cells in a range").
    for (let r = 0; r < area.rowCount; r++)
      for (let c = 0; c < area.columnCount; c++) apply(area.rowIndex + r, area.columnIndex + c, input);
    return 1;
  }
  if (input.length !== area.rowCount || input.some((row) => !Array.isArray(row) || row.length !== area.columnCount)) {
    throw new FakeExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  input.forEach((row: unknown[], r) =>
    row.forEach((value, c) => apply(area.rowIndex + r, area.columnIndex + c, value)),
  );
  return area.rowCount * area.columnCount;
}

/** `Range.values = …` or `Range.formulas = …`: text is parsed as if typed; null leaves the cell alone. */
export function writeCells(book: FakeWorkbook, sheet: FakeSheet, area: RangeArea, input: unknown): number {
  return forEachInput(area, input, (r, c, value) => {
    if (value === null || value === undefined) return;
    const numberFormat = sheet.rows[r]?.[c]?.numberFormat;
    const cell = coerceInput(value as FakeValue);
    book.setCell(
      sheet,
      r,
      c,
      cell || numberFormat ? { value: "", ...cell, ...(numberFormat ? { numberFormat } : {}) } : undefined,
    );
  });
}

/** `Range.numberFormat = …`: one format for the area, or one per cell; null leaves the cell alone. */
export function writeNumberFormat(book: FakeWorkbook, sheet: FakeSheet, area: RangeArea, input: unknown): number {
  return forEachInput(area, input, (r, c, format) => {
    if (format === null || format === undefined) return;
    const cell = sheet.rows[r]?.[c] ?? { value: "" };
    book.setCell(sheet, r, c, { ...cell, numberFormat: String(format) });
  });
}

/** `Range.format.font.bold = …`. */
export function setBold(book: FakeWorkbook, sheet: FakeSheet, area: RangeArea, bold: boolean): void {
  for (let r = 0; r < area.rowCount; r++)
    for (let c = 0; c < area.columnCount; c++) {
      const cell = sheet.rows[area.rowIndex + r]?.[area.columnIndex + c] ?? { value: "" };
      book.setCell(sheet, area.rowIndex + r, area.columnIndex + c, { ...cell, bold });
    }
}
