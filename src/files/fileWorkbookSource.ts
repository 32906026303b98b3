import type { Workbook, Worksheet } from "exceljs";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { scoreSupportTableHeader, type SupportTableKind } from "../core/coverage/supportTables";
import { resolveSpecFormulas } from "../core/sheet/formulaAddress";
import { gridFromSheetSpec } from "../core/sheet/gridFromSheetSpec";
import { layoutSheetSpec } from "../core/sheet/sheetSpecLayout";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import {
  SETTING_COLUMN_MAPPING,
  SETTING_CREATED_SHEETS,
  type ReadResult,
  type WorkbookSource,
} from "../core/sheet/workbookSource";
import { chooseSheetName } from "./chooseSheetName";
import { readFileSettings, removeFileSettings, writeFileSettings } from "./fileSettings";
import { findPositionsGrid, scorePositionsGrid, scorePositionsWorksheet } from "./findPositionsGrid";
import { scoreSupportGrid, specTables, worksheetTables, worksheetTop, type TableCandidate } from "./findSupportGrid";
import { loadExcelJs } from "./loadExcelJs";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { readWorksheetGrid } from "./readWorksheetGrid";
import { writeGridToWorksheet } from "./writeGridToWorksheet";
import { writeSheetSpecToWorksheet } from "./writeSheetSpecToWorksheet";

/** One sheet of the file: in the exceljs workbook, or (before exceljs is needed) as data. */
interface SheetEntry {
  name: string;
  worksheet?: Worksheet;
  /** A CSV file's rows, or a sheet built from a spec, not yet written into a workbook. */
  pending?: { grid: SheetGrid } | { spec: SheetSpec; tableNames: string[] };
  /** The sheet's used range, read once. */
  grid?: SheetGrid;
}

/**
 * A workbook held in memory, read from an .xlsx or .csv file (or built from sheet specs): the
 * {@link WorkbookSource} of the browser and the command line. The add-in's settings live in a very
 * hidden sheet of the saved file; the sheets it writes never replace the user's own.
 */
export class FileWorkbookSource implements WorkbookSource {
  private workbookReady?: Promise<Workbook>;

  private constructor(
    readonly label: string,
    private readonly sheets: SheetEntry[],
    private readonly settings: Map<string, string>,
    workbook?: Workbook,
  ) {
    if (workbook) this.workbookReady = Promise.resolve(workbook);
  }

  /** A source over a workbook exceljs has loaded (its settings sheet is read and hidden from the sheet list). */
  static fromExcelWorkbook(label: string, workbook: Workbook): FileWorkbookSource {
    const settings = readFileSettings(workbook);
    removeFileSettings(workbook);
    const sheets = workbook.worksheets.map((worksheet): SheetEntry => ({ name: worksheet.name, worksheet }));
    return new FileWorkbookSource(label, sheets, settings, workbook);
  }

  /** A source over one sheet of text rows (a CSV file). */
  static fromGrid(label: string, grid: SheetGrid): FileWorkbookSource {
    return new FileWorkbookSource(label, [{ name: grid.sheetName, grid, pending: { grid } }], new Map());
  }

  /** A workbook made of sheets the add-in writes (the built-in sample); exceljs loads only when it is saved. */
  static fromSheetSpecs(label: string, specs: readonly SheetSpec[]): FileWorkbookSource {
    const source = new FileWorkbookSource(label, [], new Map());
    for (const spec of specs) {
      const { name } = chooseSheetName(spec.name, source.sheetNames(), source.createdSheets());
      const tableNames = source.uniqueTableNames(spec);
      source.sheets.push({ name, pending: { spec, tableNames }, grid: specGrid(spec, name, tableNames) });
      source.recordCreatedSheet(name);
    }
    return source;
  }

  async listSheets(): Promise<string[]> {
    return this.sheetNames();
  }

