import type { FindingCode } from "../../core";

/** What a finding is about: the data as read, the org's shape (spans, layers, grades), or coverage. */
export type FindingKind = "data" | "org" | "coverage";

const ORG_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "SPAN_TOO_WIDE",
  "SPAN_TOO_NARROW",
  "SINGLE_REPORT_CHAIN",
  "LAYERS_EXCEEDED",
  "GRADE_INVERSION",
  "VACANT_MANAGER",
  "UNKNOWN_ARCHETYPE",
]);

const COVERAGE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "CAPABILITY_UNCOVERED",
  "CAPABILITY_SINGLE_HOLDER",
  "CAPABILITY_VACANT_ONLY",
  "CAPABILITY_FRAGMENTED",
  "UNKNOWN_CAPABILITY",
  "SUPPORT_MISSING",
]);

/** The kind of a finding code: every code not of the org checks or the coverage check is about the data. */
export function findingKindOf(code: FindingCode): FindingKind {
  if (ORG_CODES.has(code)) return "org";
  if (COVERAGE_CODES.has(code)) return "coverage";
  return "data";
}
