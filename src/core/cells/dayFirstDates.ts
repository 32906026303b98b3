import type { CellValue } from "./cell";

/** A date written with its year last: 13/03/2024, 1.3.2024, 01-03-2024 (a time may follow). */
const YEAR_LAST = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?:[T\s]|$)/;

/** Separators that may follow a day or month of one or two digits: - / . */
const isSeparator = (code: number): boolean => code === 45 || code === 47 || code === 46;

/**
 * How the date cells of `columns` (below row index `from`) write the day and month of a year-last date:
 * - `dayFirst`, with the first row (index) that shows it — a first number over 12 (13/03/2024, as the UK, Europe
 *   and most of the world write) — when no cell shows the month first (03/13/2024);
 * - `unclear`, with the first row whose date reads either way (01/03/2024), when no cell tells which: the dates are
 *   then read month first, as Excel in the US reads them;
 * - undefined when the sheet writes the month first, or has no such date (ISO text, Excel date numbers).
 * Every row is looked at (a sheet's first day past the 12th may be far down); a cell is rejected on one or two
 * character codes unless it has a year-last shape.
 */
export function dateOrderOf(
  rows: readonly CellValue[][],
  from: number,
  columns: readonly (number | undefined)[],
): DateOrder | undefined {
  const used = columns.filter((c): c is number => c !== undefined && c >= 0);
  if (used.length === 0) return undefined;
  let dayFirst: number | undefined;
  let unclear: number | undefined;
  for (let r = from; r < rows.length; r++) {
    const cells = rows[r];
    for (const c of used) {
      const shown = yearLastOrder(cells[c]);
      if (shown === undefined) continue;
      if (shown === "monthFirst") return undefined; // 03/13/2024: this sheet writes the month first
      if (shown === "dayFirst") dayFirst ??= r;
      else if (shown === "either") unclear ??= r;
    }
  }
  if (dayFirst !== undefined) return { order: "dayFirst", row: dayFirst };
  return unclear === undefined ? undefined : { order: "unclear", row: unclear };
}

/**
 * What one cell shows of the order of day and month: `dayFirst` (13/03/2024), `monthFirst` (03/13/2024), `either`
 * (01/03/2024: 1 March or 3 January), `same` (05/05/2024); undefined for anything but a year-last date. Rejects
 * nearly every other cell on its type, length and one or two character codes.
 */
export function yearLastOrder(value: CellValue | undefined): "dayFirst" | "monthFirst" | "either" | "same" | undefined {
  if (typeof value !== "string" || value.length < 8) return undefined;
  if (!isSeparator(value.charCodeAt(1)) && !isSeparator(value.charCodeAt(2)) && value.charCodeAt(0) !== 32)
    return undefined;
  const match = YEAR_LAST.exec(value);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first < 1 || second < 1 || (first > 12 && second > 12)) return undefined;
  if (first > 12) return "dayFirst";
  if (second > 12) return "monthFirst";
  return first === second ? "same" : "either";
}

/** How a sheet writes its year-last dates (see {@link dateOrderOf}); `row`: the row index that shows it. */
export interface DateOrder {
  order: "dayFirst" | "unclear";
  row: number;
}

/** The first row (index) showing that the dates are written day first (see {@link dateOrderOf}), or undefined. */
export function dayFirstDatesRow(
  rows: readonly CellValue[][],
  from: number,
  columns: readonly (number | undefined)[],
): number | undefined {
  const found = dateOrderOf(rows, from, columns);
  return found?.order === "dayFirst" ? found.row : undefined;
}
