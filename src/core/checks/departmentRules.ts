import { normalizeHeader } from "../columns/normalizeHeader";
import type { DepartmentRule, OrgRules } from "./orgRules";

/** Finds the rule for a department as written in a position's Department cell. */
export type DepartmentRuleLookup = (department: string) => DepartmentRule | undefined;

/**
 * A lookup of the per-department rules: departments compared in their normalized form ("Operations",
 * " operations ", "ＯＰＥＲＡＴＩＯＮＳ" are one department); the first rule for a department wins.
 * Each distinct cell text is normalized once, so a lookup per position of 100,000 stays cheap.
 */
export function departmentRuleLookup(rules: OrgRules): DepartmentRuleLookup {
  const byName = new Map<string, DepartmentRule>();
  for (const rule of rules.departments) {
    const name = normalizeHeader(rule.department);
    if (name !== "" && !byName.has(name)) byName.set(name, rule);
  }
  const byText = new Map<string, DepartmentRule | undefined>();
  return (department) => {
    if (byName.size === 0 || department === "") return undefined;
    if (byText.has(department)) return byText.get(department);
    const rule = byName.get(normalizeHeader(department));
    byText.set(department, rule);
    return rule;
  };
}
