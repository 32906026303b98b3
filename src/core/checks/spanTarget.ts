import type { Position } from "../model/position";
import { archetypeOf } from "./archetypeOf";
import { departmentRuleLookup } from "./departmentRules";
import type { Archetype, DepartmentRule, OrgRules, SpanBand } from "./orgRules";

/** Which rule a span target comes from: an archetype, the manager's department, or the default band. */
export type SpanBandKey = Archetype | "department" | "default";

/** The span band a manager is measured against, and where it comes from (for the message's `{band}`). */
export interface SpanTarget {
  band: SpanBand;
  key: SpanBandKey;
  /** The department as its rule writes it, when `key` is "department". */
  department?: string;
}

/**
 * The span target of each position: the band of the archetype its Archetype cell names, else its
 * department rule's span, else the default band. An unknown archetype word falls through to the
 * department or the default (and is reported on its own as UNKNOWN_ARCHETYPE). Each distinct cell
 * text is looked up once.
 */
export function spanTargetResolver(rules: OrgRules): (position: Position) => SpanTarget {
  const ruleOf = departmentRuleLookup(rules);
  const archetypes = new Map<string, Archetype | undefined>();
  // One target object per rule, so callers can cache what they derive from a target.
  const fallback: SpanTarget = { band: rules.defaultSpan, key: "default" };
  const byArchetype = new Map<Archetype, SpanTarget>();
  const byDepartment = new Map<DepartmentRule, SpanTarget>();
  return (position) => {
    if (position.archetype !== "") {
      let archetype = archetypes.get(position.archetype);
      if (archetype === undefined && !archetypes.has(position.archetype)) {
        archetype = archetypeOf(position.archetype);
        archetypes.set(position.archetype, archetype);
      }
      if (archetype !== undefined) {
        let target = byArchetype.get(archetype);
        if (!target) byArchetype.set(archetype, (target = { band: rules.archetypeSpans[archetype], key: archetype }));
        return target;
      }
    }
    if (rules.departments.length === 0) return fallback;
    const rule = ruleOf(position.department);
    if (!rule?.span) return fallback;
    let target = byDepartment.get(rule);
    if (!target) byDepartment.set(rule, (target = { band: rule.span, key: "department", department: rule.department }));
    return target;
  };
}

/** The span target of one position (see {@link spanTargetResolver} for many). */
export function spanTargetFor(position: Position, rules: OrgRules): SpanTarget {
  return spanTargetResolver(rules)(position);
}
