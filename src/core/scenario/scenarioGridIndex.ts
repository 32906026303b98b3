import { cellText } from "../cells/cellText";
import type { ColumnMapping } from "../columns/columnMapping";
import { detectColumns } from "../columns/detectColumns";
import type { FieldKey } from "../columns/fields";
import type { SheetGrid } from "../sheet/sheetGrid";

/** A scenario's positions table, indexed for edits: where each field is and which rows hold each ID. */
export interface ScenarioGridIndex {
  grid: SheetGrid;
  /** Index in `grid.rows` of the header row. */
  headerIndex: number;
  /** Field → column offset in the grid's rows. */
  columnOf: Partial<Record<FieldKey, number>>;
  /** Columns of the table (the header's width). */
  width: number;
  /** Position ID → indexes in `grid.rows` of the rows holding it, in sheet order. */
  rowsOf: Map<string, number[]>;
  /** Position ID → its manager's ID as written in its first row ("" for a top position). */
  managerOf: Map<string, string>;
  /** Index in `grid.rows` one past the last data row (where a new row goes). */
  end: number;
}

/** Reads a grid's header and rows (with the column mapping, as the core reads positions). */
export function indexScenarioGrid(grid: SheetGrid, mapping?: ColumnMapping): ScenarioGridIndex {
  const detected = detectColumns(grid, mapping);
  const headerIndex = detected.headerIndex;
  const columnOf = detected.columnOf;
  const rowsOf = new Map<string, number[]>();
  const managerOf = new Map<string, string>();
  const idColumn = columnOf.id;
  const managerColumn = columnOf.reportsTo;
  let end = headerIndex + 1;
  if (headerIndex >= 0 && idColumn !== undefined) {
    for (let r = headerIndex + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      const id = cellText(row?.[idColumn]).trim();
      if (row && row.some((cell) => cellText(cell).trim() !== "")) end = r + 1;
      if (id === "") continue;
      const rows = rowsOf.get(id);
      if (rows) rows.push(r);
      else {
        rowsOf.set(id, [r]);
        managerOf.set(id, managerColumn === undefined ? "" : cellText(row[managerColumn]).trim());
      }
    }
  }
  const header = headerIndex >= 0 ? grid.rows[headerIndex] : [];
  let width = header.length;
  while (width > 0 && cellText(header[width - 1]).trim() === "") width--;
  return { grid, headerIndex, columnOf, width: Math.max(width, 1), rowsOf, managerOf, end };
}

/** True when `candidate` reports to `id`, directly or further down (or is `id`). */
export function isUnder(index: ScenarioGridIndex, candidate: string, id: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = candidate;
  while (current !== undefined && current !== "" && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = index.managerOf.get(current);
  }
  return false;
}
