import type { Worksheet } from "exceljs";
import type { CellValue } from "../core/cells/cell";
import { scoreSupportTableHeader, type SupportTableKind } from "../core/coverage/supportTables";
import { gridFromSheetSpec } from "../core/sheet/gridFromSheetSpec";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { layoutSheetSpec } from "../core/sheet/sheetSpecLayout";
import { parseRangeAddress } from "./findPositionsGrid";
import { readWorksheetGrid } from "./readWorksheetGrid";

/** How far down a sheet a support table's header is looked for. */
const HEADER_SEARCH_ROWS = 30;

/** An Excel table of a sheet: its header row, and how to read it whole. */
export interface TableCandidate {
  header: readonly CellValue[];
  read: () => SheetGrid;
}

/** The tables of an exceljs worksheet (header and data rows, without a totals row). */
export function worksheetTables(worksheet: Worksheet): TableCandidate[] {
  const candidates: TableCandidate[] = [];
  for (const table of worksheet.getTables?.() ?? []) {
    const model = (
      table as unknown as {
        model?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean; headerRow?: boolean };
      }
    ).model;
    const range = model && parseRangeAddress(model.tableRef ?? model.ref ?? "");
    if (!model?.name || !range || model.headerRow === false) continue;
    const bottom = model.totalsRow && range.bottom > range.top ? range.bottom - 1 : range.bottom;
    const header = readWorksheetGrid(worksheet, { range: { ...range, bottom: range.top } });
    const tableName = model.name;
    candidates.push({
      header: header.rows[0] ?? [],
      read: () => readWorksheetGrid(worksheet, { range: { ...range, bottom }, tableName }),
    });
  }
  return candidates;
}

/** The tables of a sheet held as a spec (not yet written), under the names they will get. */
export function specTables(spec: SheetSpec, sheetName: string, tableNames: readonly string[]): TableCandidate[] {
  const rows = gridFromSheetSpec(spec).rows;
  let tableIndex = 0;
  const candidates: TableCandidate[] = [];
  for (const { section, headerRow, dataRowCount } of layoutSheetSpec(spec).sections) {
    if (!section.table) continue;
    const tableName = tableNames[tableIndex++] ?? section.table.name;
    const tableRows = rows.slice(headerRow - 1, headerRow + dataRowCount);
    candidates.push({
      header: tableRows[0] ?? [],
      read: () => ({ sheetName, tableName, firstRow: headerRow, firstColumn: 1, rows: tableRows }),
    });
  }
  return candidates;
}

/** How much a sheet's first rows look like a support table's header: the best row's score. */
export function scoreSupportGrid(kind: SupportTableKind, grid: SheetGrid): number {
  let best = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) best = Math.max(best, scoreSupportTableHeader(kind, grid.rows[r]));
  return best;
}

/** The first rows of a worksheet, enough to find a header in. */
export function worksheetTop(worksheet: Worksheet): SheetGrid {
  return readWorksheetGrid(worksheet, { rowLimit: HEADER_SEARCH_ROWS });
}
