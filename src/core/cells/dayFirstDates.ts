import type { CellValue } from "./cell";

/** A date written with its year last: 13/03/2024, 1.3.2024, 01-03-2024 (a time may follow). */
const YEAR_LAST = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?:[T\s]|$)/;

/** Separators that may follow a day or month of one or two digits: - / . */
const isSeparator = (code: number): boolean => code === 45 || code === 47 || code === 46;

/**
 * Whether the date cells of `columns` (below row index `from`) write the day first, as the UK, Europe and most of
 * the world do (13/03/2024): the first row (index) that shows it — a year-last date whose first number cannot be a
 * month (over 12) — when no cell of those columns shows the month first (03/13/2024); undefined otherwise, and the
 * dates are read one by one (month first when both readings are possible, as Excel in the US reads them).
 * Every row is looked at (a sheet's first day past the 12th may be far down); a cell is rejected on one or two
 * character codes unless it has a year-last shape.
 */
export function dayFirstDatesRow(
  rows: readonly CellValue[][],
  from: number,
  columns: readonly (number | undefined)[],
): number | undefined {
  const used = columns.filter((c): c is number => c !== undefined && c >= 0);
  if (used.length === 0) return undefined;
  let first: number | undefined;
  for (let r = from; r < rows.length; r++) {
    const cells = rows[r];
    for (const c of used) {
      const value = cells[c];
      if (typeof value !== "string" || value.length < 8) continue;
      if (!isSeparator(value.charCodeAt(1)) && !isSeparator(value.charCodeAt(2)) && value.charCodeAt(0) !== 32)
        continue;
      const match = YEAR_LAST.exec(value);
      if (!match) continue;
      const day = Number(match[1]);
      const month = Number(match[2]);
      if (month > 12 && day <= 12) return undefined; // 03/13/2024: this sheet writes the month first
      if (first === undefined && day > 12 && month <= 12) first = r;
    }
  }
  return first;
}
