import type { CellValue } from "../cells/cell";
import type { FindingDraft } from "../findings/finding";

/** Words that say a column holds percentages: "FTE %", "FTE (%)", "FTE Percent", "工时占比", "编制比例（%）". */
const PERCENT = /[%％]|percent|pct|百分比|占比|比例/i;

/** True when a header says its column holds percentages (an FTE column of 100 and 50 meaning 1 and 0.5). */
export function isPercentHeader(header: string): boolean {
  return PERCENT.test(header);
}

/**
 * An FTE cell's number read from a column whose header says percent: above 1 it is a percentage (100 → 1, 50 →
 * 0.5); a fraction (0.5, as a cell formatted as % holds it, or "50%") is as it is.
 */
export function ftePercentValue(
  value: CellValue | undefined,
  read: number | null | undefined,
): number | null | undefined {
  if (typeof read !== "number" || read <= 1) return read;
  if (typeof value === "string" && /[%％]/.test(value)) return read;
  return read / 100;
}

/** FTE_PERCENT: the info finding saying the FTE column holds percentages, pointing at the header row. */
export function ftePercentFinding(headerRow: number, column: string): FindingDraft {
  return {
    code: "FTE_PERCENT",
    severity: "info",
    rows: [headerRow],
    ids: [],
    field: "fte",
    params: { row: headerRow, column },
  };
}
