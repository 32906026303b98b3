import type { OrgModel, PositionIndex } from "../core";
import type { CollapsedFlags } from "../core/layout/chartTree";
import { collapseBelowLayer } from "../core/layout/collapseBelowLayer";

/** IDs of the positions `collapseBelowLayer` collapses: the pane keeps what is collapsed by ID. */
export function collapsedIdsBelowLayer(model: OrgModel, layer: number): Set<string> {
  const flags = collapseBelowLayer(model, layer);
  const ids = new Set<string>();
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) ids.add(model.positions[i].id);
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
