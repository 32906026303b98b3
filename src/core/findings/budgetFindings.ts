import type { FindingParams } from "./finding";
import type { FindingSpec } from "./findingSpec";
import type { Lang } from "../../i18n";
import { monthRuns } from "../budget/monthRuns";

/** `months` in the user's language ("Jul–Dec 2026", "2026年7–12月") from the language-neutral `monthKeys`. */
function monthsInLang(params: FindingParams, lang: Lang): FindingParams {
  const named = { ...params };
  if (typeof params.monthKeys === "string") named.months = monthRuns(params.monthKeys, lang);
  if (typeof params.fiscalKeys === "string") named.fiscalYear = monthRuns(params.fiscalKeys, lang);
  return named;
}

/** A message for one month, another (naming the largest excess) for several. */
const severalMonths = (draft: { params: FindingParams }) =>
  String(draft.params.monthKeys ?? "").includes(",") ? "several" : undefined;

/**
 * Budget against plan: the Budget table's lines held against the cost model (docs/cost.md, "Budget"). Variance is
 * actual − budget; `monthKeys` lists the months concerned ("2026-07,2026-08"), written as runs at the edge.
 */
export const BUDGET_FINDINGS = {
  OVER_BUDGET_HEADCOUNT: {
    kind: "cost",
    severity: "warning",
    // `budget`, `actual` and `over` are the month with the largest excess.
    params: {
      department: "text",
      by: "text",
      monthKeys: "text",
      months: "text?",
      budget: "number",
      actual: "number",
      over: "number",
    },
    message: "finding.OVER_BUDGET_HEADCOUNT",
    variants: { several: { message: "finding.OVER_BUDGET_HEADCOUNT_MONTHS" } },
    variantOf: severalMonths,
    derive: monthsInLang,
    rule: "ui.rule.OVER_BUDGET_HEADCOUNT",
  },
  OVER_BUDGET_COST: {
    kind: "cost",
    severity: "warning",
    // Sums over the months named (`annual`: "true" when an annual budget is compared with the year's total).
    params: {
      department: "text",
      by: "text",
      monthKeys: "text",
      months: "text?",
      budget: "money",
      actual: "money",
      over: "money",
      currency: "text",
      annual: "text?",
    },
    message: "finding.OVER_BUDGET_COST",
    variants: { annual: { message: "finding.OVER_BUDGET_COST_ANNUAL" } },
    variantOf: (draft) => (draft.params.annual === "true" ? "annual" : undefined),
    derive: monthsInLang,
    rule: "ui.rule.OVER_BUDGET_COST",
  },
  // The Budget table: lines that are not compared.
  BUDGET_UNMATCHED: {
    kind: "cost",
    severity: "warning",
    // `name`: the department or cost center as written; `column`: its header in the Budget table.
    params: { name: "text", by: "text", column: "text", count: "integer", rowList: "text", sheet: "text" },
    message: "finding.BUDGET_UNMATCHED",
    variants: { costCenter: { message: "finding.BUDGET_UNMATCHED_COST_CENTER" } },
    variantOf: (draft) => (draft.params.by === "costCenter" ? "costCenter" : undefined),
    rule: "ui.rule.BUDGET_UNMATCHED",
  },
  BUDGET_OUTSIDE_YEAR: {
    kind: "cost",
    severity: "info",
    params: { count: "integer", rowList: "text", fiscalKeys: "text", fiscalYear: "text?", sheet: "text" },
    message: "finding.BUDGET_OUTSIDE_YEAR",
    derive: monthsInLang,
    rule: "ui.rule.BUDGET_OUTSIDE_YEAR",
  },
} as const satisfies Record<string, FindingSpec>;
