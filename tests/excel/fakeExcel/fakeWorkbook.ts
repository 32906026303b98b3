/**
 * The state of a workbook behind the office-addin-mock objects (see mockExcelContext.ts), with the
 * rules of Excel the adapter depends on: sheet and table names, coercion of written text, tables
 * not overlapping, the last sheet not deletable, `null` meaning "leave the cell alone".
 */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { FakeShapes } from "./fakeShapes";
import { rewriteTableReferences } from "./fakeTables";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  /** Written as text with a leading apostrophe. */
  quotePrefix?: boolean;
  bold?: boolean;
}

/** The conditional format types of Office.js (`Excel.ConditionalFormatType`). */
export const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
export type FakeConditionalFormatType = (typeof CONDITIONAL_FORMAT_TYPES)[number];

export const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;

export const COLOR_CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
] as const;

export interface FakeColorCriterion {
  type: string;
  formula?: string;
  color?: string;
}

/**
 * A conditional format on a sheet. A sheet's list is in priority order: Excel puts a new format at
 * the top (priority 0).
 */
export interface FakeConditionalFormat {
  id: string;
  type: FakeConditionalFormatType;
  area: RangeArea;
  /** CellValue formats. */
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  /** ColorScale formats. */
  criteria?: { minimum: FakeColorCriterion; midpoint?: FakeColorCriterion; maximum: FakeColorCriterion };
}

export interface FakeSheet {
  id: string;
  name: string;
  rows: (FakeCell | undefined)[][];
  frozenRows: number;
  frozenColumns: number;
  /** Column index → width in points. */
  columnWidths: Map<number, number>;
  /** In priority order (index 0 first). */
  conditionalFormats: FakeConditionalFormat[];
  /** Worksheet-scoped names (`worksheet.names`): name → formula ("=\"text\"", "=A1"…). */
  names: Map<string, string>;
  /** Merged areas (`Range.merge()`); the value lives in the top-left cell, the others are blank. */
  merges: RangeArea[];
}

export interface FakeTable {
  id: string;
  name: string;
  sheetId: string;
  area: RangeArea;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
}

/** One `context.sync()`: the cells it loaded (`values`) and wrote, and the addresses read. */
export interface FakeRequest {
  cellsRead: number;
  cellsWritten: number;
  reads: string[];
  /** Bytes of cell data the request carried to Excel (UTF-8 JSON of the values and formulas written). */
  requestBytes: number;
  /** Bytes of cell data Excel sent back (UTF-8 JSON of the values and number formats loaded). */
  responseBytes: number;
  /** Set when Excel refused the request for its size: the error code. */
  refused?: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded";
  /** Shape operations (method calls and property writes on shapes) the request carried. */
  shapeOperations?: number;
}

/** Excel on the web refuses a request or a response over 5 MB ("RequestPayloadSizeLimitExceeded"). */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The bytes a value takes in a request or response: its JSON in UTF-8. */
export function payloadBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

/** What Office.js rejects `context.sync()` with (an OfficeExtension.Error has `code` and `message`). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5", "C5:N10", "B:D", "3:3", with or without "Sheet!" in front. */
export function parseAddress(address: string): RangeArea {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.replace(/\$/g, "").split(":");
  const part = (text: string) => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === ""))
      throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return { column: match[1] ? columnIndexOf(match[1]) : undefined, row: match[2] ? Number(match[2]) - 1 : undefined };
  };
  const a = part(from);
  const b = part(to);
  const rowIndex = a.row ?? 0;
  const columnIndex = a.column ?? 0;
  const lastRow = b.row ?? MAX_ROWS - 1;
  const lastColumn = b.column ?? MAX_COLUMNS - 1;
  return { rowIndex, columnIndex, rowCount: lastRow - rowIndex + 1, columnCount: lastColumn - columnIndex + 1 };
}

