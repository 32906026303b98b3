import type { Lang } from "../../i18n";
import type { HeadcountCost } from "../cost/costHeadcount";
import { mulDivHalfUp, scaleDecimal, TICKS_PER_CENT, ticksToAmount } from "../cost/decimal";
import { dayOfIso } from "../cost/fiscalYear";
import type { Finding, FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { localizeFinding } from "../findings/localizeFinding";
import { sortFindings } from "../findings/sortFindings";
import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { fiscalIndexOf } from "./budgetMonth";
import type { BudgetLine } from "./budgetTable";

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
  lang?: Lang;
  /** The Budget table's sheet (for the findings). */
  sheet?: string;
  /** The Budget table's headers as written (for the findings): `department`, `costCenter`. */
  headers?: Partial<Record<"department" | "costCenter", string>>;
}

/** Departments and cost centers are matched ignoring case, width and runs of spaces. */
export function budgetKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

interface Entity {
  name: string;
  by: "department" | "costCenter";
  rows: number[];
  monthHeadcount: (number | undefined)[];
  monthCost: (number | undefined)[];
  /** Rows of the lines for each month (for the findings). */
  monthRows: number[][];
  yearHeadcount?: number;
  yearCost?: number;
  yearRows: number[];
  actualHeadcount: Float64Array;
  actualCost: Float64Array;
  matched: boolean;
}

const add = (sum: number | undefined, value: number | undefined) => (value === undefined ? sum : (sum ?? 0) + value);

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
  const lang = options.lang ?? "en";
  const sheet = options.sheet ?? "";
  const months = cost.months;
  const monthKeys = months.map((month) => month.key);
  const drafts: FindingDraft[] = [];

  // The Budget table's departments and cost centers, with their figures by month and for the year.
  const entities = new Map<string, Entity>();
  const outside: number[] = [];
  for (const line of lines) {
    const index = line.period.kind === "year" ? MONTHS : fiscalIndexOf(line.period, months);
    if (index < 0) {
      outside.push(line.row);
      continue;
    }
    const key = `${line.by}\u0000${budgetKey(line.name)}`;
    let entity = entities.get(key);
    if (!entity)
      entities.set(
        key,
        (entity = {
          name: line.name,
          by: line.by,
          rows: [],
          monthHeadcount: new Array(MONTHS).fill(undefined),
          monthCost: new Array(MONTHS).fill(undefined),
          monthRows: Array.from({ length: MONTHS }, () => []),
          yearRows: [],
          actualHeadcount: new Float64Array(MONTHS),
          actualCost: new Float64Array(MONTHS),
          matched: false,
        }),
      );
    entity.rows.push(line.row);
    const headcount = line.headcount === undefined ? undefined : scaleDecimal(line.headcount, 6);
    if (index === MONTHS) {
      entity.yearHeadcount = add(entity.yearHeadcount, headcount);
      entity.yearCost = add(entity.yearCost, line.costTicks);
      entity.yearRows.push(line.row);
    } else {
      entity.monthHeadcount[index] = add(entity.monthHeadcount[index], headcount);
      entity.monthCost[index] = add(entity.monthCost[index], line.costTicks);
      entity.monthRows[index].push(line.row);
    }
  }

  // The actuals of each budgeted department and cost center, in one pass over the positions.
  const columns = positionColumnsOf(model);
  const byDepartment = columns.departments.map(
    (department) => entities.get(`department\u0000${budgetKey(department)}`) ?? null,
  );
  const costCenterEntity = new Map<string, Entity | null>();
  const wantsCostCenters = [...entities.values()].some((entity) => entity.by === "costCenter");
  const budgetedDepartments = new Set<number>();
  const monthFirst = months.map((month) => month.first);
  const monthLast = months.map((month) => month.last);
  for (let p = 0; p < model.positions.length; p++) {
    const department = byDepartment[columns.department[p]];
    let center: Entity | null | undefined = null;
    const position = model.positions[p];
    if (wantsCostCenters) {
      const text = position.costCenter;
      center = costCenterEntity.get(text);
      if (center === undefined)
        costCenterEntity.set(text, (center = entities.get(`costCenter\u0000${budgetKey(text)}`) ?? null));
    }
    if (department) {
      department.matched = true;
      budgetedDepartments.add(columns.department[p]);
    }
    if (center) center.matched = true;
    if ((!department && !center) || cost.costed[p] !== 1) continue;
    const posts = scaleDecimal(cost.posts[p], 6);
    const start = dayOfIso(position.startDate) ?? -Infinity;
    const end = dayOfIso(position.endDate) ?? Infinity;
    for (let m = 0; m < MONTHS; m++) {
      const active = start <= monthLast[m] && end >= monthFirst[m];
      const amount = cost.pay[p * MONTHS + m] + cost.onCosts[p * MONTHS + m];
      for (const entity of [department, center]) {
        if (!entity) continue;
        if (active) entity.actualHeadcount[m] += posts;
        entity.actualCost[m] += amount;
      }
    }
  }

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
    unbudgeted: columns.departments.filter((name, g) => !budgetedDepartments.has(g) && name !== ""),
    total,
    findings: sortFindings(drafts).map((draft) => localizeFinding(draft, lang)),
  };
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

function departmentVariance(entity: Entity, monthKeys: readonly string[]): BudgetDepartmentVariance {
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

/** OVER_BUDGET_HEADCOUNT and OVER_BUDGET_COST for one department, naming its months over budget. */
function overBudgetFindings(
  entity: Entity,
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
