import { MONTHS as COST_MONTHS } from "../cost/costHeadcount";
import { positionColumnsOf } from "../model/positionColumns";
import type { DepartmentUnion } from "./comparisonDelta";
import type { BridgeStep, CostBridge, PlanSide, PositionMatching } from "./planComparison";
import { BRIDGE_STEP_KEYS } from "./bridgeSteps";
import { fieldBit } from "./changeFields";
import type { PositionChanges } from "./positionChanges";

// A module-local binding: read in the hot loops (tsx turns an imported binding into a getter call).
const MONTHS = COST_MONTHS;

const NEW_HIRES = 0;
const REMOVED = 1;
const MOVES = 2;
const PAY = 3;
const TIMING = 4;
const OTHER = 5;

/** Fields whose change changes what a post is paid (its rate): FTE, salary, currency, status, location (on-costs). */
const PAY_FIELDS =
  fieldBit("fte") | fieldBit("baseSalary") | fieldBit("currency") | fieldBit("status") | fieldBit("location");
/** Fields whose change changes when a post is paid. */
const TIMING_FIELDS = fieldBit("startDate") | fieldBit("endDate");

/**
 * The cost bridge from the baseline's cost to the plan's, every amount the cost model's (fully loaded, ticks):
 * - newHires: the plan's cost of each added position;
 * - removed: minus the baseline's cost of each removed position;
 * - moves: a matched position whose department changed takes its baseline cost from the old department to the new
 *   one (− in the old, + in the new: zero for the whole org, shown per department);
 * - then each matched position's change of cost (plan − baseline, in its plan department):
 *   payChanges when only FTE, salary, currency, status or location changed; timing when only the start or end date
 *   changed; when both changed, month by month — a month costed on one side only is timing, else pay; other when
 *   none of them changed (the cost columns beyond the compared fields — bonus, allowances, posts — or the two sides'
 *   rates and settings).
 * baseline + Σ steps = plan exactly, in total, in each month and in each department.
 */
export function costBridge(
  baseline: PlanSide,
  plan: PlanSide,
  matching: PositionMatching,
  changes: PositionChanges,
  union: DepartmentUnion,
): CostBridge {
  const groups = union.names.length;
  const stepMonths = BRIDGE_STEP_KEYS.map(() => new Float64Array(MONTHS));
  const stepDepartments = BRIDGE_STEP_KEYS.map(() => new Float64Array(groups));
  const stepPositions = new Int32Array(BRIDGE_STEP_KEYS.length);
  const before = baseline.cost;
  const after = plan.cost;
  const baselineDepartment = positionColumnsOf(baseline.analysis.model).department;
  const planDepartment = positionColumnsOf(plan.analysis.model).department;
  const { baselineOfPlan, planOfBaseline } = matching;

  /** Adds `sign` × a side's months of position `index` to a step in department `g`; returns the amount. */
  const addMonths = (
    step: number,
    g: number,
    months: Float64Array,
    pay: Float64Array,
    onCosts: Float64Array,
    index: number,
    sign: number,
  ) => {
    let sum = 0;
    const base = index * MONTHS;
    for (let m = 0; m < MONTHS; m++) {
      const amount = sign * (pay[base + m] + onCosts[base + m]);
      months[m] += amount;
      sum += amount;
    }
    stepDepartments[step][g] += sum;
    return sum;
  };

  if (before !== undefined)
    for (let b = 0; b < planOfBaseline.length; b++) {
      if (planOfBaseline[b] >= 0 || before.positionTotals[b] === 0) continue;
      const g = union.baselineCode[baselineDepartment[b]];
      addMonths(REMOVED, g, stepMonths[REMOVED], before.pay, before.onCosts, b, -1);
      stepPositions[REMOVED]++;
    }

  // A side without a cost counts 0 everywhere.
  const beforePay = before?.pay ?? new Float64Array(planOfBaseline.length * MONTHS);
  const beforeOnCosts = before?.onCosts ?? beforePay;
  const beforeTotals = before?.positionTotals ?? new Float64Array(planOfBaseline.length);
  const afterPay = after?.pay ?? new Float64Array(baselineOfPlan.length * MONTHS);
  const afterOnCosts = after?.onCosts ?? afterPay;
  const afterTotals = after?.positionTotals ?? new Float64Array(baselineOfPlan.length);
  const { changedFields } = changes;
  const { baselineCode, planCode } = union;
  const used = new Uint8Array(BRIDGE_STEP_KEYS.length);
  for (let p = 0; p < baselineOfPlan.length; p++) {
    const b = baselineOfPlan[p];
    const to = planCode[planDepartment[p]];
    if (b < 0) {
      if (afterTotals[p] !== 0) {
        addMonths(NEW_HIRES, to, stepMonths[NEW_HIRES], afterPay, afterOnCosts, p, 1);
        stepPositions[NEW_HIRES]++;
      }
      continue;
    }
    const from = baselineCode[baselineDepartment[b]];
    const baseTotal = beforeTotals[b];
    if (from !== to && baseTotal !== 0) {
      addMonths(MOVES, from, stepMonths[MOVES], beforePay, beforeOnCosts, b, -1);
      addMonths(MOVES, to, stepMonths[MOVES], beforePay, beforeOnCosts, b, 1);
      stepPositions[MOVES]++;
    }
    const bm = b * MONTHS;
    const pm = p * MONTHS;
    if (afterTotals[p] === baseTotal) {
      // Equal years: done unless cost moved between months.
      let m = 0;
      while (m < MONTHS && beforePay[bm + m] + beforeOnCosts[bm + m] === afterPay[pm + m] + afterOnCosts[pm + m]) m++;
      if (m === MONTHS) continue;
    }
    const fields = changedFields[p];
    const pay = (fields & PAY_FIELDS) !== 0;
    const timing = (fields & TIMING_FIELDS) !== 0;
    used.fill(0);
    for (let m = 0; m < MONTHS; m++) {
      const was = beforePay[bm + m] + beforeOnCosts[bm + m];
      const now = afterPay[pm + m] + afterOnCosts[pm + m];
      const difference = now - was;
      if (difference === 0) continue;
      const step = pay && timing ? (was === 0 || now === 0 ? TIMING : PAY) : pay ? PAY : timing ? TIMING : OTHER;
      stepMonths[step][m] += difference;
      stepDepartments[step][to] += difference;
      used[step] = 1;
    }
    for (let s = 0; s < used.length; s++) stepPositions[s] += used[s];
  }

  const steps: BridgeStep[] = BRIDGE_STEP_KEYS.map((key, s) => {
    let total = 0;
    for (let m = 0; m < MONTHS; m++) total += stepMonths[s][m];
    return { key, total, months: stepMonths[s], byDepartment: stepDepartments[s], positions: stepPositions[s] };
  });
  return { baseline: before?.total ?? 0, plan: after?.total ?? 0, steps };
}
