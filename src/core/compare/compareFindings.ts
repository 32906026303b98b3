import type { Finding } from "../findings/finding";
import { FINDING_REGISTRY } from "../findings/findingRegistry";
import type { FindingsDelta, PlanSide, PositionMatching } from "./planComparison";

/**
 * New and resolved findings: the findings of each side (analysis and cost) matched by code and position IDs — a
 * baseline ID turned into the plan's for a renamed position — never by row, each finding of one side pairing with at
 * most one of the other. A finding about a capability (coverage: uncovered, single holder, vacant only, fragmented)
 * is matched by code and capability, whoever holds it; a finding naming no position by code, sheet and params (row
 * numbers left out).
 */
export function compareFindings(baseline: PlanSide, plan: PlanSide, matching: PositionMatching): FindingsDelta {
  const before = concat(baseline.analysis.findings, baseline.cost?.findings);
  const after = concat(plan.analysis.findings, plan.cost?.findings);
  const renamedTo =
    matching.renamed.length === 0 ? undefined : new Map(matching.renamed.map((pair) => [pair.baselineId, pair.planId]));
  // Both lists are sorted by code, then by first row, and most findings are on both sides. Each baseline finding's
  // first row is turned into the plan's row of the same position, and the two lists are merged code by code on that
  // row: equal neighbours pair without any key being built. What does not pair that way is paired by key afterwards.
  const planRowOf = planRowsOfBaselineRows(baseline, plan, matching);
  const restBefore: Finding[] = [];
  const restAfter: Finding[] = [];
  const afterRuns = runsByCode(after);
  const beforeRuns = runsByCode(before);
  for (const [code, [from, to]] of beforeRuns) {
    const run = afterRuns.get(code);
    if (run === undefined) {
      for (let i = from; i < to; i++) restBefore.push(before[i]);
      continue;
    }
    afterRuns.delete(code);
    mergeRun(before, from, to, after, run[0], run[1], planRowOf, renamedTo, restBefore, restAfter);
  }
  for (const [from, to] of afterRuns.values()) for (let j = from; j < to; j++) restAfter.push(after[j]);
  return pairByKey(restBefore, restAfter, renamedTo);
}

/** Findings whose first row is the same, at most this many on a side, are paired by trying each with each. */
const SAME_ROW_GROUP = 32;

/** Merges one code's findings of both sides on their (plan) first row; the unpaired go to the rests. */
function mergeRun(
  before: readonly Finding[],
  i: number,
  iEnd: number,
  after: readonly Finding[],
  j: number,
  jEnd: number,
  planRowOf: (row: number | undefined) => number,
  renamedTo: ReadonlyMap<string, string> | undefined,
  restBefore: Finding[],
  restAfter: Finding[],
): void {
  while (i < iEnd && j < jEnd) {
    // In step (the common case): no row needs looking at.
    if (sameFinding(before[i], after[j], renamedTo)) {
      i++;
      j++;
      continue;
    }
    const a = planRowOf(before[i].rows[0]);
    const c = after[j].rows[0] ?? 0;
    if (a < c) {
      restBefore.push(before[i++]);
      continue;
    }
    if (a > c) {
      restAfter.push(after[j++]);
      continue;
    }
    // Several findings on the same row: pair them within the group.
    let i2 = i + 1;
    while (i2 < iEnd && planRowOf(before[i2].rows[0]) === a) i2++;
    let j2 = j + 1;
    while (j2 < jEnd && (after[j2].rows[0] ?? 0) === c) j2++;
    if (i2 - i > SAME_ROW_GROUP || j2 - j > SAME_ROW_GROUP) {
      for (; i < i2; i++) restBefore.push(before[i]);
      for (; j < j2; j++) restAfter.push(after[j]);
      continue;
    }
    const taken = new Uint8Array(j2 - j);
    for (; i < i2; i++) {
      let k = 0;
      while (k < taken.length && (taken[k] === 1 || !sameFinding(before[i], after[j + k], renamedTo))) k++;
      if (k < taken.length) taken[k] = 1;
      else restBefore.push(before[i]);
    }
    for (let k = 0; k < taken.length; k++) if (taken[k] === 0) restAfter.push(after[j + k]);
    j = j2;
  }
  for (; i < iEnd; i++) restBefore.push(before[i]);
  for (; j < jEnd; j++) restAfter.push(after[j]);
}

/** Each code's run [from, to) in a list sorted by code (a code met again later is left to the pairing by key). */
function runsByCode(findings: readonly Finding[]): Map<string, [number, number]> {
  const runs = new Map<string, [number, number]>();
  let start = 0;
  for (let i = 1; i <= findings.length; i++) {
    if (i < findings.length && findings[i].code === findings[start].code) continue;
    const code = findings[start]?.code;
    if (code !== undefined) runs.set(runs.has(code) ? `${code}\u0000${start}` : code, [start, i]);
    start = i;
  }
  return runs;
}

/**
 * A baseline row → the plan's row of the same position (−1 for a row of no matched position); a finding without a
 * row is on row 0 on both sides.
 */
function planRowsOfBaselineRows(
  baseline: PlanSide,
  plan: PlanSide,
  matching: PositionMatching,
): (row: number | undefined) => number {
  const from = baseline.analysis.model.positions;
  const to = plan.analysis.model.positions;
  let maxRow = 0;
  for (let b = 0; b < from.length; b++) if (from[b].row > maxRow) maxRow = from[b].row;
  const rows = new Int32Array(maxRow + 1).fill(-1);
  rows[0] = 0;
  const { planOfBaseline } = matching;
  for (let b = 0; b < from.length; b++) if (planOfBaseline[b] >= 0) rows[from[b].row] = to[planOfBaseline[b]].row;
  return (row) => (row === undefined ? 0 : row < rows.length ? rows[row] : -1);
}

