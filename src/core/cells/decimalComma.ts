import type { CellValue } from "./cell";
import { readDecimalCommaText } from "./parseNumber";

/** Rows looked at to tell how a sheet writes decimals: enough to see it, few enough to cost nothing at 100,000. */
const ROWS_LOOKED_AT = 5_000;

/** A decimal comma beyond doubt: 1.234,50 · 0,5 · 12,50 · 0,3333 (not 1,234: that is a thousands comma). */
const COMMA_DECIMAL = /^[+-]?(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}|\d+,\d{4,})%?$/;
/** A decimal point beyond doubt: 1,234.50 · 0.5 · 95000.00 · 0.3333 (not 1.234: that is a thousands dot). */
const POINT_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d{1,2}|\d+\.\d{4,})%?$/;

/**
 * Whether the number cells of `columns` (below row index `from`) write decimals with a comma, as Excel and CSV
 * files do in most of Europe (`120.000,50`, `0,5`): the first row (index) that shows it, when some cell shows a
 * decimal comma and none a decimal point; undefined otherwise. `80.000` alone could be either, and is read as
 * written elsewhere (80); on such a sheet it is 80,000.
 */
export function decimalCommaRow(
  rows: readonly CellValue[][],
  from: number,
  columns: readonly number[],
): number | undefined {
  const used = columns.filter((c) => c >= 0);
  if (used.length === 0) return undefined;
  let first: number | undefined;
  const end = Math.min(rows.length, from + ROWS_LOOKED_AT);
  for (let r = from; r < end; r++) {
    const cells = rows[r];
    for (const c of used) {
      const value = cells[c];
      if (typeof value !== "string" || value.length < 3) continue;
      // Only a cell with a comma or a dot can show how decimals are written.
      if (value.indexOf(",") < 0 && value.indexOf(".") < 0) continue;
      const text = value.replace(/[\s\u00a0]/g, "");
      if (POINT_DECIMAL.test(text)) return undefined;
      if (first === undefined && COMMA_DECIMAL.test(text)) first = r;
    }
  }
  return first;
}

/**
 * {@link readNumberCell}'s reading on a sheet that writes decimals with a comma: dots group thousands
 * (`80.000` is 80,000), the comma is the decimal point. Numbers (as Excel hands them) are as they are.
 */
export function readDecimalCommaCell(
  value: CellValue | undefined,
  readNumberCell: (value: CellValue | undefined) => number | null | undefined,
): number | null | undefined {
  if (typeof value !== "string") return readNumberCell(value);
  return readNumberCell(readDecimalCommaText(value));
}
