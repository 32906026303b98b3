import type { CellValue } from "../cells/cell";

/** One cell a change writes: its sheet column (1-based, as Excel numbers them) and its value before and after. */
export interface CellChange {
  column: number;
  before: CellValue;
  after: CellValue;
}

/**
 * One change to a scenario's sheet. `row` is the sheet row (1-based) at the moment the change is applied: changes
 * are applied in order, and an inserted or deleted row moves the rows below it. `id` is the position ID the row
 * holds (before the change; the new ID for an inserted row), so an adapter can check it is editing the row meant.
 */
export type ScenarioCellChange =
  /** Some cells of one row take new values. */
  | { kind: "set"; row: number; id: string; cells: CellChange[] }
  /** A row is inserted at `row` (the rows from there down move one down); `cells` from the table's first column. */
  | { kind: "insertRow"; row: number; id: string; cells: CellValue[] }
  /** The row at `row` is deleted (the rows below move up); `cells` is what it held, so the inverse can put it back. */
  | { kind: "deleteRow"; row: number; id: string; cells: CellValue[] };

/** The changes one scenario edit makes, in the order they are applied. */
export interface ScenarioChangeSet {
  /** Sheet column of the position IDs (1-based): where an adapter checks that a row still holds `id`. */
  idColumn: number;
  /** Sheet column of the table's first column (1-based): where an inserted row's `cells` start. */
  firstColumn: number;
  changes: ScenarioCellChange[];
}

/** The change that undoes one change. */
export function invertChange(change: ScenarioCellChange): ScenarioCellChange {
  switch (change.kind) {
    case "set":
      return {
        ...change,
        cells: change.cells.map((cell) => ({ column: cell.column, before: cell.after, after: cell.before })),
      };
    case "insertRow":
      return { kind: "deleteRow", row: change.row, id: change.id, cells: change.cells };
    case "deleteRow":
      return { kind: "insertRow", row: change.row, id: change.id, cells: change.cells };
  }
}

/** The change set that undoes `set` when applied right after it: each change inverted, in reverse order. */
export function invertChangeSet(set: ScenarioChangeSet): ScenarioChangeSet {
  return { ...set, changes: set.changes.map(invertChange).reverse() };
}

/**
 * The IDs the sheet must hold before the set is applied, by sheet row (in the sheet as it is before the first
 * change): each change's row mapped back through the inserts and deletes before it. Rows the set itself inserts
 * are not checked. An adapter reads these cells first and refuses the set when one differs (the user edited the
 * sheet since the pane read it).
 */
export function expectedRowIds(set: ScenarioChangeSet): { row: number; id: string }[] {
  const moves: { kind: "insertRow" | "deleteRow"; row: number }[] = [];
  const expected = new Map<number, string>();
  for (const change of set.changes) {
    if (change.kind !== "insertRow") {
      let row: number | undefined = change.row;
      for (let i = moves.length - 1; i >= 0 && row !== undefined; i--) {
        const move = moves[i];
        if (move.kind === "insertRow") {
          if (row === move.row) row = undefined;
          else if (row > move.row) row -= 1;
        } else if (row >= move.row) row += 1;
      }
      if (row !== undefined && !expected.has(row)) expected.set(row, change.id);
    }
    if (change.kind !== "set") moves.push({ kind: change.kind, row: change.row });
  }
  return [...expected].map(([row, id]) => ({ row, id })).sort((a, b) => a.row - b.row);
}
