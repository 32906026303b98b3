import type { CellValue } from "../cells/cell";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "./sheetGrid";

/**
 * DECIMAL_COMMA: the info finding saying the sheet's numbers were read with a decimal comma, pointing at the first
 * row that shows it (row index `r` of the grid) and quoting its cell.
 */
export function decimalCommaFinding(grid: SheetGrid, r: number, columns: readonly number[]): FindingDraft {
  const row = grid.firstRow + r;
  const cells: readonly CellValue[] = grid.rows[r];
  let example = "";
  for (const c of columns) {
    const value = c >= 0 ? cells[c] : undefined;
    if (typeof value === "string" && value.includes(",")) {
      example = value.trim();
      break;
    }
  }
  return { code: "DECIMAL_COMMA", severity: "info", rows: [row], ids: [], params: { row, example } };
}
