import type { CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { SheetGrid } from "../sheet/sheetGrid";
import { expectedRowIds, type ScenarioChangeSet } from "./scenarioChange";

export type ApplyToGridResult =
  | { ok: true; grid: SheetGrid }
  /** The grid does not hold the IDs the changes were made for (it changed since): nothing was applied. */
  | { ok: false; row: number; expected: string; found: string };

/**
 * The grid after a change set, for the browser's and the command line's in-memory workbook and for the pane to
 * re-analyse a scenario without reading it again. The grid is not modified: the result shares the unchanged rows.
 * Refused, with nothing applied, when a row does not hold the ID its change was made for.
 */
export function applyChangesToGrid(grid: SheetGrid, set: ScenarioChangeSet): ApplyToGridResult {
  const idOffset = set.idColumn - grid.firstColumn;
  for (const { row, id } of expectedRowIds(set)) {
    const found = cellText(grid.rows[row - grid.firstRow]?.[idOffset]).trim();
    if (found !== id) return { ok: false, row, expected: id, found };
  }
  const rows = grid.rows.slice();
  for (const change of set.changes) {
    const r = change.row - grid.firstRow;
    switch (change.kind) {
      case "set": {
        const row: CellValue[] = (rows[r] ?? []).slice();
        for (const cell of change.cells) {
          const c = cell.column - grid.firstColumn;
          while (row.length < c) row.push(null);
          row[c] = cell.after;
        }
        rows[r] = row;
        break;
      }
      case "insertRow": {
        const offset = set.firstColumn - grid.firstColumn;
        const row: CellValue[] = new Array<CellValue>(Math.max(0, offset)).fill(null).concat(change.cells);
        while (rows.length < r) rows.push([]);
        rows.splice(r, 0, row);
        break;
      }
      case "deleteRow":
        rows.splice(r, 1);
        break;
    }
  }
  return { ok: true, grid: { ...grid, rows } };
}
