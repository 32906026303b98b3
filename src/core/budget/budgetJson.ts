import { ticksToAmount } from "../cost/decimal";
import type { BudgetMonthVariance, BudgetVariance, BudgetYearVariance } from "./budgetVariance";

/** A month or year of the variance as JSON: amounts as numbers in the reporting currency, rounded to the cent. */
export interface BudgetFiguresJson {
  actualHeadcount: number;
  budgetHeadcount?: number;
  headcountVariance?: number;
  actualCost: number;
  budgetCost?: number;
  costVariance?: number;
  volumeEffect?: number;
  rateEffect?: number;
  overHeadcount?: boolean;
  overCost: boolean;
}

/** The budget variance as JSON (the `budget` object of `orgwright cost` and `orgwright compare`). */
export interface BudgetVarianceJson {
  sheet: string;
  currency: string;
  months: string[];
  /** Variance = actual − budget; costVariance = volumeEffect + rateEffect (+ unsplit in the total). */
  departments: {
    name: string;
    by: "department" | "costCenter";
    rows: number[];
    months: (BudgetFiguresJson & { month: string })[];
    year: BudgetFiguresJson & { basis: BudgetYearVariance["basis"]; months: string[] };
  }[];
  unmatched: { name: string; by: "department" | "costCenter"; rows: number[] }[];
  unbudgeted: string[];
  total: {
    actualCost: number;
    budgetCost: number;
    costVariance: number;
    volumeEffect: number;
    rateEffect: number;
    unsplit: number;
  };
}

const HEADCOUNT_DIGITS = 1e6;
const headcount = (value: number) => Math.round(value * HEADCOUNT_DIGITS) / HEADCOUNT_DIGITS;

/**
 * The figures as JSON, each rounded half up to the cent. The volume effect is a whole number of cents, so the rounded
 * volume + the rounded rate equal the rounded variance (bar a half-cent tie where the rate changes sign).
 */
function figures(row: BudgetMonthVariance | BudgetYearVariance): BudgetFiguresJson {
  const json: BudgetFiguresJson = {
    actualHeadcount: headcount(row.actualHeadcount),
    actualCost: ticksToAmount(row.actualCost),
    overCost: row.overCost,
  };
  if (row.budgetHeadcount !== undefined) json.budgetHeadcount = headcount(row.budgetHeadcount);
  if ("headcountVariance" in row && row.headcountVariance !== undefined)
    json.headcountVariance = headcount(row.headcountVariance);
  if (row.budgetCost !== undefined) json.budgetCost = ticksToAmount(row.budgetCost);
  if (row.costVariance !== undefined) json.costVariance = ticksToAmount(row.costVariance);
  if (row.volumeEffect !== undefined) json.volumeEffect = ticksToAmount(row.volumeEffect);
  if (row.rateEffect !== undefined) json.rateEffect = ticksToAmount(row.rateEffect);
  if ("overHeadcount" in row) json.overHeadcount = row.overHeadcount;
  return json;
}

/** The variance as JSON (its findings are not repeated here: they join the output's `findings`). */
export function budgetVarianceJson(variance: BudgetVariance): BudgetVarianceJson {
  const { total } = variance;
  return {
    sheet: variance.sheet,
    currency: variance.currency,
    months: [...variance.months],
    departments: variance.departments.map((department) => ({
      name: department.name,
      by: department.by,
      rows: [...department.rows],
      months: department.months.map((row) => ({ month: row.month, ...figures(row) })),
      year: { basis: department.year.basis, months: [...department.year.months], ...figures(department.year) },
    })),
    unmatched: variance.unmatched.map((entry) => ({ ...entry, rows: [...entry.rows] })),
    unbudgeted: [...variance.unbudgeted],
    total: {
      actualCost: ticksToAmount(total.actualCost),
      budgetCost: ticksToAmount(total.budgetCost),
      costVariance: ticksToAmount(total.costVariance),
      volumeEffect: ticksToAmount(total.volumeEffect),
      rateEffect: ticksToAmount(total.rateEffect),
      unsplit: ticksToAmount(total.unsplit),
    },
  };
}
