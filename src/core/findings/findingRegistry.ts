import { translate, type Lang, type MessageKey } from "../../i18n";
import { describeFormulaError } from "../cells/formulaError";
import { withSpanBandLabel } from "../checks/spanBandLabel";
import type { FindingDraft, FindingParams } from "./finding";

/** What a finding is about: the data as read, the org's shape (spans, layers, grades), coverage, or cost. */
export type FindingKind = "data" | "org" | "coverage" | "cost";

export type Severity = "error" | "warning" | "info";

/**
 * How one message param is written at the edge, in the user's language:
 * - `text`: as is (cell text, IDs, headers, lists already joined);
 * - `title`: a position's title; blank reads "untitled";
 * - `row`: a sheet row number, never grouped ("row 12345");
 * - `integer` / `number`: a count or amount, grouped for the locale ("12,345"; up to 2 decimals);
 * - `money`: a decimal amount with its currency (the finding's `currency` param), two decimals;
 * - `percent`: a fraction (0.155) as a percentage ("15.5%");
 * - `date`: an ISO date ("2025-03-01") written the locale's way.
 * A trailing `?` marks a param the finding may leave out.
 */
export type ParamFormat = "text" | "title" | "row" | "integer" | "number" | "money" | "percent" | "date";
export type ParamSpec = ParamFormat | `${ParamFormat}?`;

/** One way a code's message can read, with its own message key (and severity, when it differs). */
export interface MessageVariant {
  message: MessageKey;
  severity?: Severity;
}

/**
 * One finding code, declared once: its kind, its severity, the params its messages are built from, its
 * message (and variants), and the rule's short name in the pane.
 */
export interface FindingSpec {
  kind: FindingKind;
  severity: Severity;
  /** Other severities a producer may give this code (e.g. a formula error in a key column is an error). */
  alsoSeverities?: readonly Severity[];
  params: Readonly<Record<string, ParamSpec>>;
  message: MessageKey;
  /** Named variants of the message; `variantOf` (declared beside them) says which one a finding reads. */
  variants?: Readonly<Record<string, MessageVariant>>;
  variantOf?: (draft: FindingDraft) => string | undefined;
  /** Params named in the user's language, made from language-neutral ones (a field's key, a span band's key). */
  derive?: (params: FindingParams, lang: Lang) => FindingParams;
  /** The rule's short name ("Span too wide"), for the pane's groups. */
  rule: MessageKey;
}

/**
 * Every finding code the core reports, in the order findings of one severity are listed. Stable: tests,
 * the command line's JSON and users' macros rely on the codes. To add a code: one entry here, its
 * messages (en + zh-CN) under `finding.<CODE>` and its rule name `ui.rule.<CODE>` in src/i18n; the
 * registry test checks that every placeholder of every message is a declared param.
 */
