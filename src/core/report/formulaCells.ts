import { scaleDecimal } from "../cost/decimal";
import { rangeAddress } from "../sheet/formulaAddress";
import type { SheetSection, SpecCell } from "../sheet/sheetSpec";
import type { SectionLayout } from "../sheet/sheetSpecLayout";

/** A cell's number: the number, or a formula's cached number; null for anything else. */
export function cellNumber(cell: SpecCell | undefined): number | null {
  if (typeof cell === "number") return cell;
  if (typeof cell === "object" && cell !== null && typeof cell.value === "number") return cell.value;
  return null;
}

/** Rounded half up (away from zero) on the decimal the number shows, as ROUND in Excel and LibreOffice. */
export function roundHalfUp(value: number, digits: number): number {
  return scaleDecimal(value, digits) / 10 ** digits;
}

/**
 * `after − before` as the formula given (`C7-B7`), wrapped in `ROUND(…, digits)` unless `digits` is 0, with the value
 * the spreadsheet computes cached.
 */
export function differenceCell(formula: string, before: number, after: number, digits: number): SpecCell {
  return digits === 0
    ? { formula, value: after - before }
    : { formula: `ROUND(${formula},${digits})`, value: roundHalfUp(after - before, digits) };
}

/** The block's last row (after `count` data rows): `SUM` of each listed column (0-based) of the rows above. */
export function fillSumRow(
  section: SheetSection,
  at: SectionLayout,
  count: number,
  columns: readonly number[],
  digits: number | ((column: number) => number),
): void {
  const last = section.rows[count];
  for (const column of columns) {
    const places = typeof digits === "number" ? digits : digits(column);
    let sum = 0;
    let any = false;
    for (let r = 0; r < count; r++) {
      const value = cellNumber(section.rows[r][column]);
      if (value !== null) {
        sum += value;
        any = true;
      }
    }
    if (!any && count > 0 && section.rows.slice(0, count).every((row) => row[column] === null)) {
      last[column] = null;
      continue;
    }
    const range =
      count > 0 ? rangeAddress(column + 1, at.firstDataRow, column + 1, at.firstDataRow + count - 1) : undefined;
    const formula = range === undefined ? "0" : places === 0 ? `SUM(${range})` : `ROUND(SUM(${range}),${places})`;
    last[column] = { formula, value: places === 0 ? sum : roundHalfUp(sum, places) };
  }
}
