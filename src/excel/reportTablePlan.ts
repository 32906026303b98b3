/**
 * How a sheet of the add-in's is rewritten so that its tables stay the same Excel tables (same id, same name): a
 * formula elsewhere that names one (`=SUM(OrgChecksLayers[Positions])`), a PivotTable or a chart built on it keeps
 * working. Deleting a table and adding it again, as earlier versions did, turns those into #REF!.
 *
 * The plan is pure: from the tables on the sheet and where the new layout puts its tables, the Excel operations to
 * run, in order, and which table each of the spec's tables keeps. Every table the new spec still has (matched by the
 * record of the last write, else by name) stays and is brought to its new place and size:
 *
 * - its header row moves with whole sheet rows inserted or deleted just above it (Excel moves a table, and every
 *   reference to it, with the rows around it; `Table.resize` cannot move a header row);
 * - its size: with ExcelApi 1.13, `Table.resize` (the new range overlaps the old one and keeps the header row, as
 *   Excel requires: the table is first shrunk where it shrinks, then moved, then grown, so that it never overlaps a
 *   neighbour); without 1.13, whole sheet rows inserted or deleted inside its body and table columns added or
 *   deleted at its right end (ExcelApi 1.1); a table the user moved off column A is then made anew.
 *
 * Everything on the sheet but the kept tables' header cells is cleared (before the tables grow): clearing the whole
 * of a table would remove it, as Excel's Clear All does; the header cells are overwritten with the new headers
 * (which renames the table's columns, and the references to them follow).
 *
 * Tables the new spec no longer has, and tables the user added on the add-in's sheet, are deleted with the rest of
 * the sheet's content: the sheet is the add-in's output.
 */
import type { TableRecord } from "./createdSheets";
import type { RangeArea } from "./rangeArea";
import { sanitizeTableName } from "./tableNames";

/** Excel's grid. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A table on the sheet being rewritten, as Excel has it. */
export interface ExistingTable {
  id: string;
  name: string;
  area: RangeArea;
  showTotals: boolean;
}

/** A table of the new spec: its name in the spec and where the layout puts it (header row first). */
export interface WantedTable {
  name: string;
  area: RangeArea;
}

export type TableOperation =
  | { kind: "deleteTable"; id: string }
  | { kind: "hideTotals"; id: string }
  | { kind: "resize"; id: string; area: RangeArea }
  | { kind: "insertRows"; rowIndex: number; count: number }
  | { kind: "deleteRows"; rowIndex: number; count: number }
  /** Table columns added at the table's right end (`TableColumnCollection.add`). */
  | { kind: "addColumns"; id: string; count: number }
  /** The table's columns from `index` (zero-based in the table) to its right end deleted. */
  | { kind: "deleteColumns"; id: string; index: number; count: number }
  | { kind: "clear"; area: RangeArea };

