import type { Workbook, Worksheet } from "exceljs";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { scoreSupportTableHeader, type SupportTableKind } from "../core/coverage/supportTables";
import { resolveSpecFormulas } from "../core/sheet/formulaAddress";
import { gridFromSheetSpec } from "../core/sheet/gridFromSheetSpec";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import {
  SETTING_COLUMN_MAPPING,
  type ApplyScenarioResult,
  type CreateScenarioRequest,
  type CreateScenarioResult,
  type ReadResult,
  type SourceProblem,
  type WorkbookSource,
} from "../core/sheet/workbookSource";
import { applyChangesToGrid } from "../core/scenario/applyChangesToGrid";
import type { ScenarioChangeSet } from "../core/scenario/scenarioChange";
import type { ScenarioInfo, ScenarioMeta } from "../core/scenario/scenarioInfo";
import { scenarioTableName } from "../core/scenario/scenarioNaming";
import { scenarioSheetSpec } from "../core/scenario/scenarioSheet";
import { writeScenarioChanges } from "./scenarioWorksheet";
import { withOwnerNames } from "./ownerNames";
import { chooseSheetName } from "./chooseSheetName";
import {
  createdEntries,
  forgetCreatedSheet,
  recordCreatedSheet,
  replaceableSheets,
  sheetsWithRole,
} from "./fileCreatedSheets";
import { readFileSettings, removeFileSettings, writeFileSettings } from "./fileSettings";
import { findPositionsGrid, scorePositionsGrid, scorePositionsWorksheet } from "./findPositionsGrid";
import { scoreSupportGrid, specTables, worksheetTables, worksheetTop, type TableCandidate } from "./findSupportGrid";
import { loadExcelJs } from "./loadExcelJs";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { readWorksheetGrid } from "./readWorksheetGrid";
import {
  currentTableNames,
  rewrittenTableNames,
  specTableNames,
  tablesTopToBottom,
  uniqueTableNames,
} from "./sheetTableNames";
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
      const { name } = chooseSheetName(spec.name, source.sheetNames(), replaceableSheets(source.settings));
      const tableNames = source.uniqueTableNames(spec);
      source.sheets.push({ name, pending: { spec, tableNames }, grid: specGrid(spec, name, tableNames) });
      // Sheets handed over as a workbook are data the user reads and edits (the sample), unless they say otherwise.
      recordCreatedSheet(source.settings, name, { ...spec, role: spec.role ?? "data" });
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
    // A scenario or a report is read only when asked for by name, never chosen as THE positions.
    const candidates = this.searchedSheets();
    if (candidates.length === 0) return { ok: false, problem: { code: "NO_SHEETS", subject: this.label } };
    let best = candidates[0];
    let bestScore = 0;
    for (const entry of candidates) {
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
    const sheets = this.searchedSheets();
    let bestTable: TableCandidate | undefined;
    let bestScore = 0;
    for (const entry of sheets) {
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
    for (const entry of sheets) {
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
    const { name, replaced } = chooseSheetName(spec.name, this.sheetNames(), replaceableSheets(this.settings));
    let index = this.sheets.length;
    let orderNo: number | undefined;
    let current = new Map<string, string>();
    if (replaced) {
      index = this.sheets.findIndex((sheet) => sheet.name === name);
      const [old] = this.sheets.splice(index, 1);
      orderNo = (old.worksheet as unknown as { orderNo: number }).orderNo;
      // A report's tables keep their names (and one the user renamed, the user's), so formulas naming them still work.
      const written =
        createdEntries(this.settings).find((entry) => entry.name.toLowerCase() === name.toLowerCase())?.tables ?? [];
      current = currentTableNames(tablesTopToBottom(old.worksheet!), written);
      workbook.removeWorksheet(old.worksheet!.id);
    }
    const worksheet = workbook.addWorksheet(name);
    // A replaced sheet keeps its place among the tabs.
    if (orderNo !== undefined) (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
    const wanted = specTableNames(spec);
    const tableNames = rewrittenTableNames(wanted, current, this.takenTableNames());
    // Formulas naming this spec's sheet name it as written ("Name (2)" when the name was the user's).
    writeSheetSpecToWorksheet(worksheet, resolveSpecFormulas(spec, { [spec.name]: name }), { tableNames });
    this.sheets.splice(index, 0, { name, worksheet, grid: specGrid(spec, name, tableNames) });
    const tables = tableNames.map((table, i) => ({ spec: wanted[i], name: table }));
    recordCreatedSheet(this.settings, name, spec, tables);
    if (spec.activate) activateWorksheet(workbook, worksheet);
    return { sheetName: name, replaced };
  }

  /** The whole workbook as .xlsx bytes: the user's sheets as they were, the add-in's sheets and its settings. */
  async toXlsx(): Promise<Uint8Array> {
    const workbook = await this.workbook();
    // Excel needs one visible sheet.
    if (this.sheets.length === 0) this.sheets.push({ name: "Sheet1", worksheet: workbook.addWorksheet("Sheet1") });
    writeFileSettings(workbook, this.settings);
    // Scenario sheets carry their ownership tag, so the add-in in Excel recognises them.
    const tags: { worksheet: Worksheet; guid: string }[] = [];
    for (const entry of createdEntries(this.settings)) {
      const guid = (entry.raw as { guid?: unknown } | null)?.guid;
      const sheet = this.sheets.find((other) => other.name.toLowerCase() === entry.name.toLowerCase());
      if (entry.role === "scenario" && typeof guid === "string" && sheet?.worksheet)
        tags.push({ worksheet: sheet.worksheet, guid });
    }
    try {
      const written = await withOwnerNames(workbook, tags, () => workbook.xlsx.writeBuffer());
      return new Uint8Array(written as ArrayBuffer);
    } finally {
      removeFileSettings(workbook);
    }
  }

  /** The scenario sheets (recorded with the role "scenario"), in tab order. */
  async listScenarios(): Promise<ScenarioInfo[]> {
    const scenarios = new Map<string, ScenarioMeta>();
    for (const entry of createdEntries(this.settings))
      if (entry.role === "scenario" && entry.scenario) scenarios.set(entry.name.toLowerCase(), entry.scenario);
    const list: ScenarioInfo[] = [];
    for (const { name } of this.sheets) {
      const meta = scenarios.get(name.toLowerCase());
      if (meta) list.push({ ...meta, sheetName: name });
    }
    return list;
  }

  /** Copies the positions (or the sheet `from`) into a new scenario sheet of the workbook held in memory. */
  async createScenario(request: CreateScenarioRequest): Promise<CreateScenarioResult> {
    const mapping = request.mapping ?? parseColumnMapping(this.settings.get(SETTING_COLUMN_MAPPING));
    const read = await this.readPositions({ sheet: request.from, mapping });
    if (!read.ok) return read;
    const created = request.created ?? new Date().toISOString();
    const source = read.grid.sheetName;
    const spec = scenarioSheetSpec(read.grid, {
      title: request.title,
      source,
      created,
      lang: request.lang,
      mapping,
      tableName: scenarioTableName(this.takenTableNames()),
    });
    try {
      const written = await this.writeSheet(spec);
      return { ok: true, scenario: { sheetName: written.sheetName, title: request.title, source, created } };
    } catch (error) {
      return { ok: false, problem: { code: "FILE_UNREADABLE", subject: this.label, detail: String(error) } };
    }
  }

  /**
   * Writes an edit's changes into a scenario sheet of the workbook held in memory (saved with it by `toXlsx`).
   * Refused for any sheet that is not a scenario the add-in created, and when the rows no longer hold the IDs the
   * changes were made for. There is no host undo outside Excel: `hostUndo` is false.
   */
  async applyScenarioChanges(sheet: string, changes: ScenarioChangeSet): Promise<ApplyScenarioResult> {
    const entry = this.sheets.find((other) => other.name.toLowerCase() === sheet.toLowerCase());
    if (!entry || !sheetsWithRole(this.settings, "scenario").has(entry.name.toLowerCase()))
      return { ok: false, problem: { code: "NOT_A_SCENARIO", subject: sheet } };
    await this.workbook();
    const before = this.positionsGridOf(entry, parseColumnMapping(this.settings.get(SETTING_COLUMN_MAPPING)));
    const applied = applyChangesToGrid(before, changes);
    if (!applied.ok) return { ok: false, problem: { code: "SCENARIO_CHANGED", subject: entry.name } };
    writeScenarioChanges(entry.worksheet!, before, applied.grid, changes);
    // The sheet's cells changed: read again from the worksheet next time.
    entry.grid = undefined;
    return { ok: true, hostUndo: false };
  }

  /** Deletes a scenario sheet from the workbook held in memory, and its entry. */
  async deleteScenario(sheet: string): Promise<{ ok: true } | { ok: false; problem: SourceProblem }> {
    const index = this.sheets.findIndex((other) => other.name.toLowerCase() === sheet.toLowerCase());
    if (index < 0 || !sheetsWithRole(this.settings, "scenario").has(this.sheets[index].name.toLowerCase()))
      return { ok: false, problem: { code: "NOT_A_SCENARIO", subject: sheet } };
    const [removed] = this.sheets.splice(index, 1);
    if (removed.worksheet) (await this.workbook()).removeWorksheet(removed.worksheet.id);
    forgetCreatedSheet(this.settings, removed.name);
    return { ok: true };
  }

  private sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /**
   * The sheets a table is searched for in: not the add-in's scenarios nor its reports (read only when asked for by
   * name), so a report's block headed like a Budget or Capabilities table is not mistaken for one.
   */
  private searchedSheets(): SheetEntry[] {
    const owned = sheetsWithRole(this.settings, "scenario", "report");
    return this.sheets.filter((sheet) => !owned.has(sheet.name.toLowerCase()));
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
    return uniqueTableNames(specTableNames(spec), this.takenTableNames());
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
