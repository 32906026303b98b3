import type { FindingDraft } from "../findings/finding";
import { VIRTUAL_TOP as TOP, type OrgModel } from "../model/orgModel";
import { positionAt, positionCountOf, positionFieldsOf } from "../model/positionFields";
import { departmentRuleLookup } from "./departmentRules";
import type { OrgRules } from "./orgRules";
import { topDownOrder } from "./topDownOrder";

// A module-local binding for the loops over every position (tsx turns an imported binding into a getter call).
const VIRTUAL_TOP = TOP;
const NO_GROUP = -1;

/**
 * LAYERS_EXCEEDED: the top is layer 1; a position is too deep when its layer exceeds its department
 * rule's maxLayers, else `rules.maxLayers`. One finding per position that is too deep while its manager
 * is not (with one limit for all, the positions on layer max+1), listing that position first and then
 * every position below it in sheet order: nothing too deep goes unlisted, and no position is in two
 * findings. One top-down pass, no recursion; the positions below each head are gathered by one pass in
 * sheet order (no list per finding to grow and sort: an org at 100,000 positions has tens of thousands).
 */
export function checkLayers(model: OrgModel, rules: OrgRules): FindingDraft[] {
  const { parent, layer } = model;
  const n = positionCountOf(model);
  const ruleOf = departmentRuleLookup(rules);
  const layerRules = rules.departments.some((rule) => rule.maxLayers !== undefined);
  const owner = new Int32Array(n).fill(NO_GROUP);
  const heads: number[] = [];
  const limits: number[] = [];
  const order = topDownOrder(model);
  for (let k = 0; k < order.length; k++) {
    const p = order[k];
    const manager = parent[p];
    if (manager !== VIRTUAL_TOP && owner[manager] !== NO_GROUP) {
      owner[p] = owner[manager];
      continue;
    }
    const limit = layerRules
      ? (ruleOf(positionAt(model, p).department)?.maxLayers ?? rules.maxLayers)
      : rules.maxLayers;
    if (layer[p] <= limit) continue;
    owner[p] = heads.length;
    heads.push(p);
    limits.push(limit);
  }
  const groups = heads.length;
  if (groups === 0) return [];

  // The members of each group in sheet order, heads first: start[g] .. start[g + 1) of `members`.
  const start = new Int32Array(groups + 1);
  for (let p = 0; p < n; p++) if (owner[p] !== NO_GROUP) start[owner[p] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const members = new Int32Array(start[groups]);
  const fill = start.slice(0, groups);
  for (let g = 0; g < groups; g++) members[fill[g]++] = heads[g];
  // The same pass puts the groups in the sheet order of their heads: the findings' order.
  const byHead = new Int32Array(groups);
  let headsSeen = 0;
  for (let p = 0; p < n; p++) {
    const g = owner[p];
    if (g === NO_GROUP) continue;
    if (heads[g] === p) byHead[headsSeen++] = g;
    else members[fill[g]++] = p;
  }

  const fields = positionFieldsOf(model);
  const { ids: idOf, row: rowOf } = fields;
  const findings: FindingDraft[] = new Array<FindingDraft>(groups);
  for (let k = 0; k < groups; k++) {
    const g = byHead[k];
    const from = start[g];
    const count = start[g + 1] - from;
    const rows = new Array<number>(count);
    const ids = new Array<string>(count);
    for (let m = 0; m < count; m++) {
      const p = members[from + m];
      rows[m] = rowOf[p];
      ids[m] = idOf[p];
    }
    const head = heads[g];
    findings[k] = {
      code: "LAYERS_EXCEEDED",
      severity: "warning",
      rows,
      ids,
      params: { id: idOf[head], title: fields.title(head), layer: layer[head], maxLayers: limits[g], below: count - 1 },
    };
  }
  return findings;
}
