import type { OrgAnalysis } from "../core";
import { positionValuesOf, roundFte, sumByGroup } from "../core/rollup/positionValues";

/** Base salary added up per currency (a blank Currency cell counts as the org's main currency; "" when none is named). */
export interface SalaryTotal {
  currency: string;
  amount: number;
}

/** The numbers the pane's summary shows. */
export interface OrgSummary {
  rowsRead: number;
  positions: number;
  rowsOnlyInFindings: number;
  blankRowsSkipped: number;
  /** True when rows read = positions + rows only in findings (the core promises it; the pane shows it). */
  reconciled: boolean;
  layers: number;
  /** Positions that report to no one (several are shown under a virtual top). */
  tops: number;
  vacancies: number;
  /** FTE of the positions that are not closed. */
  totalFte: number;
  /** Base salary of the positions that are not closed, per currency, largest first; null without a salary column. */
  totalSalary: SalaryTotal[] | null;
}

/**
 * Works out the summary of an analysis: counts from the model, row accounting from the core. FTE and salary are
 * counted as everywhere else (`positionValuesOf`: closed positions add none), so the main currency's total is the
 * chart's and the departments view's cost.
 */
export function summarizeOrg(analysis: OrgAnalysis): OrgSummary {
  const { model, accounting, columns } = analysis;
  const values = positionValuesOf(model);
  let vacancies = 0;
  let totalFte = 0;
  for (let p = 0; p < values.fte.length; p++) {
    vacancies += values.vacant[p];
    totalFte += values.fte[p];
  }
  const salaryByCurrency = sumByGroup(values.salary, values.currency, values.currencies.length);
  const salariedByCurrency = sumByGroup(values.salaried, values.currency, values.currencies.length);
  const hasSalaryColumn = columns.columnOf.baseSalary !== undefined;
  const totalSalary = hasSalaryColumn
    ? values.currencies
        .map((currency, c) => ({ currency, amount: salaryByCurrency[c], salaried: salariedByCurrency[c] }))
        .filter((total) => total.salaried > 0)
        .map(({ currency, amount }) => ({ currency, amount }))
        .sort((a, b) => b.amount - a.amount)
    : null;
  return {
    rowsRead: accounting.rowsRead,
    positions: accounting.positions,
    rowsOnlyInFindings: accounting.rowsOnlyInFindings,
    blankRowsSkipped: accounting.blankRowsSkipped,
    reconciled: accounting.rowsRead === accounting.positions + accounting.rowsOnlyInFindings,
    layers: model.layerCount,
    tops: model.roots.length,
    vacancies,
    totalFte: roundFte(totalFte),
    totalSalary,
  };
}
