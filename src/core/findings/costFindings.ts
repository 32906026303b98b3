import { translate, type Lang } from "../../i18n";
import { monthRuns } from "../budget/monthRuns";
import type { FindingParams } from "./finding";
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
  RATE_CARRIED_FORWARD: {
    kind: "cost",
    severity: "info",
    // A location with built-in default rates and none in force for `monthKeys` ("2026-07,2026-08"), after the last
    // built-in period (`periodFrom`–`periodTo`, ISO dates): that period's lines were used; `count` positions
    // (`idList`) are affected. `months` is `monthKeys` written as runs in the user's language.
    params: {
      location: "text",
      monthKeys: "text",
      months: "text?",
      periodFrom: "date",
      periodTo: "date",
      count: "integer",
      idList: "text",
    },
    message: "finding.RATE_CARRIED_FORWARD",
    derive: (params: FindingParams, lang: Lang) =>
      typeof params.monthKeys === "string" ? { ...params, months: monthRuns(params.monthKeys, lang) } : params,
    rule: "ui.rule.RATE_CARRIED_FORWARD",
  },
} as const satisfies Record<string, FindingSpec>;
