/**
 * The state of a workbook behind the office-addin-mock objects (see mockExcelContext.ts), with the
 * rules of Excel the adapter depends on: sheet and table names, coercion of written text, tables
 * not overlapping, the last sheet not deletable, `null` meaning "leave the cell alone".
 */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { overlaps, parseAddress, type FakeCell, type FakeValue } from "./fakeCells";
import {
  addConditionalFormat,
  conditionalFormat,
  setCellValueRule,
  setColorScaleCriteria,
  setConditionalFill,
  setConditionalFontColor,
  type FakeConditionalFormat,
  type FakeConditionalFormatType,
} from "./fakeConditionalFormats";
import { EXCEL_PAYLOAD_LIMIT_BYTES, FakeExcelError, type FakeRequest } from "./fakeRequests";
import { FakeShapes } from "./fakeShapes";
import {
  clearArea,
  merge,
  readNumberFormats,
  readValues,
  setBold,
  usedArea,
  writeCells,
  writeNumberFormat,
} from "./fakeRanges";
import { addTableRows, deleteSheetRows, deleteTableRow, insertSheetRows } from "./fakeTableRows";
import { rewriteTableReferences } from "./fakeTables";

export * from "./fakeCells";
export * from "./fakeConditionalFormats";
export * from "./fakeRequests";

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

  setCell(sheet: FakeSheet, r: number, c: number, cell: FakeCell | undefined): void {
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

  usedArea(sheet: FakeSheet): RangeArea | undefined {
    return usedArea(sheet);
  }

  readNumberFormats(sheet: FakeSheet, area: RangeArea): string[][] {
    return readNumberFormats(sheet, area);
  }

  merge(sheetName: string, address: string): void {
    merge(this, sheetName, address);
  }

  clearArea(sheet: FakeSheet, area: RangeArea): void {
    clearArea(this, sheet, area);
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
    return readValues(sheet, area);
  }

  writeCells(sheet: FakeSheet, area: RangeArea, input: unknown): number {
    return writeCells(this, sheet, area, input);
  }

  writeNumberFormat(sheet: FakeSheet, area: RangeArea, input: unknown): number {
    return writeNumberFormat(this, sheet, area, input);
  }

  setBold(sheet: FakeSheet, area: RangeArea, bold: boolean): void {
    setBold(this, sheet, area, bold);
  }

  /** `range.conditionalFormats.add(type)`: the new format goes on top of the sheet's priority list. */
  addConditionalFormat(sheet: FakeSheet, area: RangeArea, type: string): FakeConditionalFormat {
    return addConditionalFormat(sheet, area, type, () => String(++this.formatCounter));
  }

  conditionalFormat(sheet: FakeSheet, id: string, type: FakeConditionalFormatType): FakeConditionalFormat {
    return conditionalFormat(sheet, id, type);
  }

  setCellValueRule(sheet: FakeSheet, id: string, rule: unknown): void {
    setCellValueRule(sheet, id, rule);
  }

  setConditionalFill(sheet: FakeSheet, id: string, color: unknown): void {
    setConditionalFill(sheet, id, color);
  }

  setConditionalFontColor(sheet: FakeSheet, id: string, color: unknown): void {
    setConditionalFontColor(sheet, id, color);
  }

  setColorScaleCriteria(sheet: FakeSheet, id: string, criteria: unknown): void {
    setColorScaleCriteria(sheet, id, criteria);
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

  insertSheetRows(sheet: FakeSheet, rowIndex: number, count: number): void {
    insertSheetRows(this, sheet, rowIndex, count);
  }

  deleteSheetRows(sheet: FakeSheet, rowIndex: number, count: number): void {
    deleteSheetRows(this, sheet, rowIndex, count);
  }

  addTableRows(id: string, index: number | null | undefined, values: unknown): number {
    return addTableRows(this, id, index, values);
  }

  deleteTableRow(id: string, index: number): void {
    deleteTableRow(this, id, index);
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
