import { MONTHS as COST_MONTHS } from "../cost/costHeadcount";
import { dayOfIso, type CostMonth } from "../cost/fiscalYear";
import { positionColumnsOf, STATUS_CODE } from "../model/positionColumns";
import { positionValuesOf } from "../rollup/positionValues";
import { cellAt, sideCells } from "./sideCells";
import type { ComparisonDelta, DeltaLine, PlanSide, Totals } from "./planComparison";

// A module-local binding: read in the hot loops (tsx turns an imported binding into a getter call).
const MONTHS = COST_MONTHS;

/** One side's sums: per department, a year slot then 12 month slots (headcount, FTE in millionths, cost in ticks). */
interface SideSums {
  headcount: Float64Array;
  fteMicro: Float64Array;
  cost: Float64Array;
}

const SLOTS = 1 + MONTHS;

/** The departments of both sides: the baseline's in its order, then the plan's new ones. */
export interface DepartmentUnion {
  names: string[];
  /** Per side, the union index of each of its department codes (`positionColumnsOf(model).department`). */
  baselineCode: Int32Array;
  planCode: Int32Array;
}

export function departmentUnion(baseline: PlanSide, plan: PlanSide): DepartmentUnion {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const codes = (side: PlanSide) =>
    Int32Array.from(positionColumnsOf(side.analysis.model).departments, (name) => {
      let index = indexOf.get(name);
      if (index === undefined) {
        index = names.length;
        names.push(name);
        indexOf.set(name, index);
      }
      return index;
    });
  const baselineCode = codes(baseline);
  return { names, baselineCode, planCode: codes(plan) };
}

/** The months the comparison reports by: the baseline cost's, else the plan's; none when neither side was costed. */
export function comparisonMonths(baseline: PlanSide, plan: PlanSide): CostMonth[] {
  return baseline.cost?.months ?? plan.cost?.months ?? [];
}

/**
 * Δ headcount, FTE and cost, in total, by department, by month and department × month. Headcount counts the posts
 * of positions that are not closed (as the cost model does); by month, those in post at the month's end (start date
 * on or before it, end date on or after it). FTE likewise. Cost is the cost model's, fully loaded, per month.
 */
export function comparisonDelta(baseline: PlanSide, plan: PlanSide, union: DepartmentUnion): ComparisonDelta {
  const months = comparisonMonths(baseline, plan);
  const groups = union.names.length;
  const before = sideSums(baseline, union.baselineCode, groups, months);
  const after = sideSums(plan, union.planCode, groups, months);
  const line = (slot: number): DeltaLine => lineOf(before, after, slot);
  const totalSlot = groups * SLOTS;
  return {
    total: line(totalSlot),
    byDepartment: union.names.map((department, g) => ({
      department,
      ...line(g * SLOTS),
      months: months.map((_, m) => line(g * SLOTS + 1 + m)),
    })),
    byMonth: months.map((month, m) => ({ month, ...line(totalSlot + 1 + m) })),
  };
}

function lineOf(before: SideSums, after: SideSums, slot: number): DeltaLine {
  const baseline = totalsAt(before, slot);
  const plan = totalsAt(after, slot);
  return {
    baseline,
    plan,
    delta: {
      headcount: after.headcount[slot] - before.headcount[slot],
      fte: (after.fteMicro[slot] - before.fteMicro[slot]) / 1e6,
      cost: after.cost[slot] - before.cost[slot],
    },
  };
}

function totalsAt(sums: SideSums, slot: number): Totals {
  return { headcount: sums.headcount[slot], fte: sums.fteMicro[slot] / 1e6, cost: sums.cost[slot] };
}

/** Day number of Excel's serial 0 (1899-12-30), as the cost model reads date cells. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * One side summed per department (and in total, the slot after the last department), year and months. Cost comes
 * from the cost model's own department sums (its departments are the model's department codes); headcount and FTE
 * from each position's posts, FTE and dates.
 */
