import type {
  CoverageChange,
  DeltaLine,
  FieldValue,
  PlanComparison,
  StructureDelta,
  Totals,
} from "../core/compare/planComparison";
import type { BudgetVarianceJson } from "../core/budget/budgetJson";
import { ticksToAmount } from "../core/cost/decimal";
import type { LocalizedFinding } from "../core/findings/finding";
import { localizeFinding } from "../core/findings/localizeFinding";
import type { Lang, Translate } from "../i18n";

/** Baseline, plan and plan − baseline of one figure. */
export interface BeforeAfterJson {
  baseline: number;
  plan: number;
  delta: number;
}

/** Headcount, FTE and cost (money rounded half up to the cent, as `orgwright cost` prints it). */
export interface DeltaJson {
  headcount: BeforeAfterJson;
  fte: BeforeAfterJson;
  cost: BeforeAfterJson;
}

/** What `orgwright compare` prints as JSON (see docs/planning.md). */
export interface CompareJson {
  currency: string;
  months: string[];
  /** False when the cost is not compared (a side not costed, or costed in another currency): cost figures are 0. */
  costed: boolean;
  matching: { rule: string; matched: number; renamed: { baselineId: string; planId: string }[] };
  added: { id: string; row: number; title: string; department: string }[];
  removed: { id: string; row: number; title: string; department: string; status: string; manager: string }[];
  moved: {
    id: string;
    baselineId: string;
    baselineRow: number;
    planRow: number;
    title: string;
    department: string;
    from: string;
    to: string;
  }[];
  changed: {
    id: string;
    baselineId: string;
    baselineRow: number;
    planRow: number;
    title: string;
    department: string;
    changes: { field: string; before: FieldValue; after: FieldValue }[];
  }[];
  delta: DeltaJson & {
    departments: ({ department: string } & DeltaJson & { months: ({ month: string } & DeltaJson)[] })[];
    months: ({ month: string } & DeltaJson)[];
  };
  bridge: {
    baseline: number;
    steps: { step: string; label: string; amount: number; positions: number; months: number[] }[];
    plan: number;
  };
  /** With their messages, in the output's language. */
  findings: { new: LocalizedFinding[]; resolved: LocalizedFinding[] };
  /** Δ spans of control (managers, median, mean, widest, bands, the managers whose span changed) and layers. */
  structure: StructureDelta;
  /** Capabilities that lose (or gain) their last filled holder, in the whole org or a department. */
  coverage: CoverageChange[];
  /**
   * The plan held against the Budget table of the plan's workbook (`source: "plan"`), else of the baseline's; absent
   * when neither has one. `findings`: OVER_BUDGET_HEADCOUNT, OVER_BUDGET_COST, BUDGET_UNMATCHED… of the plan.
   */
  budget?: { source: "plan" | "baseline" } & BudgetVarianceJson & { findings: LocalizedFinding[] };
}

const fte = (value: number) => Math.round(value * 1e6) / 1e6;

function totalsOf(line: DeltaLine, money: (ticks: number) => number): DeltaJson {
  const pick = (key: keyof Totals, round: (value: number) => number): BeforeAfterJson => ({
    baseline: round(line.baseline[key]),
    plan: round(line.plan[key]),
    delta: round(line.delta[key]),
  });
  return { headcount: pick("headcount", (n) => n), fte: pick("fte", fte), cost: pick("cost", money) };
}

/**
 * The comparison as plain JSON: IDs, rows and field values as the tables hold them, money in the reporting currency
 * rounded half up to the cent from the exact sums (so Δ is the rounded exact difference, not a difference of
 * rounded figures), FTE to six decimals.
 */
export function toCompareJson(comparison: PlanComparison, t: Translate, lang: Lang): CompareJson {
  const { delta, bridge } = comparison;
  // Costs in two currencies (or a side not costed) are not compared: every amount is 0 and `costed` says why.
  const money = comparison.costed ? ticksToAmount : () => 0;
  const totalsJson = (line: DeltaLine) => totalsOf(line, money);
  return {
    currency: comparison.currency,
    months: delta.byMonth.map((line) => line.month.key),
    costed: comparison.costed,
    matching: {
      rule: comparison.matching.rule,
      matched: comparison.matching.matched,
      renamed: comparison.matching.renamed.map(({ baselineId, planId }) => ({ baselineId, planId })),
    },
    added: comparison.added.map(({ id, row, title, department }) => ({ id, row, title, department })),
    removed: comparison.removed.map(({ id, row, title, department, status, manager }) => ({
      id,
      row,
      title,
      department,
      status,
      manager,
    })),
    moved: comparison.moved.map((moved) => ({
      id: moved.id,
      baselineId: moved.baselineId,
      baselineRow: moved.baselineRow,
      planRow: moved.planRow,
      title: moved.title,
      department: moved.department,
      from: moved.fromManager,
      to: moved.toManager,
    })),
    changed: comparison.changed.map((changed) => ({
      id: changed.id,
      baselineId: changed.baselineId,
      baselineRow: changed.baselineRow,
      planRow: changed.planRow,
      title: changed.title,
      department: changed.department,
      changes: changed.changes.map(({ field, before, after }) => ({ field, before, after })),
    })),
    delta: {
      ...totalsJson(delta.total),
      departments: delta.byDepartment.map((line) => ({
        department: line.department,
        ...totalsJson(line),
        months: line.months.map((month, m) => ({ month: delta.byMonth[m]?.month.key ?? "", ...totalsJson(month) })),
      })),
      months: delta.byMonth.map((line) => ({ month: line.month.key, ...totalsJson(line) })),
    },
    bridge: {
      baseline: money(bridge.baseline),
      steps: bridge.steps.map((step) => ({
        step: step.key,
        label: bridgeStepLabel(step.key, t),
        amount: money(step.total),
        positions: step.positions,
        months: Array.from(step.months, money),
      })),
      plan: money(bridge.plan),
    },
    findings: {
      new: comparison.findings.new.map((finding) => localizeFinding(finding, lang)),
      resolved: comparison.findings.resolved.map((finding) => localizeFinding(finding, lang)),
    },
    structure: comparison.structure,
    coverage: comparison.coverage,
  };
}

/** A bridge step's name in the user's language. */
export function bridgeStepLabel(key: string, t: Translate): string {
  const messageKey = `compare.bridge.${key}`;
  const text = t(messageKey as Parameters<Translate>[0]);
  return text === messageKey ? key : text;
}
