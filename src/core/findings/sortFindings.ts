import { FINDING_CODES, type FindingDraft, type Severity } from "./finding";

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const CODE_RANK = new Map(FINDING_CODES.map((code, rank) => [code, rank]));

/** Errors first, then warnings, then info; within a severity by code, then by first row. */
export function sortFindings<T extends FindingDraft>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      CODE_RANK.get(a.code)! - CODE_RANK.get(b.code)! ||
      (a.rows[0] ?? 0) - (b.rows[0] ?? 0),
  );
}