/**
 * Codes whose finding is about a capability (its params name it by `capabilityKey`), not about the positions it
 * lists: matched by code and capability, so a fragmented capability is the same finding whoever holds it.
 */
const CAPABILITY_CODES: ReadonlySet<string> = new Set(
  Object.entries(FINDING_REGISTRY)
    .filter(([, spec]) => "capabilityKey" in spec.params)
    .map(([code]) => code),
);

function sameFinding(x: Finding, y: Finding, renamedTo: ReadonlyMap<string, string> | undefined): boolean {
  if (x.code !== y.code || x.field !== y.field) return false;
  if (CAPABILITY_CODES.has(x.code)) return x.params.capabilityKey === y.params.capabilityKey;
  const a = x.ids;
  const b = y.ids;
  if (a.length !== b.length) return false;
  if (a.length === 0) return (x.sheet ?? "") === (y.sheet ?? "") && stableParams(x) === stableParams(y);
  for (let k = 0; k < a.length; k++) {
    const id = renamedTo === undefined ? a[k] : (renamedTo.get(a[k]) ?? a[k]);
    if (id !== b[k]) return false;
  }
  return true;
}

/** The multiset difference of two lists of findings by key: the unpaired of each side. */
function pairByKey(
  before: readonly Finding[],
  after: readonly Finding[],
  renamedTo: ReadonlyMap<string, string> | undefined,
): FindingsDelta {
  // Kind (code and field) → what the finding names (its IDs) → the first unpaired baseline finding alike, the others
  // alike chained behind it (`next`). Most findings name one position: its ID string is the inner key as it is, so
  // no key text is built for them; findings come sorted by code, so the kind's map is looked up once a run.
  const heads = new Map<string, Map<string, number>>();
  const next = new Int32Array(before.length).fill(-1);
  const tails = new Map<Map<string, number>, Map<string, number>>();
  const kindOf = kindCache(heads);
  for (let i = 0; i < before.length; i++) {
    const finding = before[i];
    const byName = kindOf(finding)!;
    const name = nameKey(finding, renamedTo);
    const head = byName.get(name);
    if (head === undefined) byName.set(name, i);
    else {
      // Chain after the last one alike, so the first ones alike are paired first.
      let tailsOf = tails.get(byName);
      if (tailsOf === undefined) tails.set(byName, (tailsOf = new Map()));
      next[tailsOf.get(name) ?? head] = i;
      tailsOf.set(name, i);
    }
  }
  const paired = new Uint8Array(before.length);
  const added: Finding[] = [];
  const lookUp = kindCache(undefined, heads);
  for (const finding of after) {
    const byName = lookUp(finding);
    const name = byName === undefined ? "" : nameKey(finding, undefined);
    const head = byName?.get(name);
    if (head === undefined) {
      added.push(finding);
      continue;
    }
    paired[head] = 1;
    if (next[head] >= 0) byName!.set(name, next[head]);
    else byName!.delete(name);
  }
  const resolved: Finding[] = [];
  for (let i = 0; i < before.length; i++) if (paired[i] === 0) resolved.push(before[i]);
  return { new: added, resolved };
}

/**
 * The map of a finding's kind, remembering the last kind asked for (findings come sorted by code). With `create`,
 * a kind not met yet gets a new map; else (`existing`) it is undefined.
 */
function kindCache(
  create: Map<string, Map<string, number>> | undefined,
  existing: Map<string, Map<string, number>> | undefined = create,
): (finding: Finding) => Map<string, number> | undefined {
  let lastCode = "";
  let lastField: string | undefined;
  let last: Map<string, number> | undefined;
  let primed = false;
  return (finding) => {
    if (primed && finding.code === lastCode && finding.field === lastField) return last;
    primed = true;
    lastCode = finding.code;
    lastField = finding.field;
    const kind = kindKey(finding);
    last = existing!.get(kind);
    if (last === undefined && create !== undefined) create.set(kind, (last = new Map()));
    return last;
  };
}

function concat(findings: readonly Finding[], more: readonly Finding[] | undefined): readonly Finding[] {
  return more === undefined || more.length === 0 ? findings : [...findings, ...more];
}

function kindKey(finding: Finding): string {
  return finding.field === undefined ? finding.code : `${finding.code}\u0001${finding.field}`;
}

function nameKey(finding: Finding, renamedTo: ReadonlyMap<string, string> | undefined): string {
  if (CAPABILITY_CODES.has(finding.code)) return `\u0003${finding.params.capabilityKey}`;
  const { ids } = finding;
  if (ids.length === 0) return `\u0002${finding.sheet ?? ""}\u0002${stableParams(finding)}`;
  if (renamedTo === undefined) return ids.length === 1 ? ids[0] : ids.join("\u0000");
  return ids.length === 1 ? (renamedTo.get(ids[0]) ?? ids[0]) : ids.map((id) => renamedTo.get(id) ?? id).join("\u0000");
}

/** The params without the row numbers (rows move between the two tables). */
function stableParams(finding: Finding): string {
  return Object.keys(finding.params)
    .filter((key) => !/row/i.test(key))
    .sort()
    .map((key) => `${key}=${finding.params[key]}`)
    .join("\u0000");
}
