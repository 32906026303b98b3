import type { HeadcountCost } from "../cost/costHeadcount";
import type { Finding, FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { sortFindings } from "../findings/sortFindings";
import type { OrgModel } from "../model/orgModel";
import { addActuals, budgetedDepartments } from "./budgetedDepartments";
import type { BudgetLine } from "./budgetTable";
import { departmentVariance, type BudgetDepartmentVariance } from "./departmentVariance";
import { overBudgetFindings } from "./overBudgetFindings";

export { budgetKey } from "./budgetedDepartments";
export type { BudgetDepartmentVariance, BudgetMonthVariance, BudgetYearVariance } from "./departmentVariance";

/** A department or cost center of the Budget table that no position has. */
export interface UnmatchedBudget {
  name: string;
  by: "department" | "costCenter";
  rows: number[];
}

/** The budget held against a cost: department × month variance of headcount and cost, and the findings. */
export interface BudgetVariance {
  /** The Budget table's sheet. */
  sheet: string;
  currency: string;
  /** The fiscal year's 12 months ("2026-01"…), as the cost's. */
  months: string[];
  departments: BudgetDepartmentVariance[];
  unmatched: UnmatchedBudget[];
  /** Departments of the positions the budget does not name (costed, not compared). */
  unbudgeted: string[];
  /**
   * Sums of the departments' years, ticks: costVariance = volumeEffect + rateEffect + unsplit, where `unsplit` is the
   * variance of departments with a cost budget but no headcount budget (nothing to split it by).
   */
  total: {
    actualCost: number;
    budgetCost: number;
    costVariance: number;
    volumeEffect: number;
    rateEffect: number;
    unsplit: number;
  };
  /** OVER_BUDGET_HEADCOUNT, OVER_BUDGET_COST, BUDGET_UNMATCHED, BUDGET_OUTSIDE_YEAR, localized. */
  findings: Finding[];
}

export interface BudgetVarianceOptions {
  /** The org the cost was computed for (departments, cost centers and dates of its positions). */
  model: OrgModel;
  /** The Budget table's sheet (for the findings). */
  sheet?: string;
  /** The Budget table's headers as written (for the findings): `department`, `costCenter`. */
  headers?: Partial<Record<"department" | "costCenter", string>>;
}

/**
 * The budget against the cost: for each department (or cost center) the Budget table names, the actual headcount
 * and cost of its positions month by month against the budget, the cost variance split into a volume effect
 * (headcount) and a rate effect (cost per head), and the findings. Pure; see docs/cost.md, "Budget".
 *
 * - Actual headcount in a month: the posts of the positions the cost model costs (`cost.costed`) whose dates overlap
 *   the month, each counting whole (a 20 July start counts in July); actual cost: their pay and on-costs.
 * - Several lines for one department and month add up; a line with a blank month is the department's annual budget:
 *   its headcount holds for every month, its cost is compared with the year's total.
 * - Variance = actual − budget. Volume = (actual − budget headcount) × budget cost ÷ budget headcount, rounded half up
 *   to the cent; rate = variance − volume, so the two sum exactly to the variance and the rounding residual (under
 *   half a cent) sits in the rate effect. No split without a headcount budget above 0.
 */
export function budgetVariance(
  lines: readonly BudgetLine[],
  cost: HeadcountCost,
  options: BudgetVarianceOptions,
): BudgetVariance {
  const { model } = options;
  const sheet = options.sheet ?? "";
  const monthKeys = cost.months.map((month) => month.key);
  const drafts: FindingDraft[] = [];

  // The Budget table's departments and cost centers, with their figures by month and for the year.
  const { entities, outside } = budgetedDepartments(lines, cost.months);
  // The actuals of each budgeted department and cost center, in one pass over the positions.
  const { unbudgeted } = addActuals(entities, model, cost);

  const departments: BudgetDepartmentVariance[] = [];
  const unmatched: UnmatchedBudget[] = [];
  const total = { actualCost: 0, budgetCost: 0, costVariance: 0, volumeEffect: 0, rateEffect: 0, unsplit: 0 };
  for (const entity of entities.values()) {
    if (!entity.matched) {
      unmatched.push({ name: entity.name, by: entity.by, rows: entity.rows });
      drafts.push({
        code: "BUDGET_UNMATCHED",
        severity: "warning",
        rows: entity.rows,
        ids: [],
        sheet,
        params: {
          name: entity.name,
          by: entity.by,
          column: options.headers?.[entity.by] ?? entity.by,
          count: entity.rows.length,
          rowList: listPreview(entity.rows),
          sheet,
        },
      });
      continue;
    }
    const variance = departmentVariance(entity, monthKeys);
    departments.push(variance);
    const { year } = variance;
    if (year.budgetCost !== undefined && year.costVariance !== undefined) {
      total.actualCost += year.actualCost;
      total.budgetCost += year.budgetCost;
      total.costVariance += year.costVariance;
      if (year.volumeEffect !== undefined && year.rateEffect !== undefined) {
        total.volumeEffect += year.volumeEffect;
        total.rateEffect += year.rateEffect;
      } else total.unsplit += year.costVariance;
    }
    drafts.push(...overBudgetFindings(entity, variance, cost.currency, sheet));
  }
  if (outside.length > 0)
    drafts.push({
      code: "BUDGET_OUTSIDE_YEAR",
      severity: "info",
      rows: outside,
      ids: [],
      sheet,
      params: { count: outside.length, rowList: listPreview(outside), fiscalKeys: monthKeys.join(","), sheet },
    });

  return {
    sheet,
    currency: cost.currency,
    months: monthKeys,
    departments,
    unmatched,
    unbudgeted,
    total,
    findings: sortFindings(drafts),
  };
}
