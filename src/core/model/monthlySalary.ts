import { scaleDecimal, TICKS } from "../cost/decimal";
import type { FindingDraft } from "../findings/finding";

/** Months of base pay in a year's base salary: a monthly column is read as an annual salary of 12 × it. */
export const MONTHS_IN_BASE = 12;

/** The salary columns of a sheet, as the parser's FieldColumns (-1: none) or the detected columns (undefined: none). */
export interface SalaryColumns {
  readonly baseSalary?: number;
  readonly monthlySalary?: number;
}

/**
 * The column the positions' annual base salary is read from (-1 for none): the Base Salary column, else a Monthly
 * Salary (月薪) column, read × 12 (`monthly`). A sheet with both reads the annual one; the monthly one is then unused.
 * The parser, the cost's number reader and the Headcount cost sheet's formulas all ask this.
 */
export function salaryColumnOf(columns: SalaryColumns): { column: number; monthly: boolean } {
  const { baseSalary = -1, monthlySalary = -1 } = columns;
  if (baseSalary >= 0 || monthlySalary < 0) return { column: baseSalary, monthly: false };
  return { column: monthlySalary, monthly: true };
}

/**
 * 12 × a monthly pay, on its decimal value carried to 1/10,000 (as the cost carries pay): 12,345.67 a month is
 * 148,148.04 a year, not binary floating point's 148,148.03999….
 */
export function annualOfMonthly(monthly: number): number {
  return (scaleDecimal(monthly, 4) * MONTHS_IN_BASE) / TICKS;
}

/** MONTHLY_SALARY: the info finding saying the salary column holds monthly pay, on the header row. */
export function monthlySalaryFinding(headerRow: number, column: string): FindingDraft {
  return {
    code: "MONTHLY_SALARY",
    severity: "info",
    rows: [headerRow],
    ids: [],
    field: "monthlySalary",
    params: { row: headerRow, column, months: MONTHS_IN_BASE },
  };
}
