import type { Worksheet } from "exceljs";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { scorePositionsHeader } from "../core/columns/detectColumns";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import { readWorksheetGrid, type CellRange } from "./readWorksheetGrid";

/** How far down a sheet a header is looked for, as the core does. */
const HEADER_SEARCH_ROWS = 30;

/** How much a grid looks like a positions table: the best header score among its first rows. */
export function scorePositionsGrid(grid: SheetGrid, mapping?: ColumnMapping): number {
  let best = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) best = Math.max(best, scorePositionsHeader(grid.rows[r], mapping));
  return best;
}

/** How much a worksheet looks like it holds the positions table (its tables' headers and its first rows). */
export function scorePositionsWorksheet(worksheet: Worksheet, mapping?: ColumnMapping): number {
  const best = bestTable(worksheet, mapping);
  const usedRange = scorePositionsGrid(readWorksheetGrid(worksheet, { rowLimit: HEADER_SEARCH_ROWS }), mapping);
  return Math.max(best?.score ?? 0, usedRange);
}

/**
 * The positions table of a worksheet: its Excel table whose header looks most like positions, else
 * `usedRange()` (the whole used range, which the caller may have cached).
 */
export function findPositionsGrid(
  worksheet: Worksheet,
  usedRange: () => SheetGrid,
  mapping?: ColumnMapping,
): SheetGrid {
  const best = bestTable(worksheet, mapping);
  if (!best) return usedRange();
  return readWorksheetGrid(worksheet, { range: best.range, tableName: best.name });
}

interface TableCandidate {
  name: string;
  range: CellRange;
  score: number;
}

function bestTable(worksheet: Worksheet, mapping?: ColumnMapping): TableCandidate | undefined {
  let best: TableCandidate | undefined;
  for (const table of worksheet.getTables?.() ?? []) {
    const model = (table as unknown as { model?: { name?: string; tableRef?: string; ref?: string } }).model;
    const range = model && parseRangeAddress(model.tableRef ?? model.ref ?? "");
    if (!model?.name || !range) continue;
    const header = readWorksheetGrid(worksheet, { range: { ...range, bottom: range.top } });
    const score = header.rows.length > 0 ? scorePositionsHeader(header.rows[0], mapping) : 0;
    if (score > 0 && (!best || score > best.score)) best = { name: model.name, range, score };
  }
  return best;
}

/** "B5:H40" (or "$B$5:$H$40", or one cell) as a range; undefined when it is not an A1 address. */
export function parseRangeAddress(address: string): CellRange | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!match) return undefined;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
