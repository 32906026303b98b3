import type { CellValue } from "../core/cells/cell";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { scorePositionsHeader } from "../core/columns/detectColumns";
import { SETTINGS_SHEET_NAME, type SourceProblem } from "../core/sheet/workbookSource";
import { ownedSheets } from "./createdSheets";
import { sheetNotFoundProblem } from "./excelProblems";
import { rangeAddress, type RangeArea } from "./rangeArea";
import { loadOwnedSheets } from "./workbookSnapshot";

/** Where the positions are: an Excel table, or a sheet's used range. */
export interface PositionsRange {
  worksheet: Excel.Worksheet;
  sheetName: string;
  /** Set when the rows are an Excel table's (header row and data rows, without a totals row). */
  tableName?: string;
  /** Zero-based; `rowCount` is 0 for a blank sheet. */
  area: RangeArea;
}

/**
 * Which positions the pane reads, by id (names change, ids survive renames): remembered after a read
 * and passed to the next, so a refresh reads the same table or sheet.
 */
export interface PositionsKey {
  worksheetId: string;
  tableId?: string;
  /** The names at the last read (for people, and to match a sheet the pane asks for by name). */
  sheetName: string;
  tableName?: string;
  /** Set when the sheet is one of the add-in's scenarios, read because it was asked for by name: never remembered. */
  scenario?: true;
}

export type FindPositionsRangeResult =
  { ok: true; range: PositionsRange; key: PositionsKey } | { ok: false; problem: SourceProblem };

export interface FindPositionsOptions {
  /** The sheet the pane asks for by name (the sample it just inserted). */
  sheet?: string;
  mapping?: ColumnMapping;
  /** The positions read last time: read again if they still exist. */
  remembered?: PositionsKey;
}

/** How far down a sheet a positions header is looked for (as the core's header detection does). */
const HEADER_SEARCH_ROWS = 30;
const HEADER_SEARCH_COLUMNS = 256;

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

