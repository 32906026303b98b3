import { mulDivHalfUp, TICKS_PER_CENT } from "../cost/decimal";
import type { BudgetedDepartment } from "./budgetedDepartments";

const MONTHS = 12;
/** Headcounts are carried in millionths of a post, so budgets such as 12.5 and headcount lines add up exactly. */
const HC = 1_000_000;

/**
 * One month of one budgeted department: actual against budget. Amounts in ticks (1/10,000 of the reporting
 * currency; `ticksToAmount` rounds them half up to the cent), headcounts in posts. A figure the budget does not give
 * for the month is absent, and so are the variances made from it.
 */
export interface BudgetMonthVariance {
  /** "2026-07". */
  month: string;
  /** Posts of the costed positions active in the month (a post counts whole in any month it is costed in). */
  actualHeadcount: number;
  /** The month's budgeted headcount, else the annual one (an annual headcount holds for every month). */
  budgetHeadcount?: number;
  /** actual − budget. */
  headcountVariance?: number;
  /** Pay + on-costs of those positions in the month, ticks. */
  actualCost: number;
  /** The month's budgeted cost, ticks (annual cost budgets are compared with the year, not split into months). */
  budgetCost?: number;
  /** actual − budget, ticks. */
  costVariance?: number;
  /** (actual − budgeted headcount) × budgeted cost per head, rounded half up to the cent; ticks. */
  volumeEffect?: number;
  /** costVariance − volumeEffect: actual headcount × (actual − budgeted cost per head), with the rounding residual. */
  rateEffect?: number;
  overHeadcount: boolean;
  overCost: boolean;
}

/** The year of one budgeted department: the cost compared with the annual budget, or with the months budgeted. */
export interface BudgetYearVariance {
  /** "annual": an annual cost line against the year's total; "months": the monthly lines' sum against those months. */
  basis: "annual" | "months" | "none";
  /** Months the year's cost comparison covers ("2026-01"…). */
  months: string[];
  /** The average actual headcount over those months (head-months ÷ months). */
  actualHeadcount: number;
  /** The annual headcount budget, else the average of the monthly ones over those months. */
  budgetHeadcount?: number;
  actualCost: number;
  budgetCost?: number;
  costVariance?: number;
  volumeEffect?: number;
  rateEffect?: number;
  overCost: boolean;
}

/** One department (or cost center) of the Budget table, matched to the positions. */
export interface BudgetDepartmentVariance {
  /** As the Budget table writes it. */
  name: string;
  by: "department" | "costCenter";
  /** The Budget table's rows of its lines. */
  rows: number[];
  months: BudgetMonthVariance[];
  year: BudgetYearVariance;
}

/** Volume and rate effects of a cost variance: volume to the cent, half up; rate the rest. */
function split(
  actualHeadcount: number,
  budgetHeadcount: number | undefined,
  budgetCost: number,
  costVariance: number,
): { volumeEffect?: number; rateEffect?: number } {
  if (budgetHeadcount === undefined || budgetHeadcount <= 0) return {};
  const volumeEffect =
    mulDivHalfUp(actualHeadcount - budgetHeadcount, budgetCost, budgetHeadcount * TICKS_PER_CENT) * TICKS_PER_CENT;
  return { volumeEffect, rateEffect: costVariance - volumeEffect };
}

/**
 * One budgeted department's actual against budget month by month, and for the year: against the annual cost budget,
 * else against the months with a cost budget.
 */
export function departmentVariance(entity: BudgetedDepartment, monthKeys: readonly string[]): BudgetDepartmentVariance {
  const months: BudgetMonthVariance[] = monthKeys.map((month, m) => {
    const actualPpm = entity.actualHeadcount[m];
    const budgetPpm = entity.monthHeadcount[m] ?? entity.yearHeadcount;
    const actualCost = entity.actualCost[m];
    const budgetCost = entity.monthCost[m];
    const row: BudgetMonthVariance = {
      month,
      actualHeadcount: actualPpm / HC,
      actualCost,
      overHeadcount: budgetPpm !== undefined && actualPpm > budgetPpm,
      overCost: budgetCost !== undefined && actualCost > budgetCost,
    };
    if (budgetPpm !== undefined) {
      row.budgetHeadcount = budgetPpm / HC;
      row.headcountVariance = (actualPpm - budgetPpm) / HC;
    }
    if (budgetCost !== undefined) {
      row.budgetCost = budgetCost;
      row.costVariance = actualCost - budgetCost;
      Object.assign(row, split(actualPpm, budgetPpm, budgetCost, row.costVariance));
    }
    return row;
  });

  let year: BudgetYearVariance;
  const all = monthKeys.map((_, m) => m);
  const headMonths = (which: readonly number[]) => which.reduce((sum, m) => sum + entity.actualHeadcount[m], 0);
  if (entity.yearCost !== undefined) {
    // An annual cost budget against the year's total; volume on the average headcount over the 12 months.
    const actualCost = all.reduce((sum, m) => sum + entity.actualCost[m], 0);
    const costVariance = actualCost - entity.yearCost;
    const actualHeadMonths = headMonths(all);
    const budgetPpm = entity.yearHeadcount;
    const effects =
      budgetPpm === undefined || budgetPpm <= 0
        ? {}
        : split(actualHeadMonths, MONTHS * budgetPpm, entity.yearCost, costVariance);
    year = {
      basis: "annual",
      months: [...monthKeys],
      actualHeadcount: actualHeadMonths / MONTHS / HC,
      ...(budgetPpm !== undefined ? { budgetHeadcount: budgetPpm / HC } : {}),
      actualCost,
      budgetCost: entity.yearCost,
      costVariance,
      ...effects,
      overCost: costVariance > 0,
    };
  } else {
    // The months with a cost budget: their sums, and the sums of their months' effects.
    const budgeted = all.filter((m) => months[m].budgetCost !== undefined);
    const sum = (pick: (row: BudgetMonthVariance) => number | undefined) =>
      budgeted.reduce((total, m) => total + (pick(months[m]) ?? 0), 0);
    const splitAll = budgeted.every((m) => months[m].volumeEffect !== undefined);
    const budgetHeads = budgeted.filter((m) => months[m].budgetHeadcount !== undefined);
    year = {
      basis: budgeted.length > 0 ? "months" : "none",
      months: budgeted.map((m) => monthKeys[m]),
      actualHeadcount: budgeted.length > 0 ? headMonths(budgeted) / budgeted.length / HC : 0,
      ...(budgeted.length > 0 && budgetHeads.length === budgeted.length
        ? { budgetHeadcount: sum((row) => row.budgetHeadcount) / budgeted.length }
        : {}),
      actualCost: sum((row) => row.actualCost),
      overCost: false,
    };
    if (budgeted.length > 0) {
      year.budgetCost = sum((row) => row.budgetCost);
      year.costVariance = year.actualCost - year.budgetCost;
      year.overCost = year.costVariance > 0;
      if (splitAll) {
        year.volumeEffect = sum((row) => row.volumeEffect);
        year.rateEffect = sum((row) => row.rateEffect);
      }
    }
  }
  return { name: entity.name, by: entity.by, rows: entity.rows, months, year };
}
