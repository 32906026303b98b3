import { ARCHETYPES, type Archetype, type OrgRules, type SpanBand } from "../../core/checks/orgRules";
import type { MessageKey } from "../../i18n";
import { formatGradeLadderText, parseGradeLadderText } from "./gradeLadderText";

/** A span band as typed: the most may be left blank (no upper limit). */
export interface SpanBandInput {
  min: string;
  max: string;
}

export interface DepartmentRuleInput {
  /** Stable key for React while rows are added and removed. */
  key: number;
  department: string;
  min: string;
  max: string;
  maxLayers: string;
}

export interface GradeLadderInput {
  key: number;
  name: string;
  /** One rung per line, equal grades separated by commas or 、. */
  rungs: string;
}

/** The rules as the Settings panel's inputs hold them: text, checked only when saved. */
export interface RulesForm {
  defaultSpan: SpanBandInput;
  archetypeSpans: Record<Archetype, SpanBandInput>;
  maxLayers: string;
  departments: DepartmentRuleInput[];
  gradeLadders: GradeLadderInput[];
  requiredHolders: string;
  maxCapabilityDepartments: string;
}

/** A field of the form that is wrong, and why (a message key with its values). */
export interface RulesFormError {
  /** Path of the input: "defaultSpan.min", "archetypeSpans.coach.max", "departments.3.department", "gradeLadders.7.rungs"… */
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type ReadRulesFormResult = { ok: true; rules: OrgRules } | { ok: false; errors: RulesFormError[] };

let nextKey = 1;
/** A fresh key for a row added to the form. */
export function newRowKey(): number {
  return nextKey++;
}

function bandInput(band: SpanBand | undefined): SpanBandInput {
  return { min: band ? String(band.min) : "", max: band && band.max !== null ? String(band.max) : "" };
}

/** The form showing a set of rules. */
export function rulesFormFrom(rules: OrgRules): RulesForm {
  const archetypeSpans = {} as Record<Archetype, SpanBandInput>;
  for (const archetype of ARCHETYPES) archetypeSpans[archetype] = bandInput(rules.archetypeSpans[archetype]);
  return {
    defaultSpan: bandInput(rules.defaultSpan),
    archetypeSpans,
    maxLayers: String(rules.maxLayers),
    departments: rules.departments.map((rule) => ({
      key: newRowKey(),
      department: rule.department,
      ...bandInput(rule.span),
      maxLayers: rule.maxLayers === undefined ? "" : String(rule.maxLayers),
    })),
    gradeLadders: rules.gradeLadders.map((ladder) => ({
      key: newRowKey(),
      name: ladder.name,
      rungs: formatGradeLadderText(ladder.rungs),
    })),
    requiredHolders: String(rules.requiredHolders),
    maxCapabilityDepartments: String(rules.maxCapabilityDepartments),
  };
}

/** A whole number as typed (full-width digits allowed); undefined when blank, NaN when not a whole number. */
export function parseWholeNumber(text: string): number | undefined {
  const clean = text.normalize("NFKC").trim();
  if (clean === "") return undefined;
  return /^\d+$/.test(clean) ? Number(clean) : NaN;
}

function departmentKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * Checks the form and reads the rules out of it: numbers are whole and at least 0 (layers, holders
 * and departments at least 1), a band's least is not above its most, a department is named once, a
 * ladder has two rungs or more and no grade twice. Every error is reported, not only the first.
 */
export function readRulesForm(form: RulesForm): ReadRulesFormResult {
  const errors: RulesFormError[] = [];

  const whole = (field: string, text: string, least: number, required: boolean): number | undefined => {
    const value = parseWholeNumber(text);
    if (value === undefined) {
      if (required) errors.push({ field, key: "ui.settings.error.required" });
      return undefined;
    }
    if (Number.isNaN(value)) errors.push({ field, key: "ui.settings.error.wholeNumber" });
    else if (value < least) errors.push({ field, key: "ui.settings.error.atLeast", params: { least } });
    else return value;
    return undefined;
  };

  const band = (field: string, input: SpanBandInput, required: boolean): SpanBand | undefined => {
    const min = whole(`${field}.min`, input.min, 0, required);
    const max = whole(`${field}.max`, input.max, 0, false);
    if (min !== undefined && max !== undefined && min > max) {
      errors.push({ field: `${field}.max`, key: "ui.settings.error.minAboveMax", params: { min, max } });
      return undefined;
    }
    if (min === undefined) return undefined;
    return { min, max: max ?? null };
  };

  const defaultSpan = band("defaultSpan", form.defaultSpan, true);
  const archetypeSpans = {} as Record<Archetype, SpanBand>;
  for (const archetype of ARCHETYPES) {
    const read = band(`archetypeSpans.${archetype}`, form.archetypeSpans[archetype], true);
    if (read) archetypeSpans[archetype] = read;
  }
  const maxLayers = whole("maxLayers", form.maxLayers, 1, true);

  const departments: OrgRules["departments"] = [];
  const seenDepartments = new Set<string>();
  for (const row of form.departments) {
    const field = `departments.${row.key}`;
    const name = row.department.trim();
    if (name === "") errors.push({ field: `${field}.department`, key: "ui.settings.error.departmentName" });
    else if (seenDepartments.has(departmentKey(name)))
      errors.push({
        field: `${field}.department`,
        key: "ui.settings.error.departmentTwice",
        params: { department: name },
      });
    seenDepartments.add(departmentKey(name));
    const spanGiven = row.min.trim() !== "" || row.max.trim() !== "";
    const span = spanGiven ? band(field, row, true) : undefined;
    const layers = whole(`${field}.maxLayers`, row.maxLayers, 1, false);
    if (!spanGiven && row.maxLayers.trim() === "")
      errors.push({ field: `${field}.min`, key: "ui.settings.error.departmentEmpty" });
    departments.push({
      department: name,
      ...(span && { span }),
      ...(layers !== undefined && { maxLayers: layers }),
    });
  }

  const gradeLadders: OrgRules["gradeLadders"] = [];
  for (const ladder of form.gradeLadders) {
    const field = `gradeLadders.${ladder.key}.rungs`;
    const rungs = parseGradeLadderText(ladder.rungs);
    if (rungs.length < 2) errors.push({ field, key: "ui.settings.error.ladderRungs" });
    const seen = new Set<string>();
    for (const grade of rungs.flat()) {
      const key = grade.normalize("NFKC").toLowerCase();
      if (seen.has(key)) {
        errors.push({ field, key: "ui.settings.error.gradeTwice", params: { grade } });
        break;
      }
      seen.add(key);
    }
    gradeLadders.push({ name: ladder.name.trim(), rungs });
  }

  const requiredHolders = whole("requiredHolders", form.requiredHolders, 1, true);
  const maxCapabilityDepartments = whole("maxCapabilityDepartments", form.maxCapabilityDepartments, 1, true);

  if (
    errors.length > 0 ||
    !defaultSpan ||
    maxLayers === undefined ||
    requiredHolders === undefined ||
    maxCapabilityDepartments === undefined
  )
    return { ok: false, errors };
  return {
    ok: true,
    rules: {
      defaultSpan,
      archetypeSpans,
      maxLayers,
      departments,
      gradeLadders,
      requiredHolders,
      maxCapabilityDepartments,
    },
  };
}

/** The first error of each field, by field path. */
export function errorsByField(errors: readonly RulesFormError[]): Map<string, RulesFormError> {
  const byField = new Map<string, RulesFormError>();
  for (const error of errors) if (!byField.has(error.field)) byField.set(error.field, error);
  return byField;
}
