import type { FieldKey } from "../columns/fields";

/** Problems in the data as read (the positions table, and the Capabilities and Departments tables). */
export const DATA_FINDING_CODES = [
  "MISSING_COLUMN",
  "MISSING_ID",
  "DUPLICATE_ID",
  "UNKNOWN_MANAGER",
  "SELF_REPORT",
  "CYCLE",
  "MULTIPLE_ROOTS",
  "INVALID_NUMBER",
  "INVALID_DATE",
  "FORMULA_ERROR",
  "END_BEFORE_START",
  "MANAGER_BY_NAME",
  "MANAGER_PLACEHOLDER",
  "SHARED_POST",
  "SHARED_POST_OVER_FTE",
] as const;

/** The org checks: spans, layers, grades. */
export const ORG_CHECK_CODES = [
  "SPAN_TOO_WIDE",
  "SPAN_TOO_NARROW",
  "SINGLE_REPORT_CHAIN",
  "LAYERS_EXCEEDED",
  "GRADE_INVERSION",
  "VACANT_MANAGER",
  "UNKNOWN_ARCHETYPE",
] as const;

/** Cross-department coverage of responsibilities. */
export const COVERAGE_CODES = [
  "CAPABILITY_UNCOVERED",
  "CAPABILITY_SINGLE_HOLDER",
  "CAPABILITY_VACANT_ONLY",
  "CAPABILITY_FRAGMENTED",
  "UNKNOWN_CAPABILITY",
  "SUPPORT_MISSING",
] as const;

/** Every finding code the core reports. Stable: tests, the command line's JSON and users' macros rely on them. */
export const FINDING_CODES = [...DATA_FINDING_CODES, ...ORG_CHECK_CODES, ...COVERAGE_CODES] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = "error" | "warning" | "info";

/** Values a finding's message is built from. */
export type FindingParams = Record<string, string | number>;

/**
 * A problem in the data, as a value: what it is (`code`), how bad (`severity`), where (`rows`, as
 * Excel numbers them, and the position `ids`), and a message in the user's language.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * Sheet rows involved, 1-based. Ascending, unless the order says something: a grade inversion gives
   * the report then the manager, a one-over-one chain top down, a layers finding the first position
   * beyond the limit first. The first row is where a link to the finding goes.
   */
  rows: number[];
  /** Position IDs involved. */
  ids: string[];
  /** The column concerned, for findings about one cell or column of the positions table. */
  field?: FieldKey;
  /**
   * The sheet the rows are on when it is not the positions table's (a finding about the Capabilities
   * or Departments table). Absent: the positions sheet.
   */
  sheet?: string;
  /** What the message is built from (the cell text, the header, the cycle's path…). */
  params: FindingParams;
  /** Localized message. */
  message: string;
}

/** A finding before its message is localized. */
export type FindingDraft = Omit<Finding, "message">;

/** What a finding is about: the data as read, the org's shape (spans, layers, grades), or coverage. */
export type FindingKind = "data" | "org" | "coverage";

const KIND_OF_CODE: ReadonlyMap<FindingCode, FindingKind> = new Map<FindingCode, FindingKind>([
  ...DATA_FINDING_CODES.map((code) => [code, "data"] as const),
  ...ORG_CHECK_CODES.map((code) => [code, "org"] as const),
  ...COVERAGE_CODES.map((code) => [code, "coverage"] as const),
]);

export function findingKindOf(code: FindingCode): FindingKind {
  return KIND_OF_CODE.get(code) ?? "data";
}
