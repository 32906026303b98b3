import { ticksToAmount } from "../cost/decimal";
import type { FindingDraft } from "../findings/finding";
import type { BudgetedDepartment } from "./budgetedDepartments";
import type { BudgetDepartmentVariance, BudgetMonthVariance } from "./departmentVariance";

/** OVER_BUDGET_HEADCOUNT and OVER_BUDGET_COST for one department, naming its months over budget. */
export function overBudgetFindings(
  entity: BudgetedDepartment,
  variance: BudgetDepartmentVariance,
  currency: string,
  sheet: string,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const base = { department: entity.name, by: entity.by };
  const rowsOf = (which: readonly number[], annual: boolean) =>
    [...new Set([...which.flatMap((m) => entity.monthRows[m]), ...(annual ? entity.yearRows : [])])].sort(
      (a, b) => a - b,
    );

  const overHeads = variance.months.flatMap((row, m) => (row.overHeadcount ? [m] : []));
  if (overHeads.length > 0) {
    let worst = overHeads[0];
    for (const m of overHeads)
      if ((variance.months[m].headcountVariance ?? 0) > (variance.months[worst].headcountVariance ?? 0)) worst = m;
    const row = variance.months[worst];
    drafts.push({
      code: "OVER_BUDGET_HEADCOUNT",
      severity: "warning",
      rows: rowsOf(
        overHeads,
        overHeads.some((m) => entity.monthHeadcount[m] === undefined),
      ),
      ids: [],
      sheet,
      params: {
        ...base,
        monthKeys: overHeads.map((m) => variance.months[m].month).join(","),
        budget: row.budgetHeadcount ?? 0,
        actual: row.actualHeadcount,
        over: row.headcountVariance ?? 0,
      },
    });
  }

  const overCosts = variance.months.flatMap((row, m) => (row.overCost ? [m] : []));
  if (overCosts.length > 0) {
    const sum = (pick: (row: BudgetMonthVariance) => number | undefined) =>
      overCosts.reduce((total, m) => total + (pick(variance.months[m]) ?? 0), 0);
    drafts.push({
      code: "OVER_BUDGET_COST",
      severity: "warning",
      rows: rowsOf(overCosts, false),
      ids: [],
      sheet,
      params: {
        ...base,
        monthKeys: overCosts.map((m) => variance.months[m].month).join(","),
        budget: ticksToAmount(sum((row) => row.budgetCost)),
        actual: ticksToAmount(sum((row) => row.actualCost)),
        over: ticksToAmount(sum((row) => row.costVariance)),
        currency,
      },
    });
  }
  const { year } = variance;
  if (year.basis === "annual" && year.overCost && year.budgetCost !== undefined && year.costVariance !== undefined)
    drafts.push({
      code: "OVER_BUDGET_COST",
      severity: "warning",
      rows: [...entity.yearRows],
      ids: [],
      sheet,
      params: {
        ...base,
        monthKeys: year.months.join(","),
        budget: ticksToAmount(year.budgetCost),
        actual: ticksToAmount(year.actualCost),
        over: ticksToAmount(year.costVariance),
        currency,
        annual: "true",
      },
    });
  return drafts;
}
