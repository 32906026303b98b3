import type { Finding, FindingCode, Severity } from "../../core";

/** The findings of one rule (one code) within a severity. */
export interface RuleGroup {
  code: FindingCode;
  findings: Finding[];
}

/** The findings of one severity, by rule. */
export interface SeverityRuleGroups {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Findings grouped by severity (errors, warnings, info) and, within each, by rule in the order the
 * rules first appear (the core sorts by severity, then code); empty groups left out.
 */
export function groupFindingsByRule(findings: readonly Finding[]): SeverityRuleGroups[] {
  const bySeverity = new Map<Severity, Map<FindingCode, Finding[]>>();
  for (const finding of findings) {
    let rules = bySeverity.get(finding.severity);
    if (!rules) bySeverity.set(finding.severity, (rules = new Map()));
    const list = rules.get(finding.code);
    if (list) list.push(finding);
    else rules.set(finding.code, [finding]);
  }
  const groups: SeverityRuleGroups[] = [];
  for (const severity of SEVERITIES) {
    const rules = bySeverity.get(severity);
    if (!rules) continue;
    const ruleGroups = [...rules].map(([code, list]) => ({ code, findings: list }));
    groups.push({
      severity,
      count: ruleGroups.reduce((sum, group) => sum + group.findings.length, 0),
      rules: ruleGroups,
    });
  }
  return groups;
}

/** How many findings each severity has. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The rules (codes) the findings name, in first-seen order, each with its count. */
export function countByRule(findings: readonly Finding[]): { code: FindingCode; count: number }[] {
  const counts = new Map<FindingCode, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}
