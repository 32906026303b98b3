import type { Finding, OrgModel, PositionIndex, Severity } from "../core";

/** The findings of one severity, in the core's order. */
export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Findings grouped by severity: errors, then warnings, then info; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** The positions (by index in the model) that some finding names. */
export function positionsWithFindings(model: OrgModel, findings: readonly Finding[]): Set<PositionIndex> {
  const flagged = new Set<PositionIndex>();
  for (const finding of findings) {
    for (const id of finding.ids) {
      const index = model.indexById.get(id);
      if (index !== undefined) flagged.add(index);
    }
  }
  return flagged;
}
