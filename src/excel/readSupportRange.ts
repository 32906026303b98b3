import type { CellValue } from "../core/cells/cell";
import { scoreSupportTableHeader, type SupportTableKind } from "../core/coverage/supportTables";
import { SETTINGS_SHEET_NAME, type ReadResult } from "../core/sheet/workbookSource";
import { ownedSheets } from "./createdSheets";
import { excelApiProblem } from "./excelProblems";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./payloadSize";
import { loadOwnedSheets } from "./workbookSnapshot";
import { areaOf, tableRange, type PositionsRange } from "./findPositionsRange";
import type { RangeArea } from "./rangeArea";
import { rangeAddress } from "./rangeArea";
import { DEFAULT_CELL_BUDGET, readRangeInChunks } from "./readRangeInChunks";

/** How far down a sheet a support table's header is looked for. */
const HEADER_SEARCH_ROWS = 30;
/** Columns of a sheet looked at for the header (support tables are narrow). */
const HEADER_SEARCH_COLUMNS = 256;

/** The best score of a few rows' cells as a support table header. */
function bestRowScore(kind: SupportTableKind, rows: readonly (readonly CellValue[])[]): number {
  let best = 0;
  for (const row of rows) best = Math.max(best, scoreSupportTableHeader(kind, row));
  return best;
}

/** Of the workbook's tables with a header row, the one that scores best as `kind` (first on a tie), if any scores. */
async function bestSupportTable(
  context: Excel.RequestContext,
  kind: SupportTableKind,
  excluded: ReadonlySet<string>,
): Promise<Excel.Table | undefined> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name,items/worksheet/id");
  await context.sync();
  const headed = tables.items.filter(
    (table) =>
      table.showHeaders &&
      table.worksheet.name.toLowerCase() !== SETTINGS_SHEET_NAME &&
      !excluded.has(table.worksheet.id),
  );
  if (headed.length === 0) return undefined;
  const headers = headed.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values");
    return header;
  });
  await context.sync();
  let best: Excel.Table | undefined;
  let bestScore = 0;
  headers.forEach((header, i) => {
    const score = scoreSupportTableHeader(kind, (header.values[0] ?? []) as CellValue[]);
    if (score > bestScore) {
      best = headed[i];
      bestScore = score;
    }
  });
  return best;
}

/** Of the sheets, the one whose first rows hold the best-scoring header for `kind`, with its used range. */
async function bestSupportSheet(
  context: Excel.RequestContext,
  kind: SupportTableKind,
  excluded: ReadonlySet<string>,
): Promise<PositionsRange | undefined> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const sheets = worksheets.items.filter(
    (sheet) => sheet.name.toLowerCase() !== SETTINGS_SHEET_NAME && !excluded.has(sheet.id),
  );
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const candidates: { worksheet: Excel.Worksheet; area: RangeArea; top: Excel.Range }[] = [];
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
    candidates.push({ worksheet: sheets[i], area, top });
  });
  if (candidates.length === 0) return undefined;
  await context.sync();
  let best: PositionsRange | undefined;
  let bestScore = 0;
  for (const { worksheet, area, top } of candidates) {
    const score = bestRowScore(kind, top.values as CellValue[][]);
    if (score > bestScore) {
      best = { worksheet, sheetName: worksheet.name, area };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Reads an optional table beside the positions (Capabilities, Departments): the Excel table whose
 * header scores best for `kind`, else the used range of the sheet whose first 30 rows hold the
 * best-scoring header; undefined when no table or sheet looks like it. The add-in's report sheets
 * are never read. Failures come back as problem values.
 */
export async function readSupportRange(
  context: Excel.RequestContext,
  kind: SupportTableKind,
  cellBudget: number = DEFAULT_CELL_BUDGET,
  byteBudget: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
): Promise<ReadResult | undefined> {
  try {
    const { sheets, createdSheets } = await loadOwnedSheets(context);
    const excluded = new Set<string>();
    for (const { sheet, entry } of ownedSheets(createdSheets, sheets).values())
      if (entry.role === "report") excluded.add(sheet.id);
    const table = await bestSupportTable(context, kind, excluded);
    const found = table
      ? await tableRange(context, table, table.worksheet, table.worksheet.name)
      : await bestSupportSheet(context, kind, excluded);
    if (!found) return undefined;
    const { worksheet, sheetName, tableName, area } = found;
    const rows = await readRangeInChunks(context, worksheet, area, cellBudget, byteBudget);
    const grid = { sheetName, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex + 1, rows };
    return { ok: true, grid: tableName === undefined ? grid : { ...grid, tableName } };
  } catch (error) {
    return { ok: false, problem: excelApiProblem(error) };
  }
}
