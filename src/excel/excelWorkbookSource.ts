import type { SupportTableKind } from "../core/coverage/supportTables";
import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import {
  SETTING_COLUMN_MAPPING,
  SETTING_CREATED_SHEETS,
  type ApplyScenarioResult,
  type CreateScenarioRequest,
  type CreateScenarioResult,
  type ReadResult,
  type SourceProblem,
  type WorkbookSource,
} from "../core/sheet/workbookSource";
import type { ScenarioChangeSet } from "../core/scenario/scenarioChange";
import type { ScenarioInfo } from "../core/scenario/scenarioInfo";
import { scenarioTableName } from "../core/scenario/scenarioNaming";
import { scenarioSheetSpec } from "../core/scenario/scenarioSheet";
import { applyScenarioChangesInExcel } from "./applyScenarioChanges";
import { ownedSheets, serializeCreatedSheets } from "./createdSheets";
import { queueSettingWrite } from "./workbookSettings";
import { supportsExcelApi } from "./excelApiSupport";
import { loadOwnedSheets } from "./workbookSnapshot";
import { excelApiProblem } from "./excelProblems";
import { defaultExcelRun, type ExcelRun } from "./excelRun";
import type { PositionsKey } from "./findPositionsRange";
import type { PositionsTarget } from "./watchPositions";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./payloadSize";
import { readPositionsRange } from "./readPositionsRange";
import { readSupportRange } from "./readSupportRange";
import { DEFAULT_CELL_BUDGET } from "./readRangeInChunks";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { readWorkbookSetting, writeWorkbookSetting } from "./workbookSettings";
import { writeSheetSpec } from "./writeSheetSpec";

export interface ExcelWorkbookSourceOptions {
  /** Cells per request when reading or writing large ranges (default 120,000). */
  cellBudget?: number;
  /** Estimated bytes of cell data per request or response (default 4 MB, under Excel on the web's 5 MB). */
  byteBudget?: number;
}

/**
 * The open Excel workbook, through Office.js. The only WorkbookSource that touches `Excel`.
 *
 * It remembers which table (or sheet) it read the positions from, by id, and reads the same one on
 * every later `readPositions` while it exists — a refresh never wanders to another table, the active
 * sheet or one of the add-in's report sheets. The pane needs nothing for it: the source object lives
 * as long as the pane's workbook; {@link positionsKey} tells which one it is.
 */
export class ExcelWorkbookSource implements WorkbookSource {
  readonly label = "Excel";
  private readonly cellBudget: number;
  private readonly byteBudget: number;
  private remembered?: PositionsKey;

  constructor(
    private readonly run: ExcelRun = defaultExcelRun,
    options: ExcelWorkbookSourceOptions = {},
  ) {
    this.cellBudget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
    this.byteBudget = options.byteBudget ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  }

  /** The table or sheet the positions were last read from (ids and names at that read). */
  get positionsKey(): PositionsKey | undefined {
    return this.remembered;
  }

  /**
   * How to reach a sheet the pane knows by the name it had at the last read: the positions sheet by
   * its id (so a card click still selects its row after the user renamed the sheet), any other by name.
   */
  sheetKeyFor(sheetName: string): string {
    const key = this.remembered;
    return key && key.sheetName === sheetName ? key.worksheetId : sheetName;
  }

