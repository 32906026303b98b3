import type { OrgAnalysis } from "../core";

/** Base salary added up per currency ("" when the Currency cell is blank). */
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

/** Works out the summary of an analysis: counts from the model, row accounting from the core. */
export function summarizeOrg(analysis: OrgAnalysis): OrgSummary {
  const { model, accounting, columns } = analysis;
  let vacancies = 0;
  let totalFte = 0;
  const salaryByCurrency = new Map<string, number>();
  for (const position of model.positions) {
    if (position.status === "vacant") vacancies++;
    if (position.status === "closed") continue;
    if (position.fte !== null) totalFte += position.fte;
    if (position.baseSalary !== null) {
      const currency = position.currency.trim().toUpperCase();
      salaryByCurrency.set(currency, (salaryByCurrency.get(currency) ?? 0) + position.baseSalary);
    }
  }
  const hasSalaryColumn = columns.columnOf.baseSalary !== undefined;
  const totalSalary = hasSalaryColumn
    ? [...salaryByCurrency].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount)
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
    totalFte: Math.round(totalFte * 1000) / 1000,
    totalSalary,
  };
}
