import type { Finding } from "../findings/finding";
import type { FindingsDelta, PlanSide, PositionMatching } from "./planComparison";

/**
 * New and resolved findings: the findings of each side (analysis and cost) matched by code and position IDs — a
 * baseline ID turned into the plan's for a renamed position — never by row, each finding of one side pairing with at
 * most one of the other. A finding naming no position is matched by code, sheet and params.
 */
export function compareFindings(baseline: PlanSide, plan: PlanSide, matching: PositionMatching): FindingsDelta {
  const before = [...baseline.analysis.findings, ...(baseline.cost?.findings ?? [])];
  const after = [...plan.analysis.findings, ...(plan.cost?.findings ?? [])];
  const renamedTo = new Map(matching.renamed.map((pair) => [pair.baselineId, pair.planId]));
  const beforeKeys = before.map((finding) => findingKey(finding, renamedTo));
  const afterKeys = after.map((finding) => findingKey(finding, undefined));
  return {
    new: unpaired(after, afterKeys, beforeKeys),
    resolved: unpaired(before, beforeKeys, afterKeys),
  };
}

/** The findings whose key the other side has no (more) occurrence of, in their order. */
function unpaired(findings: readonly Finding[], keys: readonly string[], otherKeys: readonly string[]): Finding[] {
  const left = new Map<string, number>();
  for (const key of otherKeys) left.set(key, (left.get(key) ?? 0) + 1);
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const count = left.get(keys[i]) ?? 0;
    if (count > 0) left.set(keys[i], count - 1);
    else out.push(findings[i]);
  }
  return out;
}

function findingKey(finding: Finding, renamedTo: ReadonlyMap<string, string> | undefined): string {
  if (finding.ids.length === 0)
    return `${finding.code}\u0001${finding.sheet ?? ""}\u0001${finding.field ?? ""}\u0001${stableParams(finding)}`;
  const ids = renamedTo === undefined ? finding.ids : finding.ids.map((id) => renamedTo.get(id) ?? id);
  return `${finding.code}\u0001${finding.field ?? ""}\u0001${ids.join("\u0000")}`;
}

/** The params without the row numbers (rows move between the two tables). */
function stableParams(finding: Finding): string {
  return Object.keys(finding.params)
    .filter((key) => !/row/i.test(key))
    .sort()
    .map((key) => `${key}=${finding.params[key]}`)
    .join("\u0000");
}
