import type { FindingSpec } from "./findingSpec";

/** Budget against plan: the Budget table's lines held against the cost model (docs/cost.md, "Budget"). */
export const BUDGET_FINDINGS = {} as const satisfies Record<string, FindingSpec>;
