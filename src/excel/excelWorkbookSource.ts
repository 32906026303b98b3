import type { SupportTableKind } from "../core/coverage/supportTables";
import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import { SETTING_COLUMN_MAPPING, type ReadResult, type WorkbookSource } from "../core/sheet/workbookSource";
import { excelApiProblem } from "./excelProblems";
import { defaultExcelRun, type ExcelRun } from "./excelRun";
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
}

/** The open Excel workbook, through Office.js. The only WorkbookSource that touches `Excel`. */
export class ExcelWorkbookSource implements WorkbookSource {
  readonly label = "Excel";
  private readonly cellBudget: number;

  constructor(
    private readonly run: ExcelRun = defaultExcelRun,
    options: ExcelWorkbookSourceOptions = {},
  ) {
    this.cellBudget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
  }

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
  }

  /** Never rejects: Excel failures come back as `{ ok: false, problem }`. */
  async readPositions(options: { sheet?: string; mapping?: ColumnMapping } = {}): Promise<ReadResult> {
    try {
      return await this.run(async (context) => {
        const mapping =
          options.mapping ??
          parseColumnMapping(
            // Without a readable mapping, the headers are still recognised by their aliases.
            await readWorkbookSetting(context, SETTING_COLUMN_MAPPING).catch(() => undefined),
          );
        return readPositionsRange(context, { sheet: options.sheet, mapping, cellBudget: this.cellBudget });
      });
    } catch (error) {
      return { ok: false, problem: excelApiProblem(error, options.sheet) };
    }
  }

  /** Never rejects: Excel failures come back as `{ ok: false, problem }`. */
  async readSupportTable(kind: SupportTableKind): Promise<ReadResult | undefined> {
    try {
      return await this.run((context) => readSupportRange(context, kind, this.cellBudget));
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
    return this.run((context) => writeSheetSpec(context, spec, this.cellBudget));
  }
}