function overlaps(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

/** Excel's date serial number (1900 system) of a y-m-d date. */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A cell as Excel stores text typed (or written through `values`/`formulas`) into it. */
export function coerceInput(input: FakeValue): FakeCell | undefined {
  if (typeof input !== "string") return { value: input };
  if (input === "") return undefined;
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") || (/^[+-]/.test(input) && !/^[+-]\d/.test(input))) return { value: "", formula: input };
  const trimmed = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (us) return { value: dateSerial(Number(us[3]), Number(us[1]), Number(us[2])) };
  return { value: input };
}

/** Colours as Office.js takes them here: "#RRGGBB" (Excel also knows a few names; the adapter never uses them). */
function checkColor(color: unknown): string {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color))
    throw new FakeExcelError("InvalidArgument", `Invalid color ${String(color)}`);
  return color;
}

function checkCriterion(value: unknown): FakeColorCriterion {
  const { type, formula, color } = (value ?? {}) as { type?: unknown; formula?: unknown; color?: unknown };
  if (!(COLOR_CRITERION_TYPES as readonly unknown[]).includes(type))
    throw new FakeExcelError("InvalidArgument", `Invalid criterion type ${String(type)}`);
  const needsFormula = type !== "LowestValue" && type !== "HighestValue";
  if (needsFormula && (typeof formula !== "string" || formula === ""))
    throw new FakeExcelError("InvalidArgument", `A ${String(type)} criterion needs a formula`);
  return {
    type: type as string,
    ...(needsFormula ? { formula: formula as string } : {}),
    ...(color !== undefined ? { color: checkColor(color) } : {}),
  };
}