  /** A watch target with the ids of the positions last read, when it names them. */
  watchTargetFor(target: PositionsTarget): PositionsTarget {
    const key = this.remembered;
    if (!key || key.sheetName !== target.sheet || key.tableName !== target.table) return target;
    return { ...target, sheetId: key.worksheetId, ...(key.tableId ? { tableId: key.tableId } : {}) };
  }

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
  }

  /**
   * Never rejects: Excel failures come back as `{ ok: false, problem }` — `EXCEL_BUSY` when the user
   * was editing a cell (transient: read again shortly). `positions` reads that table or sheet
   * (default: the one read last time).
   */
  async readPositions(
    options: { sheet?: string; mapping?: ColumnMapping; positions?: PositionsKey } = {},
  ): Promise<ReadResult> {
    try {
      const { result, key } = await this.run(async (context) => {
        const mapping =
          options.mapping ??
          parseColumnMapping(
            // Without a readable mapping, the headers are still recognised by their aliases.
            await readWorkbookSetting(context, SETTING_COLUMN_MAPPING).catch(() => undefined),
          );
        return readPositionsRange(context, {
          sheet: options.sheet,
          mapping,
          remembered: options.positions ?? this.remembered,
          cellBudget: this.cellBudget,
          byteBudget: this.byteBudget,
        });
      });
      // A scenario read by name is never THE positions: the next read without a sheet reads the user's table.
      if (key && !key.scenario) this.remembered = key;
      return result;
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error, options.sheet) };
    }
  }

  /** Never rejects: Excel failures come back as `{ ok: false, problem }`. */
  async readSupportTable(kind: SupportTableKind): Promise<ReadResult | undefined> {
    try {
      return await this.run((context) => readSupportRange(context, kind, this.cellBudget, this.byteBudget));
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error) };
    }
  }

  readSetting(key: string): Promise<string | undefined> {
    return this.run((context) => readWorkbookSetting(context, key));
  }

  writeSetting(key: string, value: string): Promise<void> {
    return this.run((context) => writeWorkbookSetting(context, key, value));
  }

  writeSheet(spec: SheetSpec): Promise<WriteSheetResult> {
    return this.run((context) =>
      writeSheetSpec(context, spec, { cellBudget: this.cellBudget, byteBudget: this.byteBudget }),
    );
  }

  /** The add-in's scenario sheets (by their GUID tags), in tab order, with the title and source recorded. */
  listScenarios(): Promise<ScenarioInfo[]> {
    return this.run(async (context) => {
      const { sheets, createdSheets } = await loadOwnedSheets(context);
      const scenarios: { position: number; info: ScenarioInfo }[] = [];
      for (const { sheet, entry } of ownedSheets(createdSheets, sheets).values()) {
        if (entry.role !== "scenario" || entry.pending) continue;
        const meta = entry.scenario ?? { title: sheet.name, source: "", created: "" };
        scenarios.push({ position: sheet.position, info: { ...meta, sheetName: sheet.name } });
      }
      return scenarios.sort((a, b) => a.position - b.position).map(({ info }) => info);
    });
  }

  /**
   * Copies the positions (or the sheet `from`) into a new scenario sheet, written as every sheet of the add-in's is:
   * under a temporary name, tagged and recorded in the same request as `worksheets.add`, cells in requests within
   * Excel's size limits, renamed at the end. Never rejects.
   */
  async createScenario(request: CreateScenarioRequest): Promise<CreateScenarioResult> {
    try {
      const mapping =
        request.mapping ?? parseColumnMapping(await this.readSetting(SETTING_COLUMN_MAPPING).catch(() => undefined));
      const read = await this.readPositions({ sheet: request.from, mapping });
      if (!read.ok) return read;
      const taken = await this.run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        const names = context.workbook.names;
        names.load("items/name");
        await context.sync();
        return [...tables.items.map((table) => table.name), ...names.items.map((name) => name.name)];
      });
      const created = request.created ?? new Date().toISOString();
      const source = read.grid.sheetName;
      const spec = scenarioSheetSpec(read.grid, {
        title: request.title,
        source,
        created,
        lang: request.lang,
        mapping,
        tableName: scenarioTableName(taken),
      });
      const written = await this.writeSheet(spec);
      return { ok: true, scenario: { sheetName: written.sheetName, title: request.title, source, created } };
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error, request.from) };
    }
  }

  /**
   * Writes an edit's changes into a scenario sheet as small range writes, in one undo group where the host has
   * them (ExcelApi 1.20 `mergeUndoGroup`: one Ctrl+Z takes the edit back, and `hostUndo` is true). Nothing here
   * writes `Workbook.settings`, which would clear Excel's undo stack. Never rejects.
   */
  /** Deletes a scenario sheet of the add-in's (by its GUID tag), and its entry. Never rejects. */
  async deleteScenario(sheet: string): Promise<{ ok: true } | { ok: false; problem: SourceProblem }> {
    try {
      return await this.run(async (context) => {
        const { sheets, createdSheets } = await loadOwnedSheets(context);
        const info = sheets.find((candidate) => candidate.name.toLowerCase() === sheet.toLowerCase());
        const entry = info ? ownedSheets(createdSheets, sheets).get(info.id)?.entry : undefined;
        if (!info || entry?.role !== "scenario")
          return { ok: false as const, problem: { code: "NOT_A_SCENARIO" as const, subject: sheet } };
        context.workbook.worksheets.getItem(info.id).delete();
        const remaining = sheets.filter((other) => other.id !== info.id);
        const kept = [...ownedSheets(createdSheets, remaining).values()].map(({ sheet: other, entry: kept }) => ({
          ...kept,
          id: other.id,
          ...(kept.pending ? {} : { name: other.name }),
        }));
        queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(kept));
        await context.sync();
        return { ok: true as const };
      });
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error, sheet) };
    }
  }

  async applyScenarioChanges(sheet: string, changes: ScenarioChangeSet): Promise<ApplyScenarioResult> {
    const apply = (context: Excel.RequestContext) =>
      applyScenarioChangesInExcel(context, sheet, changes, this.byteBudget);
    try {
      const result = await this.run(apply, { mergeUndoGroup: true });
      return result.ok ? { ok: true, hostUndo: supportsExcelApi("1.20") } : result;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== "UndoNotSupported")
        return { ok: false, problem: excelApiProblem(error, sheet) };
    }
    try {
      // Some API the edit needs cannot join an undo group here: written without one (the pane's undo serves).
      return await this.run(apply);
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error, sheet) };
    }
  }
}