  /**
   * Reads the positions table (see {@link WorkbookSource.readPositions}). `mapping` (default: the one
   * saved in the workbook) helps recognise a positions header the aliases alone would miss.
   */
  async readPositions(options: { sheet?: string; mapping?: ColumnMapping } = {}): Promise<ReadResult> {
    if (this.sheets.length === 0) return { ok: false, problem: { code: "NO_SHEETS", subject: this.label } };
    const mapping = options.mapping ?? parseColumnMapping(this.settings.get(SETTING_COLUMN_MAPPING));
    if (options.sheet !== undefined) {
      const wanted = options.sheet.trim().toLowerCase();
      const entry =
        this.sheets.find((sheet) => sheet.name === options.sheet) ??
        this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
      if (!entry) return { ok: false, problem: { code: "SHEET_NOT_FOUND", subject: options.sheet } };
      return { ok: true, grid: this.positionsGridOf(entry, mapping) };
    }
    let best = this.sheets[0];
    let bestScore = 0;
    for (const entry of this.sheets) {
      const score =
        entry.worksheet && !entry.grid
          ? scorePositionsWorksheet(entry.worksheet, mapping)
          : scorePositionsGrid(this.usedRangeOf(entry), mapping);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    return { ok: true, grid: this.positionsGridOf(best, mapping) };
  }

  /**
   * Reads an optional table beside the positions (see {@link WorkbookSource.readSupportTable}): the
   * Excel table whose header scores best for `kind`, else the used range of the sheet whose first
   * rows score best; undefined when nothing looks like it.
   */
  async readSupportTable(kind: SupportTableKind): Promise<ReadResult | undefined> {
    let bestTable: TableCandidate | undefined;
    let bestScore = 0;
    for (const entry of this.sheets) {
      const pending = entry.pending;
      const tables = entry.worksheet
        ? worksheetTables(entry.worksheet)
        : pending && "spec" in pending
          ? specTables(pending.spec, entry.name, pending.tableNames)
          : [];
      for (const table of tables) {
        const score = scoreSupportTableHeader(kind, table.header);
        if (score > bestScore) {
          bestTable = table;
          bestScore = score;
        }
      }
    }
    if (bestTable) return { ok: true, grid: bestTable.read() };

    let bestSheet: SheetEntry | undefined;
    for (const entry of this.sheets) {
      const top = entry.worksheet && !entry.grid ? worksheetTop(entry.worksheet) : this.usedRangeOf(entry);
      const score = scoreSupportGrid(kind, top);
      if (score > bestScore) {
        bestSheet = entry;
        bestScore = score;
      }
    }
    if (!bestSheet) return undefined;
    const { sheetName, firstRow, firstColumn, rows } = this.usedRangeOf(bestSheet);
    return { ok: true, grid: { sheetName, firstRow, firstColumn, rows } };
  }

  async readSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async writeSheet(spec: SheetSpec): Promise<WriteSheetResult> {
    const workbook = await this.workbook();
    const { name, replaced } = chooseSheetName(spec.name, this.sheetNames(), this.createdSheets());
    let index = this.sheets.length;
    let orderNo: number | undefined;
    if (replaced) {
      index = this.sheets.findIndex((sheet) => sheet.name === name);
      const [old] = this.sheets.splice(index, 1);
      orderNo = (old.worksheet as unknown as { orderNo: number }).orderNo;
      workbook.removeWorksheet(old.worksheet!.id);
    }
    const worksheet = workbook.addWorksheet(name);
    // A replaced sheet keeps its place among the tabs.
    if (orderNo !== undefined) (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
    const tableNames = this.uniqueTableNames(spec);
    // Formulas naming this spec's sheet name it as written ("Name (2)" when the name was the user's).
    writeSheetSpecToWorksheet(worksheet, resolveSpecFormulas(spec, { [spec.name]: name }), { tableNames });
    this.sheets.splice(index, 0, { name, worksheet, grid: specGrid(spec, name, tableNames) });
    this.recordCreatedSheet(name);
    if (spec.activate) activateWorksheet(workbook, worksheet);
    return { sheetName: name, replaced };
  }

  /** The whole workbook as .xlsx bytes: the user's sheets as they were, the add-in's sheets and its settings. */
  async toXlsx(): Promise<Uint8Array> {
    const workbook = await this.workbook();
    // Excel needs one visible sheet.
    if (this.sheets.length === 0) this.sheets.push({ name: "Sheet1", worksheet: workbook.addWorksheet("Sheet1") });
    writeFileSettings(workbook, this.settings);
    try {
      const written = await workbook.xlsx.writeBuffer();
      return new Uint8Array(written as ArrayBuffer);
    } finally {
      removeFileSettings(workbook);
    }
  }

  private sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** Sheets the add-in created (the saved list), which it may replace. */
  private createdSheets(): string[] {
    const created = parseJson<unknown[]>(this.settings.get(SETTING_CREATED_SHEETS), Array.isArray) ?? [];
    // Names, or `{ id, name }` entries as the Excel adapter writes them.
    return created
      .map((entry) => (typeof entry === "object" && entry !== null ? (entry as { name?: unknown }).name : entry))
      .filter((name): name is string => typeof name === "string" && name !== "");
  }

  private recordCreatedSheet(name: string): void {
    const created = this.createdSheets();
    if (created.some((other) => other.toLowerCase() === name.toLowerCase())) return;
    this.settings.set(SETTING_CREATED_SHEETS, JSON.stringify([...created, name]));
  }

  private usedRangeOf(entry: SheetEntry): SheetGrid {
    entry.grid ??= readWorksheetGrid(entry.worksheet!);
    return entry.grid;
  }

  private positionsGridOf(entry: SheetEntry, mapping?: ColumnMapping): SheetGrid {
    if (!entry.worksheet || entry.grid?.tableName) return this.usedRangeOf(entry);
    return findPositionsGrid(entry.worksheet, () => this.usedRangeOf(entry), mapping);
  }

  /** Names of every table in the workbook, lower case (Excel compares them without case). */
  private takenTableNames(): Set<string> {
    const taken = new Set<string>();
    for (const entry of this.sheets) {
      const pending = entry.pending;
      if (pending && "spec" in pending) for (const name of pending.tableNames) taken.add(name.toLowerCase());
      if (entry.grid?.tableName) taken.add(entry.grid.tableName.toLowerCase());
      for (const table of entry.worksheet?.getTables?.() ?? []) {
        const name = (table as unknown as { model?: { name?: string } }).model?.name;
        if (name) taken.add(name.toLowerCase());
      }
    }
    return taken;
  }

  /** Names for a spec's tables, top to bottom, that no other table in the workbook has (nor each other). */
  private uniqueTableNames(spec: SheetSpec): string[] {
    const taken = this.takenTableNames();
    return specTableNames(spec).map((wanted) => {
      const base = wanted.replace(/[^\p{L}\p{N}_.\\]/gu, "_").replace(/^(?=[\d.])/, "_") || "Table";
      let name = base;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
      taken.add(name.toLowerCase());
      return name;
    });
  }

  /** The exceljs workbook, created on first need from the sheets held as data. */
  private workbook(): Promise<Workbook> {
    if (this.workbookReady) return this.workbookReady;
    const ready = loadExcelJs().then((excelJs) => {
      const workbook = new excelJs.Workbook();
      const worksheets = this.sheets.map((entry) => {
        const worksheet = workbook.addWorksheet(entry.name);
        const pending = entry.pending;
        if (pending && "spec" in pending)
          writeSheetSpecToWorksheet(worksheet, pending.spec, { tableNames: pending.tableNames });
        else if (pending) writeGridToWorksheet(worksheet, pending.grid);
        return worksheet;
      });
      this.sheets.forEach((entry, i) => {
        entry.worksheet = worksheets[i];
        entry.pending = undefined;
      });
      return workbook;
    });
    // A failed load (offline browser) may succeed on the next try.
    ready.catch(() => {
      if (this.workbookReady === ready) this.workbookReady = undefined;
    });
    this.workbookReady = ready;
    return this.workbookReady;
  }
}

/** The table names a spec asks for, top to bottom. */
function specTableNames(spec: SheetSpec): string[] {
  return layoutSheetSpec(spec).sections.flatMap(({ section }) => (section.table ? [section.table.name] : []));
}

/** What a sheet written from a spec reads back as, under the name and table names it got. */
function specGrid(spec: SheetSpec, sheetName: string, tableNames: readonly string[]): SheetGrid {
  const grid = gridFromSheetSpec(spec);
  return { ...grid, sheetName, tableName: grid.tableName === undefined ? undefined : tableNames[0] };
}

/** Makes a sheet the one Excel opens on, with only its tab selected. */
function activateWorksheet(workbook: Workbook, worksheet: Worksheet): void {
  const index = workbook.worksheets.indexOf(worksheet);
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  workbook.views = [{ ...view, firstSheet: 0, activeTab: index }];
  for (const other of workbook.worksheets) {
    const views = other.views?.length ? other.views : [{}];
    other.views = views.map((sheetView) => ({ ...sheetView, tabSelected: other === worksheet }));
  }
}

function parseJson<T>(text: string | undefined, accept: (value: unknown) => boolean): T | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}
