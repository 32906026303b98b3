import { scaleDecimal, TICKS } from "../cost/decimal";
import type { FieldColumns } from "./fieldColumns";
import type { FindingDraft } from "../findings/finding";

/** Months of base pay in a year's base salary: a monthly column is read as an annual salary of 12 × it. */
export const MONTHS_IN_BASE = 12;

/**
 * The column the positions' annual base salary is read from: the Base Salary column, else a Monthly Salary (月薪)
 * column, read × 12 (`monthly`). A sheet with both reads the annual one; the monthly one is then unused.
 */
export function salaryColumnOf(columns: FieldColumns): { column: number; monthly: boolean } {
  if (columns.baseSalary >= 0 || columns.monthlySalary < 0) return { column: columns.baseSalary, monthly: false };
  return { column: columns.monthlySalary, monthly: true };
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