export interface TablePlan {
  /** The table each of the spec's tables keeps, by the spec's table name. */
  kept: Map<string, ExistingTable>;
  operations: TableOperation[];
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function sameArea(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex === b.rowIndex &&
    a.columnIndex === b.columnIndex &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

function columnsOverlap(a: RangeArea, b: RangeArea): boolean {
  return a.columnIndex < b.columnIndex + b.columnCount && b.columnIndex < a.columnIndex + a.columnCount;
}

/**
 * The existing table that stands for a wanted one: the one the last write recorded (by id, else by the name it
 * got), else the one of the spec's name, else — for sheets written before tables were recorded — the only one
 * named like it with a number ("Name_2": the spec's name was taken when it was written).
 */
function findTable(
  wanted: WantedTable,
  candidates: readonly ExistingTable[],
  records: readonly TableRecord[],
): ExistingTable | undefined {
  const record = records.find((entry) => entry.spec === wanted.name);
  if (record) {
    const byRecord =
      (record.id !== undefined ? candidates.find((table) => table.id === record.id) : undefined) ??
      candidates.find((table) => sameName(table.name, record.name));
    if (byRecord) return byRecord;
  }
  const base = sanitizeTableName(wanted.name);
  const named = candidates.find((table) => sameName(table.name, base));
  if (named || record) return named;
  const numbered = candidates.filter((table) =>
    new RegExp(`^${base.replace(/[.\\]/g, "\\$&")}_\\d+$`, "iu").test(table.name),
  );
  return numbered.length === 1 ? numbered[0] : undefined;
}

/** The tables kept, in the spec's order, each below the one before (a table the user moved above another is made anew). */
function matchTables(
  existing: readonly ExistingTable[],
  wanted: readonly WantedTable[],
  records: readonly TableRecord[],
  canResize: boolean,
): { want: WantedTable; table: ExistingTable }[] {
  const pairs: { want: WantedTable; table: ExistingTable }[] = [];
  const used = new Set<string>();
  let below = -1;
  for (const want of wanted) {
    const table = findTable(
      want,
      existing.filter((candidate) => !used.has(candidate.id)),
      records,
    );
    if (!table || table.area.rowIndex <= below) continue;
    // Resizing needs the new range to overlap the old one; without it columns come and go at the right end only.
    const fits = canResize ? columnsOverlap(table.area, want.area) : table.area.columnIndex === want.area.columnIndex;
    if (!fits) continue;
    used.add(table.id);
    pairs.push({ want, table });
    below = table.area.rowIndex + table.area.rowCount - 1;
  }
  return pairs;
}

/** Excel's rules for tables when whole sheet rows are inserted or deleted, applied to the areas being tracked. */
class TrackedAreas {
  constructor(readonly areas: Map<string, RangeArea>) {}

  insertRows(rowIndex: number, count: number): void {
    for (const [id, area] of this.areas) {
      if (area.rowIndex >= rowIndex) this.areas.set(id, { ...area, rowIndex: area.rowIndex + count });
      else if (rowIndex < area.rowIndex + area.rowCount)
        this.areas.set(id, { ...area, rowCount: area.rowCount + count });
    }
  }

  deleteRows(rowIndex: number, count: number): void {
    for (const [id, area] of this.areas) {
      if (rowIndex <= area.rowIndex && area.rowIndex < rowIndex + count)
        throw new Error(`The plan would delete the header row of table ${id}`);
      if (area.rowIndex > rowIndex) this.areas.set(id, { ...area, rowIndex: area.rowIndex - count });
      else if (rowIndex < area.rowIndex + area.rowCount)
        this.areas.set(id, {
          ...area,
          rowCount: area.rowCount - Math.min(count, area.rowIndex + area.rowCount - rowIndex),
        });
    }
  }
}

/**
 * The operations that turn the sheet's tables into the spec's, keeping every one it can, and clear the rest of the
 * sheet. `wanted` is in the layout's order (top to bottom); `canResize`: the host has `Table.resize` (ExcelApi 1.13).
 */
export function planReportTables(
  existing: readonly ExistingTable[],
  wanted: readonly WantedTable[],
  records: readonly TableRecord[],
  canResize: boolean,
): TablePlan {
  const pairs = matchTables(existing, wanted, records, canResize);
  const keptIds = new Set(pairs.map(({ table }) => table.id));
  const operations: TableOperation[] = existing
    .filter((table) => !keptIds.has(table.id))
    .map((table) => ({ kind: "deleteTable", id: table.id }));
  const tracked = new TrackedAreas(new Map(pairs.map(({ table }) => [table.id, { ...table.area }])));
  const areaOf = (id: string) => tracked.areas.get(id)!;
  const insertRows = (rowIndex: number, count: number) => {
    operations.push({ kind: "insertRows", rowIndex, count });
    tracked.insertRows(rowIndex, count);
  };
  const deleteRows = (rowIndex: number, count: number) => {
    operations.push({ kind: "deleteRows", rowIndex, count });
    tracked.deleteRows(rowIndex, count);
  };
  const resize = (id: string, area: RangeArea) => {
    if (sameArea(area, areaOf(id))) return;
    operations.push({ kind: "resize", id, area });
    tracked.areas.set(id, area);
  };

  for (const { table } of pairs) {
    if (!table.showTotals) continue;
    // The spec's tables have no totals row: hiding it takes its row out of the table.
    operations.push({ kind: "hideTotals", id: table.id });
    tracked.areas.set(table.id, { ...table.area, rowCount: table.area.rowCount - 1 });
  }
  // With resize: shrink first (keeping the header row), so that no table grows into the next one before it moved.
  if (canResize)
    for (const { want, table } of pairs) {
      const area = areaOf(table.id);
      resize(table.id, {
        ...want.area,
        rowIndex: area.rowIndex,
        rowCount: Math.min(area.rowCount, want.area.rowCount),
      });
    }
  // Top to bottom: the header row to its new row, with whole rows above it; without resize, the body with whole
  // rows inside it (below its first row, so that the table grows).
  for (const { want, table } of pairs) {
    const shift = want.area.rowIndex - areaOf(table.id).rowIndex;
    if (shift > 0) insertRows(areaOf(table.id).rowIndex, shift);
    else if (shift < 0) deleteRows(want.area.rowIndex, -shift);
    if (canResize) continue;
    const more = want.area.rowCount - areaOf(table.id).rowCount;
    if (more > 0) insertRows(want.area.rowIndex + 1, more);
    else if (more < 0) deleteRows(want.area.rowIndex + want.area.rowCount, -more);
    const wider = want.area.columnCount - areaOf(table.id).columnCount;
    if (wider > 0) operations.push({ kind: "addColumns", id: table.id, count: wider });
    else if (wider < 0)
      operations.push({ kind: "deleteColumns", id: table.id, index: want.area.columnCount, count: -wider });
    tracked.areas.set(table.id, { ...areaOf(table.id), columnCount: want.area.columnCount });
  }
  // The sheet is cleared before the tables grow, so that nothing left there (merged cells, say) stands in their way.
  operations.push(...clearAroundHeaders(pairs.map(({ want }) => want.area)));
  if (canResize) for (const { want, table } of pairs) resize(table.id, want.area);
  for (const { want, table } of pairs)
    if (!sameArea(areaOf(table.id), want.area)) throw new Error(`The plan leaves table ${table.id} misplaced`);
  return { kept: new Map(pairs.map(({ want, table }) => [want.name, table])), operations };
}

/** Clears of the whole sheet but the header cells of these tables (sorted top to bottom, one per row band). */
function clearAroundHeaders(kept: readonly RangeArea[]): TableOperation[] {
  const clears: TableOperation[] = [];
  const rows = (from: number, to: number) => {
    if (to > from)
      clears.push({
        kind: "clear",
        area: { rowIndex: from, columnIndex: 0, rowCount: to - from, columnCount: SHEET_COLUMNS },
      });
  };
  let next = 0;
  for (const area of kept) {
    rows(next, area.rowIndex);
    const header = { rowIndex: area.rowIndex, rowCount: 1 };
    if (area.columnIndex > 0)
      clears.push({ kind: "clear", area: { ...header, columnIndex: 0, columnCount: area.columnIndex } });
    const right = area.columnIndex + area.columnCount;
    if (right < SHEET_COLUMNS)
      clears.push({ kind: "clear", area: { ...header, columnIndex: right, columnCount: SHEET_COLUMNS - right } });
    next = area.rowIndex + 1;
  }
  rows(next, SHEET_ROWS);
  return clears;
}
