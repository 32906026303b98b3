import type { CellValue } from "../cells/cell";
import type { FieldKey } from "../columns/fields";
import type { OrgAnalysis } from "../analysis";
import type { SheetGrid } from "../sheet/sheetGrid";

/**
 * The cells behind one side's positions, when the caller handed its grid: a field's raw cell, so that a comparison
 * can see two equal cells are equal without reading (trimming, parsing) the field through the position.
 */
export interface SideCells {
  /** The cells of position `p`'s row (or undefined when the row is not in the grid). */
  rowOf(p: number): readonly CellValue[] | undefined;
  /** Column offset of each field in the rows; −1 when the table has no such column. */
  column(field: FieldKey): number;
}

/** The side's cells, or undefined without a grid (or with a grid that is not the analysis' own table). */
export function sideCells(analysis: OrgAnalysis, grid: SheetGrid | undefined): SideCells | undefined {
  if (grid === undefined) return undefined;
  const { positions } = analysis.model;
  const { rows, firstRow } = grid;
  const columnOf = analysis.columns.columnOf;
  return {
    rowOf: (p) => rows[positions[p].row - firstRow],
    column: (field) => columnOf[field] ?? -1,
  };
}

/** The cell of a row at a column; undefined for no column or beyond a ragged row. */
export function cellAt(row: readonly CellValue[] | undefined, column: number): CellValue | undefined {
  return row === undefined || column < 0 ? undefined : row[column];
}