export const FINDING_REGISTRY = {
  // Data: the positions table as read.
  MISSING_COLUMN: {
    kind: "data",
    severity: "error",
    // `field` is filled at the edge from `fieldKey` (the field's name in the user's language).
    params: { fieldKey: "text", field: "text", aliases: "text" },
    derive: (params, lang) =>
      typeof params.fieldKey === "string"
        ? { ...params, field: translate(lang, `field.${params.fieldKey}` as MessageKey) }
        : params,
    message: "finding.MISSING_COLUMN",
    rule: "ui.rule.MISSING_COLUMN",
  },
  MISSING_ID: {
    kind: "data",
    severity: "error",
    params: { row: "row" },
    message: "finding.MISSING_ID",
    rule: "ui.rule.MISSING_ID",
  },
  DUPLICATE_ID: {
    kind: "data",
    severity: "error",
    // `renamed`: other posts under the same ID, kept in the chart under suffixed IDs ("“A (2)” (9)").
    params: { id: "text", count: "integer", rowList: "text", renamed: "text?" },
    message: "finding.DUPLICATE_ID",
    variants: { collision: { message: "finding.DUPLICATE_ID_RENAMED" } },
    variantOf: (draft) => (draft.params.renamed !== undefined ? "collision" : undefined),
    rule: "ui.rule.DUPLICATE_ID",
  },
  SHARED_POST: {
    kind: "data",
    severity: "info",
    params: { id: "text", count: "integer", rowList: "text", holderList: "text" },
    message: "finding.SHARED_POST",
    rule: "ui.rule.SHARED_POST",
  },
  SHARED_POST_OVER_FTE: {
    kind: "data",
    severity: "warning",
    params: { id: "text", fte: "number", postFte: "number", rowList: "text" },
    message: "finding.SHARED_POST_OVER_FTE",
    rule: "ui.rule.SHARED_POST_OVER_FTE",
  },
  UNKNOWN_MANAGER: {
    kind: "data",
    severity: "error",
    alsoSeverities: ["warning"],
    params: { id: "text", row: "row", manager: "text" },
    message: "finding.UNKNOWN_MANAGER",
    variants: { dottedLine: { message: "finding.UNKNOWN_DOTTED_MANAGER", severity: "warning" } },
    variantOf: (draft) => (draft.field === "dottedLineTo" ? "dottedLine" : undefined),
    rule: "ui.rule.UNKNOWN_MANAGER",
  },
  SELF_REPORT: {
    kind: "data",
    severity: "error",
    alsoSeverities: ["warning"],
    params: { id: "text", row: "row" },
    message: "finding.SELF_REPORT",
    rule: "ui.rule.SELF_REPORT",
  },
  CYCLE: {
    kind: "data",
    severity: "error",
    params: { id: "text", path: "text", count: "integer" },
    message: "finding.CYCLE",
    rule: "ui.rule.CYCLE",
  },
  MULTIPLE_ROOTS: {
    kind: "data",
    severity: "warning",
    params: { count: "integer", idList: "text" },
    message: "finding.MULTIPLE_ROOTS",
    rule: "ui.rule.MULTIPLE_ROOTS",
  },
  INVALID_NUMBER: {
    kind: "data",
    severity: "warning",
    // `table`: set when the cell is in a support table (rates, fx).
    params: { row: "row", id: "text", column: "text", value: "text", table: "text?" },
    message: "finding.INVALID_NUMBER",
    rule: "ui.rule.INVALID_NUMBER",
  },
  INVALID_DATE: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", column: "text", value: "text", table: "text?" },
    message: "finding.INVALID_DATE",
    rule: "ui.rule.INVALID_DATE",
  },
  FORMULA_ERROR: {
    kind: "data",
    severity: "warning",
    alsoSeverities: ["error"],
    // `table`: set when the cell is in a support table (capabilities, departments, rates, fx).
    params: { row: "row", column: "text", value: "text", id: "text", table: "text?" },
    // The error ("#N/A") with its meaning in the user's language: "#N/A（找不到值）".
    derive: (params, lang) =>
      typeof params.value === "string" ? { ...params, value: describeFormulaError(params.value, lang) } : params,
    message: "finding.FORMULA_ERROR",
    rule: "ui.rule.FORMULA_ERROR",
  },
  END_BEFORE_START: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", start: "date", end: "date" },
    message: "finding.END_BEFORE_START",
    rule: "ui.rule.END_BEFORE_START",
  },
  MANAGER_BY_NAME: {
    kind: "data",
    severity: "info",
    params: { id: "text", row: "row", manager: "text", managerId: "text" },
    message: "finding.MANAGER_BY_NAME",
    rule: "ui.rule.MANAGER_BY_NAME",
  },
  MANAGER_PLACEHOLDER: {
    kind: "data",
    severity: "info",
    params: { placeholder: "text", count: "integer", idList: "text" },
    message: "finding.MANAGER_PLACEHOLDER",
    rule: "ui.rule.MANAGER_PLACEHOLDER",
  },
  // Data: the support tables (Capabilities, Departments), each problem with its own code.
  MISSING_CAPABILITY_NAME: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_CAPABILITY_NAME",
    rule: "ui.rule.MISSING_CAPABILITY_NAME",
  },
  DUPLICATE_CAPABILITY: {
    kind: "data",
    severity: "warning",
    params: { id: "text", count: "integer", rowList: "text", sheet: "text" },
    message: "finding.DUPLICATE_CAPABILITY",
    rule: "ui.rule.DUPLICATE_CAPABILITY",
  },
  INVALID_REQUIRED_HOLDERS: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", column: "text", value: "text", default: "integer" },
    message: "finding.INVALID_REQUIRED_HOLDERS",
    rule: "ui.rule.INVALID_REQUIRED_HOLDERS",
  },
  MISSING_DEPARTMENT_NAME: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_DEPARTMENT_NAME",
    rule: "ui.rule.MISSING_DEPARTMENT_NAME",
  },
  DUPLICATE_DEPARTMENT: {
    kind: "data",
    severity: "warning",
    params: { id: "text", count: "integer", rowList: "text", sheet: "text" },
    message: "finding.DUPLICATE_DEPARTMENT",
    rule: "ui.rule.DUPLICATE_DEPARTMENT",
  },
  MISSING_RATE_LOCATION: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_RATE_LOCATION",
    rule: "ui.rule.MISSING_RATE_LOCATION",
  },
  MISSING_FX_CURRENCY: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_FX_CURRENCY",
    rule: "ui.rule.MISSING_FX_CURRENCY",
  },
  // The org checks.
  SPAN_TOO_WIDE: {
    kind: "org",
    severity: "warning",
    // `band` is filled at the edge from `bandKey` (and `department`) in the user's language.
    params: {
      id: "text",
      title: "title",
      span: "integer",
      min: "integer",
      max: "integer",
      bandKey: "text",
      band: "text",
      department: "text?",
    },
    message: "finding.SPAN_TOO_WIDE",
    derive: withSpanBandLabel,
    rule: "ui.rule.SPAN_TOO_WIDE",
  },
  SPAN_TOO_NARROW: {
    kind: "org",
    severity: "warning",
    params: {
      id: "text",
      title: "title",
      span: "integer",
      min: "integer",
      max: "integer?",
      bandKey: "text",
      band: "text",
      department: "text?",
    },
    message: "finding.SPAN_TOO_NARROW",
    derive: withSpanBandLabel,
    rule: "ui.rule.SPAN_TOO_NARROW",
  },
  SINGLE_REPORT_CHAIN: {
    kind: "org",
    severity: "warning",
    params: { upper: "text", upperTitle: "title", id: "text", title: "title", lower: "text", lowerTitle: "title" },
    message: "finding.SINGLE_REPORT_CHAIN",
    rule: "ui.rule.SINGLE_REPORT_CHAIN",
  },
  LAYERS_EXCEEDED: {
    kind: "org",
    severity: "warning",
    params: { id: "text", title: "title", layer: "integer", maxLayers: "integer", below: "integer" },
    message: "finding.LAYERS_EXCEEDED",
    rule: "ui.rule.LAYERS_EXCEEDED",
  },
  GRADE_INVERSION: {
    kind: "org",
    severity: "warning",
    params: {
      id: "text",
      title: "title",
      grade: "text",
      managerId: "text",
      managerTitle: "title",
      managerGrade: "text",
    },
    message: "finding.GRADE_INVERSION",
    rule: "ui.rule.GRADE_INVERSION",
  },
  VACANT_MANAGER: {
    kind: "org",
    severity: "warning",
    params: { id: "text", title: "title", reports: "integer", status: "text" },
    message: "finding.VACANT_MANAGER",
    rule: "ui.rule.VACANT_MANAGER",
  },
  UNKNOWN_ARCHETYPE: {
    kind: "org",
    severity: "warning",
    params: { value: "text", id: "text", row: "row" },
    message: "finding.UNKNOWN_ARCHETYPE",
    rule: "ui.rule.UNKNOWN_ARCHETYPE",
  },
  // Coverage. `capability` and `area` are filled at the edge from their En/Zh params.
  CAPABILITY_UNCOVERED: {
    kind: "coverage",
    severity: "error",
    // A warning against the default catalogue or the sheet's own names: only the workbook's catalogue is a must.
    alsoSeverities: ["warning"],
    params: CAPABILITY_PARAMS(),
    message: "finding.CAPABILITY_UNCOVERED",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_UNCOVERED",
  },
  CAPABILITY_SINGLE_HOLDER: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), name: "text", required: "integer" },
    message: "finding.CAPABILITY_SINGLE_HOLDER",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_SINGLE_HOLDER",
  },
  CAPABILITY_VACANT_ONLY: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), count: "integer", idList: "text" },
    message: "finding.CAPABILITY_VACANT_ONLY",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_VACANT_ONLY",
  },
  CAPABILITY_FRAGMENTED: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), count: "integer", departmentList: "text", max: "integer" },
    message: "finding.CAPABILITY_FRAGMENTED",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_FRAGMENTED",
  },
  UNKNOWN_CAPABILITY: {
    kind: "coverage",
    severity: "warning",
    params: { name: "text", id: "text", row: "row", suggestion: "text?" },
    message: "finding.UNKNOWN_CAPABILITY",
    variants: { suggestion: { message: "finding.UNKNOWN_CAPABILITY_SUGGESTION" } },
    variantOf: (draft) => (draft.params.suggestion !== undefined ? "suggestion" : undefined),
    rule: "ui.rule.UNKNOWN_CAPABILITY",
  },
  SUPPORT_MISSING: {
    kind: "coverage",
    severity: "warning",
    params: { department: "text", supporter: "text", unknownDepartment: "text?" },
    message: "finding.SUPPORT_MISSING",
    variants: { unknownDepartment: { message: "finding.SUPPORT_MISSING_UNKNOWN_DEPARTMENT" } },
    variantOf: (draft) => (draft.params.unknownDepartment !== undefined ? "unknownDepartment" : undefined),
    rule: "ui.rule.SUPPORT_MISSING",
  },
  // Cost.
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

/** `capability` and `area` in the user's language, from the params the coverage findings carry in both. */
function capabilityInLang(params: FindingParams, lang: Lang): FindingParams {
  const zh = lang === "zh-CN";
  const named = { ...params };
  if (params.capabilityEn !== undefined) named.capability = (zh ? params.capabilityZh : params.capabilityEn) ?? "";
  if (params.areaEn !== undefined) named.area = (zh ? params.areaZh : params.areaEn) ?? "";
  return named;
}

function CAPABILITY_PARAMS() {
  return {
    capability: "text",
    area: "text",
    capabilityKey: "text",
    capabilityEn: "text",
    capabilityZh: "text",
    areaEn: "text",
    areaZh: "text",
  } as const;
}

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
