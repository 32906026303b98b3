import { BUDGET_FINDINGS } from "./budgetFindings";
import { COST_FINDINGS } from "./costFindings";
import { COVERAGE_FINDINGS } from "./coverageFindings";
import { DATA_FINDINGS } from "./dataFindings";
import type { FindingKind, FindingSpec } from "./findingSpec";
import { ORG_FINDINGS } from "./orgFindings";

export type { FindingKind, FindingSpec, MessageVariant, ParamFormat, ParamSpec, Severity } from "./findingSpec";

/**
 * Every finding code the core reports, in the order findings of one severity are listed. Stable: tests,
 * the command line's JSON and users' macros rely on the codes. Each kind declares its codes in its own
 * file (dataFindings, orgFindings, coverageFindings, costFindings, budgetFindings); this is their union.
 * To add a code: one entry in its kind's file, its messages (en + zh-CN) under `finding.<CODE>` and its
 * rule name `ui.rule.<CODE>` in src/i18n; the registry test checks that every placeholder of every
 * message is a declared param.
 */
export const FINDING_REGISTRY = {
  ...DATA_FINDINGS,
  ...ORG_FINDINGS,
  ...COVERAGE_FINDINGS,
  ...COST_FINDINGS,
  ...BUDGET_FINDINGS,
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDING_REGISTRY;

type Registry = typeof FINDING_REGISTRY;
type NumberFormat = "row" | "integer" | "number" | "money" | "percent";
type ValueOf<S> = S extends `${infer F}?` ? ValueOf<F> : S extends NumberFormat ? number : string;
type ParamsSpecOf<C extends FindingCode> = Registry[C]["params"];

/** The params of a finding of code `C`, typed from its declaration (optional params end in `?`). */
export type FindingParamsOf<C extends FindingCode> = {
  -readonly [K in keyof ParamsSpecOf<C> as ParamsSpecOf<C>[K] extends `${string}?` ? never : K]: ValueOf<
    ParamsSpecOf<C>[K]
  >;
} & {
  -readonly [K in keyof ParamsSpecOf<C> as ParamsSpecOf<C>[K] extends `${string}?` ? K : never]?: ValueOf<
    ParamsSpecOf<C>[K]
  >;
};

/** The spec of `code`. */
export function findingSpecOf(code: FindingCode): FindingSpec {
  return FINDING_REGISTRY[code];
}

export const FINDING_CODES = Object.keys(FINDING_REGISTRY) as FindingCode[];

export function codesOfKind(kind: FindingKind): FindingCode[] {
  return FINDING_CODES.filter((code) => FINDING_REGISTRY[code].kind === kind);
}
