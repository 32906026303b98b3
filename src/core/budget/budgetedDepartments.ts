import type { HeadcountCost } from "../cost/costHeadcount";
import { scaleDecimal } from "../cost/decimal";
import { dayOfIso } from "../cost/fiscalYear";
import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { fiscalIndexOf } from "./budgetMonth";
import type { BudgetLine } from "./budgetTable";

const MONTHS = 12;

/** Departments and cost centers are matched ignoring case, width and runs of spaces. */
export function budgetKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A department or cost center the Budget table names: its budget by month and for the year (headcounts in
 * millionths of a post, costs in ticks), the table's rows of it, and the actuals of its positions by month.
 */
export interface BudgetedDepartment {
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
 * The Budget table's departments and cost centers, with their figures by month and for the year (several lines for
 * one department and month add up; a line with a blank month is the annual budget), keyed by kind and `budgetKey`;
 * and the rows of the lines whose month is outside the fiscal year.
 */
export function budgetedDepartments(
  lines: readonly BudgetLine[],
  months: HeadcountCost["months"],
): { entities: Map<string, BudgetedDepartment>; outside: number[] } {
  const entities = new Map<string, BudgetedDepartment>();
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
  return { entities, outside };
}

/**
 * The actuals of each budgeted department and cost center, in one pass over the positions: marks those a position
 * has as matched and adds the posts (active in the month) and cost of the costed positions. Returns the departments
 * of the positions the budget does not name.
 */
export function addActuals(
  entities: ReadonlyMap<string, BudgetedDepartment>,
  model: OrgModel,
  cost: HeadcountCost,
): { unbudgeted: string[] } {
  const months = cost.months;
  const columns = positionColumnsOf(model);
  const byDepartment = columns.departments.map(
    (department) => entities.get(`department\u0000${budgetKey(department)}`) ?? null,
  );
  const costCenterEntity = new Map<string, BudgetedDepartment | null>();
  const wantsCostCenters = [...entities.values()].some((entity) => entity.by === "costCenter");
  const budgetedDepartments = new Set<number>();
  const monthFirst = months.map((month) => month.first);
  const monthLast = months.map((month) => month.last);
  for (let p = 0; p < model.positions.length; p++) {
    const department = byDepartment[columns.department[p]];
    let center: BudgetedDepartment | null | undefined = null;
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
  return { unbudgeted: columns.departments.filter((name, g) => !budgetedDepartments.has(g) && name !== "") };
}
