import type { OrgModel } from "../model/orgModel";
import type { Position } from "../model/position";
import type { PositionMatching, RenamedPosition } from "./planComparison";

/** A position's holder(s) as one text for the renamed-ID rule; "" when vacant or not disclosed. */
export function holderKey(position: Position): string {
  const holders = position.holders;
  if (holders === undefined) return position.name;
  return holders.some((holder) => holder === "") ? "" : holders.join("\n");
}

/**
 * Pairs the positions of the baseline and the plan.
 *
 * The rule: (1) a position ID on both sides is the same position. (2) The renamed-ID rule: a baseline position
 * whose ID the plan does not have and a plan position whose ID the baseline does not have are the same position,
 * with a changed ID, when they have the same title, the same manager — the plan's manager being the baseline's
 * manager or the position it was matched to (so a manager renamed too still counts as the same manager), or both
 * top positions — and the same holder, not blank (the same name, or the same names of a shared post; a vacant post
 * or an undisclosed holder never matches this way). Only a pair that is unique on both sides matches: two
 * candidates with the same title, manager and holder on either side stay removed and added. Plan positions are
 * paired top down (by layer), so a manager's rename is known before its reports are looked at.
 */
export function matchPositions(baseline: OrgModel, plan: OrgModel): PositionMatching {
  const baselineCount = baseline.positions.length;
  const planCount = plan.positions.length;
  const planOfBaseline = new Int32Array(baselineCount).fill(-1);
  const baselineOfPlan = new Int32Array(planCount).fill(-1);
  const planIndex = plan.indexById;
  let matched = 0;
  for (let b = 0; b < baselineCount; b++) {
    const p = planIndex.get(baseline.positions[b].id);
    if (p === undefined) continue;
    planOfBaseline[b] = p;
    baselineOfPlan[p] = b;
    matched++;
  }
  const renamed: RenamedPosition[] = [];
  if (matched < baselineCount && matched < planCount)
    matched += matchRenamed(baseline, plan, planOfBaseline, baselineOfPlan, renamed);
  return { rule: "id-then-title-manager-holder", matched, renamed, planOfBaseline, baselineOfPlan };
}

/** Applies the renamed-ID rule to the positions left unmatched by ID; returns the pairs made. */
function matchRenamed(
  baseline: OrgModel,
  plan: OrgModel,
  planOfBaseline: Int32Array,
  baselineOfPlan: Int32Array,
  renamed: RenamedPosition[],
): number {
  /** Key → the one unmatched baseline position with it, or −2 when several have it. */
  const candidates = new Map<string, number>();
  for (let b = 0; b < planOfBaseline.length; b++) {
    if (planOfBaseline[b] !== -1) continue;
    const position = baseline.positions[b];
    const holder = holderKey(position);
    if (holder === "") continue;
    const key = `${position.title}\u0000${baseline.parent[b]}\u0000${holder}`;
    candidates.set(key, candidates.has(key) ? -2 : b);
  }
  if (candidates.size === 0) return 0;
  const open: number[] = [];
  for (let p = 0; p < baselineOfPlan.length; p++) if (baselineOfPlan[p] === -1) open.push(p);
  open.sort((x, y) => plan.layer[x] - plan.layer[y] || x - y);
  let pairs = 0;
  for (let start = 0; start < open.length;) {
    let end = start;
    while (end < open.length && plan.layer[open[end]] === plan.layer[open[start]]) end++;
    // One layer at a time: its keys need only the layers above paired.
    const byKey = new Map<string, number>();
    for (let i = start; i < end; i++) {
      const p = open[i];
      const position = plan.positions[p];
      const holder = holderKey(position);
      if (holder === "") continue;
      const manager = plan.parent[p];
      const baselineManager = manager < 0 ? manager : baselineOfPlan[manager];
      if (manager >= 0 && baselineManager < 0) continue; // the manager is new: nothing to be the same as
      const key = `${position.title}\u0000${baselineManager}\u0000${holder}`;
      byKey.set(key, byKey.has(key) ? -2 : p);
    }
    for (const [key, p] of byKey) {
      const b = candidates.get(key);
      if (p < 0 || b === undefined || b < 0) continue;
      planOfBaseline[b] = p;
      baselineOfPlan[p] = b;
      candidates.delete(key);
      pairs++;
      const from = baseline.positions[b];
      const to = plan.positions[p];
      renamed.push({ baselineId: from.id, planId: to.id, baselineRow: from.row, planRow: to.row });
    }
    start = end;
  }
  renamed.sort((x, y) => x.planRow - y.planRow);
  return pairs;
}
