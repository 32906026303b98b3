import { useMemo } from "react";
import { comparePlans, type PlanComparison } from "../../core/compare/planComparison";
import { chartChangesOf, type ChartChanges } from "../../chart/chartChanges";
import type { AnalysedWorkbook } from "../../pipeline/workbookAnalyser";
import type { PlanGlance } from "../plan/planGlance";
import type { PlansState } from "./usePlans";

/** What the shown plan is compared with: the current org, or another plan (by its sheet). */
export type CompareWith = { kind: "current" } | { kind: "plan"; sheet: string };

function sideOf(loaded: AnalysedWorkbook) {
  return { analysis: loaded.analysis, cost: loaded.cost };
}

/**
 * The shown plan compared with the current org (or another plan): the comparison the Plan tab lists, and the
 * chart's colouring by change (each position's kind, and the compared version's removed positions as ghosts).
 * Worked out once both sides' checks are done; undefined until then.
 */
export function usePlanComparison(
  current: AnalysedWorkbook | undefined,
  plans: PlansState,
  against: CompareWith,
): { comparison?: PlanComparison; changes?: ChartChanges; pending: boolean } {
  const plan = plans.shown?.loaded;
  const other = against.kind === "plan" ? plans.analysed.get(against.sheet) : undefined;
  const baseline = against.kind === "current" ? current : other === "unavailable" ? undefined : other;
  const comparison = useMemo(
    () => (plan && baseline ? comparePlans(sideOf(baseline), sideOf(plan)) : undefined),
    [plan, baseline],
  );
  const changes = useMemo<ChartChanges | undefined>(() => comparison && chartChangesOf(comparison), [comparison]);
  return { comparison, changes, pending: plans.shown !== undefined && !comparison && other !== "unavailable" };
}

/** Each plan's headcount and cost against the current org, for the list (the shown plan's with its edits). */
export function usePlanGlances(current: AnalysedWorkbook | undefined, plans: PlansState): Map<string, PlanGlance> {
  return useMemo(() => {
    const glances = new Map<string, PlanGlance>();
    for (const plan of plans.plans) {
      const loaded = plans.analysed.get(plan.sheetName);
      if (loaded === "unavailable") glances.set(plan.sheetName, { state: "unavailable" });
      else if (!loaded || !current) glances.set(plan.sheetName, { state: "pending" });
      else {
        const { delta, currency, costed } = comparePlans(sideOf(current), sideOf(loaded));
        glances.set(plan.sheetName, {
          state: "ready",
          headcount: delta.total.plan.headcount,
          deltaHeadcount: delta.total.delta.headcount,
          ...(costed ? { cost: delta.total.plan.cost, deltaCost: delta.total.delta.cost } : {}),
          currency,
        });
      }
    }
    return glances;
  }, [current, plans.analysed, plans.plans]);
}
