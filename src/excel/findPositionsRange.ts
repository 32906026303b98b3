import type { CellValue } from "../core/cells/cell";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { scorePositionsHeader } from "../core/columns/detectColumns";
import type { SourceProblem } from "../core/sheet/workbookSource";
import { sheetNotFoundProblem } from "./excelProblems";
import type { RangeArea } from "./rangeArea";

/** Where the positions are: an Excel table, or a sheet's used range. */
export interface PositionsRange {
  worksheet: Excel.Worksheet;
  sheetName: string;
  /** Set when the rows are an Excel table's (header row and data rows, without a totals row). */
  tableName?: string;
  /** Zero-based; `rowCount` is 0 for a blank sheet. */
  area: RangeArea;
}

export type FindPositionsRangeResult = { ok: true; range: PositionsRange } | { ok: false; problem: SourceProblem };

export function areaOf(range: Excel.Range): RangeArea {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** The table whose header row looks most like positions (first one on a tie), if any scores above 0. */
async function bestPositionsTable(
  context: Excel.RequestContext,
  tables: Excel.Table[],
  mapping: ColumnMapping | undefined,
): Promise<Excel.Table | undefined> {
  const headed = tables.filter((table) => table.showHeaders);
  const headers = headed.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values");
    return header;
  });
  if (headers.length === 0) return undefined;
  await context.sync();
  let best: Excel.Table | undefined;
  let bestScore = 0;
  headers.forEach((header, i) => {
    const score = scorePositionsHeader((header.values[0] ?? []) as CellValue[], mapping);
    if (score > bestScore) {
      best = headed[i];
      bestScore = score;
    }
  });
  return best;
}

/** The range of a table's header and data rows (without its totals row). */
export async function tableRange(
  context: Excel.RequestContext,
  table: Excel.Table,
  worksheet: Excel.Worksheet,
  sheetName: string,
): Promise<PositionsRange> {
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const area = areaOf(range);
  if (table.showTotals && area.rowCount > 1) area.rowCount -= 1;
  return { worksheet, sheetName, tableName: table.name, area };
}

async function usedRange(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheetName: string,
): Promise<PositionsRange> {
  const range = worksheet.getUsedRangeOrNullObject(true);
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const area = range.isNullObject ? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 } : areaOf(range);
  return { worksheet, sheetName, area };
}

/**
 * Finds the positions. Without a sheet name: the workbook's table whose header scores best as a
 * positions header, else the active sheet's used range. With one: the best of that sheet's
 * tables, else its used range. Excel errors are thrown; a missing sheet is a problem value.
 */
export async function findPositionsRange(
  context: Excel.RequestContext,
  options: { sheet?: string; mapping?: ColumnMapping } = {},
): Promise<FindPositionsRangeResult> {
  const { sheet, mapping } = options;
  if (sheet !== undefined) {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load("name");
    await context.sync();
    if (worksheet.isNullObject) return { ok: false, problem: sheetNotFoundProblem(sheet) };
    const tables = worksheet.tables;
    tables.load("items/name,items/showHeaders,items/showTotals");
    await context.sync();
    const table = await bestPositionsTable(context, tables.items, mapping);
    const range = table
      ? await tableRange(context, table, worksheet, worksheet.name)
      : await usedRange(context, worksheet, worksheet.name);
    return { ok: true, range };
  }

  const tables = context.workbook.tables;
  tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name");
  await context.sync();
  const table = await bestPositionsTable(context, tables.items, mapping);
  if (table) return { ok: true, range: await tableRange(context, table, table.worksheet, table.worksheet.name) };

  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return { ok: true, range: await usedRange(context, active, active.name) };
}
