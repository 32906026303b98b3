import type { SupportTableKind } from "../core/coverage/supportTables";
import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import { SETTING_COLUMN_MAPPING, type ReadResult, type WorkbookSource } from "../core/sheet/workbookSource";
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
      if (key) this.remembered = key;
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
}
