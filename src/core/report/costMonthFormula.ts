import { MONTHS } from "../cost/headcountCost";
import { columnLetters } from "../sheet/formulaAddress";

/** Columns of the Headcount cost sheet's workings block (1-based sheet columns). */
export const W = {
  id: 1,
  key: 2,
  currency: 3,
  written: 4,
  annual: 5,
  base: 6,
  bonus: 7,
  monthsPaid: 8,
  payFactor: 9,
  allowances: 10,
  posts: 11,
  start: 12,
  end: 13,
  firstDay: 14,
  width: 13 + MONTHS,
} as const;

/** Columns of the rates block. */
export const R = {
  key: 1,
  item: 2,
  rate: 3,
  floor: 4,
  cap: 5,
  threshold: 6,
  from: 7,
  to: 8,
  lowest: 9,
  highest: 10,
  source: 11,
} as const;

/** A row number no formula of the sheet holds otherwise (month serials are about 45,000, rows at most 1,048,576). */
const TEMPLATE_ROW = 987_654_321;

/**
 * A formula of one row as the pieces around its row number: `pieces.join(String(row))` is `formulaOf(row)`.
 */
export function formulaTemplate(formulaOf: (row: number) => string): string[] {
  return formulaOf(TEMPLATE_ROW).split(String(TEMPLATE_ROW));
}

/**
 * One month cell's formula (see `headcountCostSheet`): `row` is the position's workings row, `last` the month's last
 * day as a serial (a rate line is in force when From ≤ last ≤ To, as in the engine), `fx` the absolute address of
 * the month's FX rate for the position's currency (in the FX by month block), or undefined for a position paid in
 * the reporting currency (nothing to convert: `ROUND(ROUND(x, 4) × 1, 4)` is `ROUND(x, 4)`).
 */
export function monthFormula(
  row: number,
  m: number,
  last: number,
  ratesRange?: (column: number) => string,
  fx?: string,
): string {
  const at = (column: number) => `$${columnLetters(column)}${row}`;
  const day = `${columnLetters(W.firstDay + m)}${row}`;
  const rawPay = `ROUND((${at(W.annual)}*${at(W.payFactor)}+${at(W.allowances)})/12*${at(W.posts)}*${day},4)`;
  const pay = fx ? `ROUND(${rawPay}*${fx},4)` : rawPay;
  if (!ratesRange) return pay;
  const base = at(W.base);
  const low = ratesRange(R.lowest);
  const high = ratesRange(R.highest);
  const clamped = `((${base}<${low})*${low}+(${base}>${high})*${high}+(${base}>=${low})*(${base}<=${high})*${base})`;
  const part = `ROUND(ROUND(${ratesRange(R.rate)}*(${clamped}-${ratesRange(R.threshold)}),2)*${at(W.posts)}*${day},2)`;
  const line = fx ? `ROUND(${part}*${fx},4)` : part;
  const inForce = `(${ratesRange(R.key)}=${at(W.key)})*(${ratesRange(R.from)}<=${last})*(${ratesRange(R.to)}>=${last})`;
  return `${pay}+SUMPRODUCT(${inForce}*${line})`;
}