export class FakeWorkbook {
  /** The worksheets' shapes (ExcelApi 1.9). */
  readonly drawing = new FakeShapes();
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, unknown>();
  readonly definedNames: string[] = [];
  activeSheetId = "";
  readonly requests: FakeRequest[] = [];
  /** What each `Excel.run` asked for beyond the defaults (e.g. `mergeUndoGroup`), one entry per run. */
  readonly runRequests: { mergeUndoGroup?: boolean }[] = [];
  /** When set, the sync with this (zero-based) number fails with `error`. */
  failingSync?: { index: number; error: FakeExcelError };
  /** Requests and responses over this many bytes of cell data are refused, as Excel on the web does. */
  payloadLimit = EXCEL_PAYLOAD_LIMIT_BYTES;
  /** What `Range.select()` selected last. */
  selection?: { sheetId: string; address: string };
  /** `Workbook.use1904DateSystem`: date serials count from 1904-01-01. */
  use1904DateSystem = false;
  private sheetCounter = 0;
  private tableCounter = 0;
  private formatCounter = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addWorksheet(name);
    if (this.sheets[0]) this.activeSheetId = this.sheets[0].id;
  }

  // ---- set-up and inspection for tests ----

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Puts raw cells on a sheet (as stored, no coercion), from the top-left cell. */
  putCells(sheetName: string, topLeft: string, rows: FakeValue[][]): void {
    const sheet = this.sheet(sheetName);
    const { rowIndex, columnIndex } = parseAddress(topLeft);
    rows.forEach((row, r) =>
      row.forEach((value, c) =>
        this.setCell(sheet, rowIndex + r, columnIndex + c, value === "" ? undefined : { value }),
      ),
    );
  }

  /** Puts a table (header row first) on a sheet. */
  putTable(
    sheetName: string,
    tableName: string,
    topLeft: string,
    rows: FakeValue[][],
    options: { showTotals?: boolean } = {},
  ): FakeTable {
    this.putCells(sheetName, topLeft, rows);
    const { rowIndex, columnIndex } = parseAddress(topLeft);
    const table = this.addTable(this.sheet(sheetName), {
      rowIndex,
      columnIndex,
      rowCount: rows.length,
      columnCount: rows[0].length,
    });
    this.renameTable(table.id, tableName);
    table.showTotals = options.showTotals ?? false;
    return table;
  }

  /** Values of an area (or of the used range), "" for empty cells, as `Range.values` gives them. */
  values(sheetName: string, address?: string): FakeValue[][] {
    const sheet = this.sheet(sheetName);
    const area = address ? parseAddress(address) : this.usedArea(sheet);
    return area ? this.readValues(sheet, area) : [];
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const { rowIndex, columnIndex } = parseAddress(address);
    return this.sheet(sheetName).rows[rowIndex]?.[columnIndex];
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /**
   * The file saved and opened again where worksheet ids are not kept (Microsoft does not promise
   * they are): every sheet gets a new id; names, cells and sheet-scoped names stay.
   */
  reopenWithNewIds(): void {
    for (const sheet of this.sheets) {
      this.sheetCounter += 1;
      const id = `{00000000-${this.sheetCounter.toString(16).padStart(4, "0")}-0000-C000-00000000REOP}`;
      for (const table of this.tables) if (table.sheetId === sheet.id) table.sheetId = id;
      if (this.activeSheetId === sheet.id) this.activeSheetId = id;
      sheet.id = id;
    }
  }

  // ---- Excel's behaviour, used by the mock objects ----

  private setCell(sheet: FakeSheet, r: number, c: number, cell: FakeCell | undefined): void {
    const row = sheet.rows[r] ?? (sheet.rows[r] = []);
    row[c] = cell;
  }

  private checkSheetName(name: string, exceptId?: string): void {
    if (typeof name !== "string" || name === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `Invalid sheet name "${name}"`);
    }
    if (name.toLowerCase() === "history") throw new FakeExcelError("InvalidArgument", "History is reserved");
    if (this.sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists`);
    }
  }

  addWorksheet(name: string): FakeSheet {
    this.checkSheetName(name);
    this.sheetCounter += 1;
    const id = `{00000000-${this.sheetCounter.toString(16).padStart(4, "0")}-0000-C000-000000000000}`;
    const sheet: FakeSheet = {
      id,
      name,
      rows: [],
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      conditionalFormats: [],
      names: new Map(),
      merges: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet name as formulas write it: quoted unless it is plain letters, digits and underscores. */
  static sheetReference(name: string): string {
    return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
  }

  /** Formulas that refer to a sheet follow its rename, and become #REF! when it is deleted (as in Excel). */
  private rewriteReferences(oldName: string, replacement: string): void {
    const forms = [FakeWorkbook.sheetReference(oldName), `'${oldName.replace(/'/g, "''")}'!`, `${oldName}!`];
    for (const sheet of this.sheets)
      for (const row of sheet.rows)
        for (const cell of row ?? []) {
          if (!cell?.formula) continue;
          let formula = cell.formula;
          for (const form of forms) formula = formula.split(form).join(replacement);
          cell.formula = formula;
        }
  }

  deleteWorksheet(id: string): void {
    const index = this.sheets.findIndex((s) => s.id === id);
    if (index < 0) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    if (this.sheets.length === 1)
      throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const [deleted] = this.sheets.splice(index, 1);
    this.drawing.deleteSheet(id);
    this.rewriteReferences(deleted.name, "#REF!");
    for (let t = this.tables.length - 1; t >= 0; t--)
      if (this.tables[t].sheetId === id) rewriteTableReferences(this, this.tables.splice(t, 1)[0].name, null);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[Math.max(0, index - 1)].id;
  }

  renameWorksheet(id: string, name: string): void {
    const sheet = this.sheetById(id);
    if (!sheet) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    if (sheet.name === name) return;
    this.checkSheetName(name, id);
    const oldName = sheet.name;
    sheet.name = name;
    this.rewriteReferences(oldName, FakeWorkbook.sheetReference(name));
  }

  moveWorksheet(id: string, position: number): void {
    const index = this.sheets.findIndex((s) => s.id === id);
    if (index < 0) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeExcelError("InvalidArgument", `Bad position ${position}`);
    }
    const [sheet] = this.sheets.splice(index, 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** The smallest area holding every cell with a value (`getUsedRange(true)`), or undefined if blank. */
  usedArea(sheet: FakeSheet): RangeArea | undefined {
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
  readNumberFormats(sheet: FakeSheet, area: RangeArea): string[][] {
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
  merge(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const area = parseAddress(address);
    for (let r = 0; r < area.rowCount; r++)
      for (let c = 0; c < area.columnCount; c++)
        if (r > 0 || c > 0) this.setCell(sheet, area.rowIndex + r, area.columnIndex + c, undefined);
    sheet.merges.push(area);
  }

  /**
   * `Range.clear()`: contents, formats, conditional formats and merges of the area go, and a table wholly inside it
   * (header row too) goes as well — Excel's Clear All over a whole table removes the table.
   */
  clearArea(sheet: FakeSheet, area: RangeArea): void {
    const inside = (t: FakeTable) =>
      t.sheetId === sheet.id &&
      t.area.rowIndex >= area.rowIndex &&
      t.area.columnIndex >= area.columnIndex &&
      t.area.rowIndex + t.area.rowCount <= area.rowIndex + area.rowCount &&
      t.area.columnIndex + t.area.columnCount <= area.columnIndex + area.columnCount;
    for (let t = this.tables.length - 1; t >= 0; t--)
      if (inside(this.tables[t])) rewriteTableReferences(this, this.tables.splice(t, 1)[0].name, null);
    for (let r = 0; r < area.rowCount && area.rowIndex + r < sheet.rows.length; r++) {
      const row = sheet.rows[area.rowIndex + r];
      if (!row) continue;
      for (let c = 0; c < area.columnCount && area.columnIndex + c < row.length; c++)
        row[area.columnIndex + c] = undefined;
    }
    sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !overlaps(format.area, area));
    sheet.merges = sheet.merges.filter((merged) => !overlaps(merged, area));
  }

  /** `Table.delete()`: the table and its cells go; formulas naming it become #REF!. */
  deleteTable(id: string): void {
    const index = this.tables.findIndex((t) => t.id === id);
    if (index < 0) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    const [table] = this.tables.splice(index, 1);
    rewriteTableReferences(this, table.name, null);
    const sheet = this.sheetById(table.sheetId);
    if (sheet) this.clearArea(sheet, table.area);
  }

  /** `worksheet.names.add(name, reference)`: Excel's name rules, unique per sheet (ignoring case). */
  addSheetName(sheet: FakeSheet, name: string, reference: unknown): void {
    if (typeof name !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[a-z]{1,3}\d+$/i.test(name))
      throw new FakeExcelError("InvalidArgument", `Invalid name "${String(name)}"`);
    if ([...sheet.names.keys()].some((other) => other.toLowerCase() === name.toLowerCase()))
      throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists`);
    if (typeof reference !== "string") throw new Error("names.add(…, Range) is not modelled");
    sheet.names.set(name, reference.startsWith("=") ? reference : `=${reference}`);
  }

  /** A name's `value`: the text of a ="…" constant, else the formula. */
  static nameValue(formula: string): string {
    const text = /^="((?:[^"]|"")*)"$/.exec(formula);
    return text ? text[1].replace(/""/g, '"') : formula.slice(1);
  }

  readValues(sheet: FakeSheet, area: RangeArea): FakeValue[][] {
    const out: FakeValue[][] = new Array(area.rowCount);
    for (let r = 0; r < area.rowCount; r++) {
      const row = sheet.rows[area.rowIndex + r];
      const values: FakeValue[] = new Array(area.columnCount);
      for (let c = 0; c < area.columnCount; c++) values[c] = row?.[area.columnIndex + c]?.value ?? "";
      out[r] = values;
    }
    return out;
  }

  private forEachInput(area: RangeArea, input: unknown, apply: (r: number, c: number, value: unknown) => void): number {
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
  writeCells(sheet: FakeSheet, area: RangeArea, input: unknown): number {
    return this.forEachInput(area, input, (r, c, value) => {
      if (value === null || value === undefined) return;
      const numberFormat = sheet.rows[r]?.[c]?.numberFormat;
      const cell = coerceInput(value as FakeValue);
      this.setCell(
        sheet,
        r,
        c,
        cell || numberFormat ? { value: "", ...cell, ...(numberFormat ? { numberFormat } : {}) } : undefined,
      );
    });
  }

  writeNumberFormat(sheet: FakeSheet, area: RangeArea, input: unknown): number {
    return this.forEachInput(area, input, (r, c, format) => {
      if (format === null || format === undefined) return;
      const cell = sheet.rows[r]?.[c] ?? { value: "" };
      this.setCell(sheet, r, c, { ...cell, numberFormat: String(format) });
    });
  }

  setBold(sheet: FakeSheet, area: RangeArea, bold: boolean): void {
    for (let r = 0; r < area.rowCount; r++)
      for (let c = 0; c < area.columnCount; c++) {
        const cell = sheet.rows[area.rowIndex + r]?.[area.columnIndex + c] ?? { value: "" };
        this.setCell(sheet, area.rowIndex + r, area.columnIndex + c, { ...cell, bold });
      }
  }

  /** `range.conditionalFormats.add(type)`: the new format goes on top of the sheet's priority list. */
  addConditionalFormat(sheet: FakeSheet, area: RangeArea, type: string): FakeConditionalFormat {
    if (!(CONDITIONAL_FORMAT_TYPES as readonly string[]).includes(type))
      throw new FakeExcelError("InvalidArgument", `Unknown conditional format type "${type}"`);
    this.formatCounter += 1;
    const format: FakeConditionalFormat = {
      id: String(this.formatCounter),
      type: type as FakeConditionalFormatType,
      area: { ...area },
    };
    sheet.conditionalFormats.unshift(format);
    return format;
  }

  /** The format of that id on that sheet, checked to be of the type whose properties are being set. */
  conditionalFormat(sheet: FakeSheet, id: string, type: FakeConditionalFormatType): FakeConditionalFormat {
    const format = sheet.conditionalFormats.find((f) => f.id === id);
    if (!format) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    if (format.type !== type)
      throw new FakeExcelError("InvalidArgument", `A ${format.type} conditional format has no ${type} properties`);
    return format;
  }

  setCellValueRule(sheet: FakeSheet, id: string, rule: unknown): void {
    const format = this.conditionalFormat(sheet, id, "CellValue");
    const { formula1, formula2, operator } = (rule ?? {}) as {
      formula1?: unknown;
      formula2?: unknown;
      operator?: unknown;
    };
    if (typeof formula1 !== "string" || formula1 === "")
      throw new FakeExcelError("InvalidArgument", "The rule needs formula1");
    if (!(CELL_VALUE_OPERATORS as readonly unknown[]).includes(operator))
      throw new FakeExcelError("InvalidArgument", `Unknown operator ${String(operator)}`);
    if ((operator === "Between" || operator === "NotBetween") && typeof formula2 !== "string")
      throw new FakeExcelError("InvalidArgument", `${operator} needs formula2`);
    format.rule = { formula1, operator: operator as string, ...(typeof formula2 === "string" ? { formula2 } : {}) };
  }

  setConditionalFill(sheet: FakeSheet, id: string, color: unknown): void {
    this.conditionalFormat(sheet, id, "CellValue").fill = checkColor(color);
  }

  setConditionalFontColor(sheet: FakeSheet, id: string, color: unknown): void {
    this.conditionalFormat(sheet, id, "CellValue").fontColor = checkColor(color);
  }

  setColorScaleCriteria(sheet: FakeSheet, id: string, criteria: unknown): void {
    const format = this.conditionalFormat(sheet, id, "ColorScale");
    const { minimum, midpoint, maximum } = (criteria ?? {}) as Record<string, unknown>;
    if (minimum === undefined || maximum === undefined)
      throw new FakeExcelError("InvalidArgument", "A colour scale needs a minimum and a maximum");
    format.criteria = {
      minimum: checkCriterion(minimum),
      ...(midpoint !== undefined && midpoint !== null ? { midpoint: checkCriterion(midpoint) } : {}),
      maximum: checkCriterion(maximum),
    };
  }

  setColumnWidth(sheet: FakeSheet, area: RangeArea, points: number): void {
    for (let c = 0; c < area.columnCount; c++) sheet.columnWidths.set(area.columnIndex + c, points);
  }

  addTable(sheet: FakeSheet, area: RangeArea): FakeTable {
    for (const other of this.tables) {
      if (other.sheetId === sheet.id && overlaps(other.area, area))
        throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.");
    }
    // Header cells become unique text, as in Excel.
    const headers = new Set<string>();
    for (let c = 0; c < area.columnCount; c++) {
      const cell = sheet.rows[area.rowIndex]?.[area.columnIndex + c];
      let text = cell && cell.value !== "" ? String(cell.value) : `Column${c + 1}`;
      for (let n = 2; headers.has(text.toLowerCase()); n++) text = `${text}${n}`;
      headers.add(text.toLowerCase());
      this.setCell(sheet, area.rowIndex, area.columnIndex + c, { ...cell, value: text });
    }
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()));
    const table: FakeTable = {
      id: String(this.tableCounter),
      name,
      sheetId: sheet.id,
      area,
      style: "TableStyleMedium2",
      showHeaders: true,
      showTotals: false,
    };
    this.tables.push(table);
    return table;
  }

  /** Moves the cells of columns `left`…`right - 1` from `rowIndex` down by `count` (negative: up, overwriting). */
  private shiftCells(sheet: FakeSheet, rowIndex: number, count: number, left: number, right: number): void {
    const last = sheet.rows.length - 1;
    const move = (from: number, to: number) => {
      for (let c = left; c < right; c++) {
        const cell = sheet.rows[from]?.[c];
        if (cell !== undefined || sheet.rows[to]?.[c] !== undefined) this.setCell(sheet, to, c, cell);
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
  insertSheetRows(sheet: FakeSheet, rowIndex: number, count: number): void {
    if (rowIndex < sheet.rows.length)
      sheet.rows.splice(rowIndex, 0, ...Array.from({ length: count }, (): (FakeCell | undefined)[] => []));
    for (const table of this.tables) {
      if (table.sheetId !== sheet.id) continue;
      if (table.area.rowIndex >= rowIndex) table.area = { ...table.area, rowIndex: table.area.rowIndex + count };
      else if (rowIndex < table.area.rowIndex + table.area.rowCount)
        table.area = { ...table.area, rowCount: table.area.rowCount + count };
    }
  }

  /** Whole sheet rows deleted (`range.delete("Up")` on "5:5"): a table's header row may not go. */
  deleteSheetRows(sheet: FakeSheet, rowIndex: number, count: number): void {
    for (const table of this.tables) {
      if (table.sheetId !== sheet.id) continue;
      if (rowIndex <= table.area.rowIndex && table.area.rowIndex < rowIndex + count)
        throw new FakeExcelError("InvalidOperation", "This operation would delete a table's header row.");
    }
    sheet.rows.splice(rowIndex, count);
    for (const table of this.tables) {
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
  addTableRows(id: string, index: number | null | undefined, values: unknown): number {
    const table = this.tables.find((t) => t.id === id);
    if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    const sheet = this.sheetById(table.sheetId)!;
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
    this.shiftCells(sheet, rowIndex, values.length, area.columnIndex, area.columnIndex + area.columnCount);
    table.area = { ...table.area, rowCount: table.area.rowCount + values.length };
    return this.writeCells(sheet, area, values);
  }

  /** `table.rows.getItemAt(index).delete()`: the data row's cells go, the table's cells below move up. */
  deleteTableRow(id: string, index: number): void {
    const table = this.tables.find((t) => t.id === id);
    if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    const bodyRows = table.area.rowCount - 1 - (table.showTotals ? 1 : 0);
    if (!Number.isInteger(index) || index < 0 || index >= bodyRows)
      throw new FakeExcelError("InvalidArgument", `Bad index ${String(index)}`);
    const sheet = this.sheetById(table.sheetId)!;
    const { columnIndex, columnCount } = table.area;
    this.shiftCells(sheet, table.area.rowIndex + 1 + index, -1, columnIndex, columnIndex + columnCount);
    table.area = { ...table.area, rowCount: table.area.rowCount - 1 };
  }

  renameTable(id: string, name: string): void {
    const table = this.tables.find((t) => t.id === id);
    if (!table) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255 || /^[a-z]{1,3}\d+$/i.test(name)) {
      throw new FakeExcelError("InvalidArgument", `Invalid table name "${name}"`);
    }
    const clash = (other: string) => other.toLowerCase() === name.toLowerCase();
    if (this.tables.some((t) => t.id !== id && clash(t.name)) || this.definedNames.some(clash)) {
      throw new FakeExcelError("InvalidArgument", `The name "${name}" is already used`);
    }
    rewriteTableReferences(this, table.name, name);
    table.name = name;
  }
}
