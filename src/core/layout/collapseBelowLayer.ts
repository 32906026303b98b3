import type { OrgModel } from "../model/orgModel";
import type { CollapsedFlags } from "./chartTree";

/**
 * "Expand to level N": flags collapsing every position of layer `layer` (1 = the top positions) that has
 * reports, so that layers 1..N show. Deeper positions are left expanded, so that expanding one of those
 * managers shows its whole subtree as it was.
 */
export function collapseBelowLayer(model: OrgModel, layer: number): CollapsedFlags {
  if (!Number.isInteger(layer) || layer < 1) throw new RangeError(`layer must be an integer ≥ 1, got ${layer}`);
  const n = model.parent.length;
  const flags = new Uint8Array(n);
  const { childStart } = model;
  for (let i = 0; i < n; i++) if (model.layer[i] === layer && childStart[i + 1] > childStart[i]) flags[i] = 1;
  return flags;
}