function sideSums(side: PlanSide, unionCode: Int32Array, groups: number, months: readonly CostMonth[]): SideSums {
  const size = (groups + 1) * SLOTS;
  const sums: SideSums = {
    headcount: new Float64Array(size),
    fteMicro: new Float64Array(size),
    cost: new Float64Array(size),
  };
  const { model } = side.analysis;
  const columns = positionColumnsOf(model);
  const values = positionValuesOf(model);
  const cost = side.cost;
  const count = model.positions.length;
  const monthCount = months.length;
  const totalBase = groups * SLOTS;
  if (cost !== undefined)
    cost.departments.forEach((department, code) => {
      const g = unionCode[code] * SLOTS;
      sums.cost[g] += department.total;
      for (let m = 0; m < monthCount; m++) sums.cost[g + 1 + m] += department.months[m];
    });
  // Posts in post all year go to the year's slot and to this "every month" sum, spread over the months at the end.
  const allYearHeadcount = new Float64Array(groups);
  const allYearFte = new Float64Array(groups);
  const yearFirst = monthCount > 0 ? months[0].last : 0;
  const yearLast = monthCount > 0 ? months[monthCount - 1].last : 0;
  const monthLast = Float64Array.from(months, (month) => month.last);
  const dates = positionDays(side);
  for (let p = 0; p < count; p++) {
    if (columns.status[p] === STATUS_CODE.closed) continue;
    const group = unionCode[columns.department[p]];
    const g = group * SLOTS;
    const posts = cost !== undefined ? cost.posts[p] : 1;
    const fteMicro = Math.round((cost !== undefined ? cost.fte[p] : values.fte[p]) * 1e6);
    sums.headcount[g] += posts;
    sums.fteMicro[g] += fteMicro;
    if (monthCount === 0) continue;
    const start = dates.start(p);
    const end = dates.end(p);
    if (start <= yearFirst && end >= yearLast) {
      allYearHeadcount[group] += posts;
      allYearFte[group] += fteMicro;
      continue;
    }
    for (let m = 0; m < monthCount; m++) {
      const last = monthLast[m];
      if (start > last || end < last) continue;
      sums.headcount[g + 1 + m] += posts;
      sums.fteMicro[g + 1 + m] += fteMicro;
    }
  }
  for (let group = 0; group < groups; group++) {
    const g = group * SLOTS;
    for (let m = 0; m < monthCount; m++) {
      sums.headcount[g + 1 + m] += allYearHeadcount[group];
      sums.fteMicro[g + 1 + m] += allYearFte[group];
    }
    for (let slot = 0; slot < SLOTS; slot++) {
      sums.headcount[totalBase + slot] += sums.headcount[g + slot];
      sums.fteMicro[totalBase + slot] += sums.fteMicro[g + slot];
      sums.cost[totalBase + slot] += sums.cost[g + slot];
    }
  }
  return sums;
}

/**
 * Each position's start and end day (−∞ / +∞ when blank): read from the cell when the side's grid is given and the
 * cell is a date serial (as the cost model reads it), else from the position's ISO date.
 */
function positionDays(side: PlanSide): { start(p: number): number; end(p: number): number } {
  const { positions } = side.analysis.model;
  const cells = sideCells(side.analysis, side.grid);
  const startColumn = cells?.column("startDate") ?? -1;
  const endColumn = cells?.column("endDate") ?? -1;
  const cache = new Map<string, number>();
  const dayOf = (iso: string | null, none: number): number => {
    if (iso === null) return none;
    let day = cache.get(iso);
    if (day === undefined) cache.set(iso, (day = dayOfIso(iso) ?? none));
    return day;
  };
  const read = (p: number, column: number, none: number, field: "startDate" | "endDate"): number => {
    if (cells !== undefined) {
      const cell = cellAt(cells.rowOf(p), column);
      if (cell === null || cell === undefined || cell === "") return none;
      if (typeof cell === "number" && Number.isFinite(cell) && cell >= 61) return Math.floor(cell) - EXCEL_EPOCH_OFFSET;
    }
    return dayOf(positions[p][field], none);
  };
  return {
    start: (p) => read(p, startColumn, -Infinity, "startDate"),
    end: (p) => read(p, endColumn, Infinity, "endDate"),
  };
}
