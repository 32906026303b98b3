import type { CellValue } from "../cells/cell";
import { STATUS_CODE, positionColumnsOf } from "../model/positionColumns";
import { formulaString, gridColumnRef } from "../sheet/formulaAddress";
import type { SpecCell } from "../sheet/sheetSpec";
import { roundHalfUp } from "./formulaCells";
import type { ComparedTable } from "./planComparisonInput";

/** A cell as COUNTA sees it: anything but an empty cell (an empty text counts as empty here, as exceljs reads). */
function isFilled(cell: CellValue | undefined): boolean {
  return cell !== null && cell !== undefined && cell !== "";
}

/** The data rows of a side's table below its header (the rows `gridColumnRef` spans). */
function dataRows(side: ComparedTable): CellValue[][] {
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  return side.grid.rows.slice(headerIndex + 1);
}

/** The texts of the status cells of the positions Orgwright reads as closed; undefined when one has no such text. */
function closedStatusTexts(side: ComparedTable): string[] | undefined {
  const { model, columns } = side.analysis;
  const statusColumn = columns.columnOf.status;
  const codes = positionColumnsOf(model).status;
  const texts = new Set<string>();
  for (let p = 0; p < model.positions.length; p++) {
    if (codes[p] !== STATUS_CODE.closed) continue;
    if (statusColumn === undefined) return undefined;
    const cell = side.grid.rows[model.positions[p].row - side.grid.firstRow]?.[statusColumn];
    // COUNTIF criteria: plain words only (no wildcards, comparison signs or leading/trailing spaces).
    if (typeof cell !== "string" || !/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(cell) || cell.trim() !== cell)
      return undefined;
    texts.add(cell);
  }
  return [...texts];
}

/** COUNTIF(range, text) of plain words: cells whose text equals it, ignoring case. */
function countIf(rows: CellValue[][], column: number, text: string): number {
  const wanted = text.toLowerCase();
  let count = 0;
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell === "string" && cell.toLowerCase() === wanted) count++;
  }
  return count;
}

/**
 * The headcount as a formula over the table, `COUNTA(ID column) − COUNTIF(Status, "Closed")…`, when it gives
 * Orgwright's headcount on these cells (no headcount lines, no repeated IDs joined, no status said only by a name);
 * else Orgwright's number.
 */
export function liveHeadcount(side: ComparedTable, expected: number): SpecCell {
  const { columnOf } = side.analysis.columns;
  if (columnOf.id === undefined || columnOf.posts !== undefined) return expected;
  const closed = closedStatusTexts(side);
  if (closed === undefined) return expected;
  const rows = dataRows(side);
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  let value = rows.reduce((count, row) => count + (isFilled(row[columnOf.id!]) ? 1 : 0), 0);
  let formula = `COUNTA(${gridColumnRef(side.grid, columnOf.id, headerIndex)})`;
  for (const text of closed) {
    value -= countIf(rows, columnOf.status!, text);
    formula += `-COUNTIF(${gridColumnRef(side.grid, columnOf.status!, headerIndex)},${formulaString(text)})`;
  }
  return value === expected ? { formula, value } : expected;
}

/**
 * The FTE as `ROUND(SUM(FTE column) − SUMIF(Status, "Closed", FTE column)…, 6)` when it gives Orgwright's FTE on
 * these cells (every position's FTE a number in its cell); else Orgwright's number.
 */
export function liveFte(side: ComparedTable, expected: number): SpecCell {
  const target = roundHalfUp(expected, 6);
  const { columnOf } = side.analysis.columns;
  if (columnOf.fte === undefined || columnOf.posts !== undefined) return target;
  const closed = closedStatusTexts(side);
  if (closed === undefined) return target;
  const rows = dataRows(side);
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  const fteColumn = columnOf.fte;
  const number = (cell: CellValue | undefined) => (typeof cell === "number" ? cell : 0);
  let sum = rows.reduce((total, row) => total + number(row[fteColumn]), 0);
  const fteRef = gridColumnRef(side.grid, fteColumn, headerIndex);
  let inner = `SUM(${fteRef})`;
  for (const text of closed) {
    const wanted = text.toLowerCase();
    sum -= rows.reduce(
      (total, row) =>
        total +
        (typeof row[columnOf.status!] === "string" && (row[columnOf.status!] as string).toLowerCase() === wanted
          ? number(row[fteColumn])
          : 0),
      0,
    );
    inner += `-SUMIF(${gridColumnRef(side.grid, columnOf.status!, headerIndex)},${formulaString(text)},${fteRef})`;
  }
  const value = roundHalfUp(sum, 6);
  return value === target ? { formula: `ROUND(${inner},6)`, value } : target;
}
