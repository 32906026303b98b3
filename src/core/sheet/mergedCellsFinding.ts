import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { SheetGrid } from "./sheetGrid";

/** The sheet row (1-based) an A1 area starts on: "C4:C9" → 4. */
function firstRowOf(address: string): number {
  const match = /^[A-Z]+(\d+)/i.exec(address);
  return match ? Number(match[1]) : 0;
}

/** The sheet row (1-based) an A1 area ends on: "C4:C9" → 9, "B2" → 2. */
function lastRowOf(address: string): number {
  const match = /(\d+)$/.exec(address);
  return match ? Number(match[1]) : 0;
}

/**
 * The info finding naming the merged areas an adapter filled down or across (see {@link SheetGrid.mergedFilled}):
 * the user learns that a department merged down a column was read into every row of it. Areas wholly above
 * `headerRow` (a title banner merged across the top of the sheet) are not named: they are not read as positions.
 * Undefined when no area is left.
 */
export function mergedCellsFinding(grid: Omit<SheetGrid, "rows">, headerRow = 0): FindingDraft | undefined {
  const areas = (grid.mergedFilled ?? []).filter((area) => lastRowOf(area) >= headerRow);
  if (areas.length === 0) return undefined;
  const rows = [...new Set(areas.map(firstRowOf))].filter((row) => row > 0).sort((a, b) => a - b);
  return {
    code: "MERGED_CELLS_FILLED",
    severity: "info",
    rows,
    ids: [],
    params: { count: areas.length, areaList: listPreview(areas) },
  };
}
