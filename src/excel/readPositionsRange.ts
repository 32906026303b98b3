import type { ColumnMapping } from "../core/columns/columnMapping";
import type { ReadResult } from "../core/sheet/workbookSource";
import { excelApiProblem } from "./excelProblems";
import { findPositionsRange } from "./findPositionsRange";
import { DEFAULT_CELL_BUDGET, readRangeInChunks } from "./readRangeInChunks";

/**
 * Reads the positions table (see {@link findPositionsRange}) into a SheetGrid, in requests of at
 * most `cellBudget` cells. Never throws: failures come back as problem values.
 */
export async function readPositionsRange(
  context: Excel.RequestContext,
  options: { sheet?: string; mapping?: ColumnMapping; cellBudget?: number } = {},
): Promise<ReadResult> {
  try {
    const found = await findPositionsRange(context, options);
    if (!found.ok) return found;
    const { worksheet, sheetName, tableName, area } = found.range;
    const rows = await readRangeInChunks(context, worksheet, area, options.cellBudget ?? DEFAULT_CELL_BUDGET);
    const grid = { sheetName, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex + 1, rows };
    return { ok: true, grid: tableName === undefined ? grid : { ...grid, tableName } };
  } catch (error) {
    return { ok: false, problem: excelApiProblem(error, options.sheet) };
  }
}
