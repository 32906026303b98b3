import { translate } from "../../i18n";
import type { FindingSpec } from "./findingSpec";

/** Headcount cost: salaries and rates the cost model could not find. */
export const COST_FINDINGS = {
  MISSING_SALARY: {
    kind: "cost",
    severity: "warning",
    params: { id: "text", row: "row", title: "title" },
    message: "finding.MISSING_SALARY",
    rule: "ui.rule.MISSING_SALARY",
  },
  MISSING_RATE: {
    kind: "cost",
    severity: "warning",
    // `table` says what is missing: "rates" (no Rates line for the location `subject`) or "fx" (no FX
    // rate for the currency `subject`); `count` positions are affected, listed in `idList`.
    params: { table: "text", subject: "text", count: "integer", idList: "text", monthList: "text" },
    message: "finding.MISSING_RATE",
    variants: { currency: { message: "finding.MISSING_RATE_CURRENCY" } },
    variantOf: (draft) => (draft.params.table === "fx" ? "currency" : undefined),
    derive: (params, lang) =>
      params.subject === "" ? { ...params, subject: translate(lang, "cost.noLocation") } : params,
    rule: "ui.rule.MISSING_RATE",
  },
} as const satisfies Record<string, FindingSpec>;
