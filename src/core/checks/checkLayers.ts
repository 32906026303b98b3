import type { FindingDraft } from "../findings/finding";
import { VIRTUAL_TOP, type OrgModel } from "../model/orgModel";
import { departmentRuleLookup } from "./departmentRules";
import type { OrgRules } from "./orgRules";
import { topDownOrder } from "./topDownOrder";

/**
 * LAYERS_EXCEEDED: the top is layer 1; a position is too deep when its layer exceeds its department
 * rule's maxLayers, else `rules.maxLayers`. One finding per position that is too deep while its manager
 * is not (with one limit for all, the positions on layer max+1), listing that position first and then
 * every position below it in sheet order: nothing too deep goes unlisted, and no position is in two
 * findings. One top-down pass, no recursion.
 */
export function checkLayers(model: OrgModel, rules: OrgRules): FindingDraft[] {
  const { positions, parent, layer } = model;
  const ruleOf = departmentRuleLookup(rules);
  const layerRules = rules.departments.some((rule) => rule.maxLayers !== undefined);
  const owner = new Int32Array(positions.length).fill(-1);
  const groups: { head: number; limit: number; below: number[] }[] = [];
  const order = topDownOrder(model);
  for (let k = 0; k < order.length; k++) {
    const p = order[k];
    const manager = parent[p];
    if (manager !== VIRTUAL_TOP && owner[manager] >= 0) {
      owner[p] = owner[manager];
      groups[owner[p]].below.push(p);
      continue;
    }
    const limit = layerRules ? (ruleOf(positions[p].department)?.maxLayers ?? rules.maxLayers) : rules.maxLayers;
    if (layer[p] <= limit) continue;
    owner[p] = groups.length;
    groups.push({ head: p, limit, below: [] });
  }
  groups.sort((a, b) => a.head - b.head);
  return groups.map(({ head, limit, below }) => {
    const listed = [head, ...Int32Array.from(below).sort()];
    const position = positions[head];
    return {
      code: "LAYERS_EXCEEDED",
      severity: "warning",
      rows: listed.map((p) => positions[p].row),
      ids: listed.map((p) => positions[p].id),
      params: { id: position.id, title: position.title, layer: layer[head], maxLayers: limit, below: below.length },
    };
  });
}
