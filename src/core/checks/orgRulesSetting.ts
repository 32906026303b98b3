import {
  ARCHETYPES,
  DEFAULT_ORG_RULES,
  type Archetype,
  type DepartmentRule,
  type GradeLadder,
  type OrgRules,
  type SpanBand,
} from "./orgRules";

/** Workbook setting that holds the rules as JSON, so everyone who opens the file checks by the same rules. */
export const SETTING_ORG_RULES = "orgwright.rules";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isPositiveCount(value: unknown): value is number {
  return isCount(value) && value >= 1;
}

/** A band `{min, max}` of whole, non-negative numbers with min ≤ max (max null: no upper bound), else undefined. */
function readBand(value: unknown): SpanBand | undefined {
  if (!isObject(value) || !isCount(value.min)) return undefined;
  if (value.max === null) return { min: value.min, max: null };
  if (!isCount(value.max) || value.max < value.min) return undefined;
  return { min: value.min, max: value.max };
}

function readArchetypeSpans(value: unknown): Record<Archetype, SpanBand> {
  const defaults = DEFAULT_ORG_RULES.archetypeSpans;
  const saved: Json = isObject(value) ? value : {};
  const spans = {} as Record<Archetype, SpanBand>;
  for (const archetype of ARCHETYPES) spans[archetype] = readBand(saved[archetype]) ?? { ...defaults[archetype] };
  return spans;
}

function readDepartments(value: unknown): DepartmentRule[] {
  if (!Array.isArray(value)) return DEFAULT_ORG_RULES.departments.map((rule) => ({ ...rule }));
  const rules: DepartmentRule[] = [];
  for (const item of value) {
    if (!isObject(item) || typeof item.department !== "string" || item.department.trim() === "") continue;
    const rule: DepartmentRule = { department: item.department.trim() };
    const span = readBand(item.span);
    if (span) rule.span = span;
    if (isPositiveCount(item.maxLayers)) rule.maxLayers = item.maxLayers;
    rules.push(rule);
  }
  return rules;
}

function readRung(value: unknown): string[] {
  const names = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return names.filter((name): name is string => typeof name === "string" && name.trim() !== "").map((n) => n.trim());
}

function readLadders(value: unknown): GradeLadder[] {
  if (!Array.isArray(value)) return DEFAULT_ORG_RULES.gradeLadders.map(copyLadder);
  const ladders: GradeLadder[] = [];
  for (const item of value) {
    if (!isObject(item) || !Array.isArray(item.rungs)) continue;
    const rungs = item.rungs.map(readRung).filter((rung) => rung.length > 0);
    if (rungs.length === 0) continue;
    ladders.push({ name: typeof item.name === "string" ? item.name : "", rungs });
  }
  return ladders;
}

function copyLadder(ladder: GradeLadder): GradeLadder {
  return { name: ladder.name, rungs: ladder.rungs.map((rung) => [...rung]) };
}

/**
 * The rules saved in a workbook (setting {@link SETTING_ORG_RULES}), or the defaults. Never throws:
 * each missing or unusable part falls back to its default on its own (a span band with min > max or
 * a negative or fractional number, a layer limit below 1…); department rules and grade ladders that
 * cannot be read are dropped, and an empty list of ladders (grade checks switched off) is kept.
 */
export function parseOrgRules(saved: string | undefined): OrgRules {
  let value: unknown;
  if (saved !== undefined && saved.trim() !== "") {
    try {
      value = JSON.parse(saved);
    } catch {
      value = undefined;
    }
  }
  const json: Json = isObject(value) ? value : {};
  const defaults = DEFAULT_ORG_RULES;
  return {
    defaultSpan: readBand(json.defaultSpan) ?? { ...defaults.defaultSpan },
    archetypeSpans: readArchetypeSpans(json.archetypeSpans),
    maxLayers: isPositiveCount(json.maxLayers) ? json.maxLayers : defaults.maxLayers,
    departments: readDepartments(json.departments),
    gradeLadders: readLadders(json.gradeLadders),
    requiredHolders: isPositiveCount(json.requiredHolders) ? json.requiredHolders : defaults.requiredHolders,
    maxCapabilityDepartments: isPositiveCount(json.maxCapabilityDepartments)
      ? json.maxCapabilityDepartments
      : defaults.maxCapabilityDepartments,
  };
}

/** The rules as the JSON saved in the workbook, fields in a fixed order. */
export function serializeOrgRules(rules: OrgRules): string {
  const ordered: OrgRules = {
    defaultSpan: { min: rules.defaultSpan.min, max: rules.defaultSpan.max },
    archetypeSpans: Object.fromEntries(
      ARCHETYPES.map((archetype) => {
        const band = rules.archetypeSpans[archetype];
        return [archetype, { min: band.min, max: band.max }];
      }),
    ) as Record<Archetype, SpanBand>,
    maxLayers: rules.maxLayers,
    departments: rules.departments.map((rule) => ({
      department: rule.department,
      ...(rule.span ? { span: { min: rule.span.min, max: rule.span.max } } : {}),
      ...(rule.maxLayers !== undefined ? { maxLayers: rule.maxLayers } : {}),
    })),
    gradeLadders: rules.gradeLadders.map(copyLadder),
    requiredHolders: rules.requiredHolders,
    maxCapabilityDepartments: rules.maxCapabilityDepartments,
  };
  return JSON.stringify(ordered);
}
