import type { Finding, OrgModel, PositionIndex, Severity } from "../core";
import { knownFindingsByPosition } from "../core/rollup/findingsByPosition";

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
  // Worked out by the analysis worker already: read it off its array.
  const named = knownFindingsByPosition(findings)?.named;
  if (named) {
    for (let index = 0; index < named.length; index++) if (named[index] === 1) flagged.add(index);
    return flagged;
  }
  for (const finding of findings) {
    for (const id of finding.ids) {
      const index = model.indexById.get(id);
      if (index !== undefined) flagged.add(index);
    }
  }
  return flagged;
}
