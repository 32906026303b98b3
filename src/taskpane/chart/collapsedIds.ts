import type { OrgModel, PositionIndex } from "../../core";
import type { CollapsedFlags } from "../../core/layout/chartTree";

/** IDs of the positions at `layer` that have reports: collapsing them shows the org down to that layer. */
export function collapsedIdsBelowLayer(model: OrgModel, layer: number): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < model.positions.length; i++)
    if (model.layer[i] === layer && model.childStart[i + 1] > model.childStart[i]) ids.add(model.positions[i].id);
  return ids;
}

/** The collapsed IDs with `position`'s managers expanded, so that its card is drawn; the same set when none was collapsed. */
export function withAncestorsExpanded(
  model: OrgModel,
  position: PositionIndex,
  collapsedIds: ReadonlySet<string>,
): ReadonlySet<string> {
  if (collapsedIds.size === 0) return collapsedIds;
  let expanded: Set<string> | undefined;
  for (let at = model.parent[position]; at >= 0; at = model.parent[at]) {
    const id = model.positions[at].id;
    if (!collapsedIds.has(id)) continue;
    expanded ??= new Set(collapsedIds);
    expanded.delete(id);
  }
  return expanded ?? collapsedIds;
}

/** The collapsed IDs as flags over the model's positions (IDs no longer in the data are ignored). */
export function collapsedFlagsOf(model: OrgModel, collapsedIds: ReadonlySet<string>): CollapsedFlags {
  const flags = new Uint8Array(model.positions.length);
  for (const id of collapsedIds) {
    const index = model.indexById.get(id);
    if (index !== undefined) flags[index] = 1;
  }
  return flags;
}