/** The sheet whose first rows hold the best positions header, if any scores above 0. */
async function bestPositionsSheet(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  mapping: ColumnMapping | undefined,
): Promise<Excel.Worksheet | undefined> {
  if (sheets.length === 0) return undefined;
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const tops: { sheet: Excel.Worksheet; top: Excel.Range }[] = [];
  used.forEach((range, i) => {
    if (range.isNullObject) return;
    const area = areaOf(range);
    const top = sheets[i].getRange(
      rangeAddress({
        ...area,
        rowCount: Math.min(area.rowCount, HEADER_SEARCH_ROWS),
        columnCount: Math.min(area.columnCount, HEADER_SEARCH_COLUMNS),
      }),
    );
    top.load("values");
    tops.push({ sheet: sheets[i], top });
  });
  if (tops.length === 0) return undefined;
  await context.sync();
  let best: Excel.Worksheet | undefined;
  let bestScore = 0;
  for (const { sheet, top } of tops) {
    for (const row of top.values as CellValue[][]) {
      const score = scorePositionsHeader(row, mapping);
      if (score > bestScore) {
        best = sheet;
        bestScore = score;
      }
    }
  }
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

type Found = { ok: true; range: PositionsRange; key: PositionsKey };

async function found(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  table: Excel.Table | undefined,
): Promise<Found> {
  worksheet.load("id,name");
  if (table) table.load("id,name,showTotals");
  await context.sync();
  const range = table
    ? await tableRange(context, table, worksheet, worksheet.name)
    : await usedRange(context, worksheet, worksheet.name);
  const key: PositionsKey = table
    ? { worksheetId: worksheet.id, tableId: table.id, sheetName: worksheet.name, tableName: table.name }
    : { worksheetId: worksheet.id, sheetName: worksheet.name };
  return { ok: true, range, key };
}

/** The best table on one sheet, else its used range. */
async function onSheet(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  mapping: ColumnMapping | undefined,
): Promise<Found> {
  const tables = worksheet.tables;
  tables.load("items/id,items/name,items/showHeaders,items/showTotals");
  await context.sync();
  return found(context, worksheet, await bestPositionsTable(context, tables.items, mapping));
}

/**
 * Finds the positions, never on a sheet the add-in wrote as a report (its own tables, such as the
 * Org checks sheet's "Layer pyramid", would score as headers) nor on its settings sheet; a scenario sheet only
 * when asked for by name (its key then says `scenario`, and the source does not remember it):
 *
 * 1. the positions read last time (`remembered`, by worksheet and table id) while they exist — the
 *    table, else (table deleted) the best table on that sheet, else its used range;
 * 2. with a sheet name (the sample the pane just inserted): that sheet's best table, else its used range;
 * 3. else the workbook's table whose header scores best as positions, else the sheet whose first 30
 *    rows hold the best-scoring header; else the active sheet, or the first sheet that may be read.
 *
 * Sheets recorded by an older version without a role (report or data) are searched only when no
 * other sheet scores. Excel errors are thrown; a missing sheet is a problem value.
 */
export async function findPositionsRange(
  context: Excel.RequestContext,
  options: FindPositionsOptions = {},
): Promise<FindPositionsRangeResult> {
  const { sheet, mapping, remembered } = options;
  const { sheets, createdSheets } = await loadOwnedSheets(context);
  const excluded = new Set<string>();
  const legacy = new Set<string>();
  // Scenarios are read only when asked for by name, never chosen (nor remembered) as THE positions.
  const scenarios = new Set<string>();
  for (const { sheet: owned, entry } of ownedSheets(createdSheets, sheets).values()) {
    if (entry.role === "report") excluded.add(owned.id);
    else if (entry.role === "scenario") scenarios.add(owned.id);
    else if (entry.role === undefined) legacy.add(owned.id);
  }
  for (const info of sheets) if (info.name.toLowerCase() === SETTINGS_SHEET_NAME) excluded.add(info.id);
  const readable = (id: string) => sheets.some((info) => info.id === id) && !excluded.has(id) && !scenarios.has(id);
  const worksheets = context.workbook.worksheets;

  if (remembered && readable(remembered.worksheetId)) {
    const current = sheets.find((info) => info.id === remembered.worksheetId)!;
    if (sheet === undefined || current.name.toLowerCase() === sheet.toLowerCase()) {
      const worksheet = worksheets.getItem(remembered.worksheetId);
      if (remembered.tableId === undefined) return found(context, worksheet, undefined);
      const table = worksheet.tables.getItemOrNullObject(remembered.tableId);
      await context.sync();
      return table.isNullObject ? onSheet(context, worksheet, mapping) : found(context, worksheet, table);
    }
  }

  if (sheet !== undefined) {
    const info = sheets.find((candidate) => candidate.name.toLowerCase() === sheet.toLowerCase());
    if (!info || excluded.has(info.id)) return { ok: false, problem: sheetNotFoundProblem(sheet) };
    const result = await onSheet(context, worksheets.getItem(info.id), mapping);
    return scenarios.has(info.id) ? { ...result, key: { ...result.key, scenario: true } } : result;
  }

  const tables = context.workbook.tables;
  tables.load("items/id,items/name,items/showHeaders,items/showTotals,items/worksheet/id");
  await context.sync();
  const tableTiers = [
    tables.items.filter((t) => readable(t.worksheet.id) && !legacy.has(t.worksheet.id)),
    tables.items.filter((t) => legacy.has(t.worksheet.id) && readable(t.worksheet.id)),
  ];
  const sheetTiers = [
    sheets.filter((info) => readable(info.id) && !legacy.has(info.id)),
    sheets.filter((info) => legacy.has(info.id) && readable(info.id)),
  ];
  for (let tier = 0; tier < 2; tier++) {
    const table = await bestPositionsTable(context, tableTiers[tier], mapping);
    if (table) return found(context, worksheets.getItem(table.worksheet.id), table);
    const best = await bestPositionsSheet(
      context,
      sheetTiers[tier].map((info) => worksheets.getItem(info.id)),
      mapping,
    );
    if (best) return onSheet(context, best, mapping);
  }

  const active = worksheets.getActiveWorksheet();
  active.load("id");
  await context.sync();
  const fallback = readable(active.id) ? active.id : sheets.find((info) => readable(info.id))?.id;
  if (fallback === undefined) return { ok: false, problem: { code: "NO_SHEETS", subject: "Excel" } };
  return found(context, worksheets.getItem(fallback), undefined);
}
