import type { HeadcountCost } from "../cost/costHeadcount";
import type { Finding } from "../findings/finding";
import { sortFindings } from "../findings/sortFindings";
import type { OrgModel } from "../model/orgModel";
import type { SheetGrid } from "../sheet/sheetGrid";
import { readBudgetTable } from "./budgetTable";
import { budgetVariance, type BudgetVariance } from "./budgetVariance";

/** A workbook's Budget table held against a cost: the variance, and every finding (the table's cells, the variance's). */
export interface BudgetAgainstCost {
  /** Undefined when the workbook has no Budget table. */
  variance?: BudgetVariance;
  /** The Budget table's unreadable rows and cells, then OVER_BUDGET_*, BUDGET_UNMATCHED…, sorted, localized. */
  findings: Finding[];
}

/**
 * Reads the Budget table (`grid`, as the support-table registry found it) and compares it with `cost`, the cost of
 * the org `model` (the pipeline's current org, or a plan's). No table: no variance, no findings.
 */
export function budgetOfTable(
  grid: SheetGrid | undefined,
  cost: HeadcountCost,
  options: {
    model: OrgModel;
  },
): BudgetAgainstCost {
  const table = readBudgetTable(grid);
  if (!table) return { findings: [] };
  const variance = budgetVariance(table.lines, cost, {
    model: options.model,
    sheet: table.sheetName,
    headers: table.headers,
  });
  const findings = [...sortFindings(table.findings), ...variance.findings];
  return { variance, findings };
}
