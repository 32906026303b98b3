import { salaryColumnOf } from "../model/monthlySalary";
import { isCellError, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { decimalCommaRow, readDecimalCommaCell } from "../cells/decimalComma";
import type { FieldKey } from "../columns/fields";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import { readNumberCell } from "../model/readCells";
import type { CostInput } from "./headcountCost";

/** Headers of the salary column that state a full-time rate (they select the full-time basis on their own). */
export const FULL_TIME_SALARY_HEADERS: ReadonlySet<string> = new Set(
  ["FTE Salary", "Full-time Salary", "Full Time Salary", "FTE Annual Salary", "全职年薪", "全职薪资"].map(
    normalizeHeader,
  ),
);

/**
 * Salary headers that are a pay band's floor (UK senior organograms: the salary column is read from them). With a
 * Pay Max column beside them, the cost model reads the pair as a pay range, costed at the pay point.
 */
export const PAY_FLOOR_HEADERS: ReadonlySet<string> = new Set(
  ["Actual Pay Floor", "Payscale Minimum"].map(normalizeHeader),
);

// Module-local bindings for the loop (bundlers and tsx may turn imported bindings into getter calls).
const isError = isCellError;
const readPlainNumber = readNumberCell;

/** A number cell read as the cost model reads it: the number, null for blank, undefined when not a number. */
export type CostNumberReader = (cell: CellValue | undefined) => number | null | undefined;

/**
 * How the cost reads the number cells of the positions, the way the parser read their FTE and salary: on a sheet
 * that writes decimals with a comma (`120.000,50`, `0,5`; the parser's DECIMAL_COMMA, found on the same cells) a
 * bonus of `12,5` is 12.5 and allowances of `6.000` are 6,000; elsewhere as written.
 */
export function costNumberReader(input: CostInput): CostNumberReader {
  const { analysis, positions: grid } = input;
  const { columnOf, headerRow } = analysis.columns;
  if (headerRow < 1) return readPlainNumber;
  const columns = [columnOf.fte ?? -1, salaryColumnOf(columnOf).column, columnOf.posts ?? -1];
  const commaRow = decimalCommaRow(grid.rows, headerRow - grid.firstRow + 1, columns);
  return commaRow === undefined ? readPlainNumber : (cell) => readDecimalCommaCell(cell, readPlainNumber);
}

/**
 * A cost column's value per position: the number, NaN for blank, or a finding for a cell that is not a number.
 * `blank`, when given, is returned (not copied) for a column the sheet does not have: an array of NaN to read only.
 * `readNumber`: the sheet's {@link costNumberReader}, made once by a caller reading several columns.
 */
export function readCostColumn(
  input: CostInput,
  field: FieldKey,
  findings: FindingDraft[],
  check: (value: number) => boolean = () => true,
  blank?: Float64Array,
  readNumber: CostNumberReader = costNumberReader(input),
): Float64Array {
  const { analysis, positions: grid } = input;
  const count = analysis.model.positions.length;
  const column = analysis.columns.columnOf[field];
  if (column === undefined && blank !== undefined && blank.length === count) return blank;
  const values = new Float64Array(count).fill(NaN);
  if (column === undefined) return values;
  const header = analysis.columns.headers[column] || field;
  for (let p = 0; p < count; p++) {
    const position = analysis.model.positions[p];
    const cell: CellValue | undefined = grid.rows[position.row - grid.firstRow]?.[column];
    if (cell !== undefined && cell !== null && isError(cell)) continue; // reported as FORMULA_ERROR
    const value = readNumber(cell);
    if (value === null) continue;
    if (value === undefined || !check(value)) {
      findings.push({
        code: "INVALID_NUMBER",
        severity: "warning",
        rows: [position.row],
        ids: [position.id],
        field,
        params: { row: position.row, id: position.id, column: header, value: cellText(cell ?? null).trim() },
      });
      continue;
    }
    values[p] = value;
  }
  return values;
}

/** A bonus cell as a fraction: 0.15, 15% and 15 all mean 15%. */
export function bonusFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}

/** Extra months of base a year: "13" months paid is one extra; a cell below 12 is read as the extra months. */
export function extraMonths(value: number): number {
  return value >= 12 ? value - 12 : value;
}
