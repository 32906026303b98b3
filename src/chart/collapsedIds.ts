import type { OrgModel, PositionIndex } from "../core";
import type { CollapsedFlags } from "../core/layout/chartTree";
import { collapseBelowLayer } from "../core/layout/collapseBelowLayer";
import { OPEN_ALL_EXPANDED_UP_TO, OPEN_LEVEL } from "./chartOptions";

/** IDs of the positions `collapseBelowLayer` collapses: the pane keeps what is collapsed by ID. */
export function collapsedIdsBelowLayer(model: OrgModel, layer: number): Set<string> {
  const flags = collapseBelowLayer(model, layer);
  const ids = new Set<string>();
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) ids.add(model.positions[i].id);
  return ids;
}

const NONE_COLLAPSED: ReadonlySet<string> = new Set();
const openingOf = new WeakMap<OrgModel, ReadonlySet<string>>();

/**
 * What a new org's chart opens collapsed: nothing up to {@link OPEN_ALL_EXPANDED_UP_TO} positions, else the positions
 * of layer {@link OPEN_LEVEL} that have reports. Worked out once per model (a walk over every position: the pane works
 * it out in a task of its own when the model arrives, not in the render that draws the new org). The set is shared:
 * never changed, a change makes a new one.
 */
export function openingCollapsedIds(model: OrgModel): ReadonlySet<string> {
  let ids = openingOf.get(model);
  if (ids === undefined) {
    ids = model.positions.length > OPEN_ALL_EXPANDED_UP_TO ? collapsedIdsBelowLayer(model, OPEN_LEVEL) : NONE_COLLAPSED;
    openingOf.set(model, ids);
  }
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
