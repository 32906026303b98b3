import type { ColumnMapping } from "../core/columns/columnMapping";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { ReadResult } from "../core/sheet/workbookSource";
import { shift1904Dates, uses1904DateSystem } from "./dateSystem";
import { excelApiProblem } from "./excelProblems";
import { findPositionsRange, type PositionsKey } from "./findPositionsRange";
import { fillMergedAreas, loadMergedAreas } from "./mergedCells";
import { rangeAddress } from "./rangeArea";
import { readRangeCells } from "./readRangeInChunks";

export interface ReadPositionsOptions {
  sheet?: string;
  mapping?: ColumnMapping;
  /** The positions read last time (see {@link findPositionsRange}). */
  remembered?: PositionsKey;
  cellBudget?: number;
  byteBudget?: number;
}

/**
 * Reads the positions table (see {@link findPositionsRange}) into a SheetGrid, in requests within
 * Excel's limits, with the cells as the user sees them: merged areas filled with their top-left
 * value, and, in a workbook on the 1904 date system, dates turned into the 1900 serials the core
 * reads. Never throws: failures come back as problem values. `key` says which table or sheet was
 * read, to be passed back as `remembered` next time.
 */
export async function readPositionsRange(
  context: Excel.RequestContext,
  options: ReadPositionsOptions = {},
): Promise<{ result: ReadResult; key?: PositionsKey }> {
  try {
    const found = await findPositionsRange(context, options);
    if (!found.ok) return { result: found };
    const { worksheet, sheetName, tableName, area } = found.range;
    const date1904 = area.rowCount > 0 && (await uses1904DateSystem(context));
    const { values: rows, numberFormats } = await readRangeCells(context, worksheet, area, {
      cellBudget: options.cellBudget,
      byteBudget: options.byteBudget,
      numberFormats: date1904,
    });
    if (numberFormats) shift1904Dates(rows, numberFormats);
    const merged = fillMergedAreas(
      rows,
      area.rowIndex,
      area.columnIndex,
      await loadMergedAreas(context, worksheet, area),
    );
    const grid: SheetGrid = { sheetName, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex + 1, rows };
    // Said in an info finding: a blank read as the value above it (or beside it) is a choice the user should see.
    if (merged.areas.length > 0) grid.mergedFilled = merged.areas.map(rangeAddress);
    return { result: { ok: true, grid: tableName === undefined ? grid : { ...grid, tableName } }, key: found.key };
  } catch (error) {
    return { result: { ok: false, problem: excelApiProblem(error, options.sheet) } };
  }
}
