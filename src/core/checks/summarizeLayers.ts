import type { OrgModel } from "../model/orgModel";
import { positionCountOf } from "../model/positionFields";
import { positionValuesOf, roundFte, sumByGroup } from "../rollup/positionValues";
import type { LayerRow, LayerSummary } from "./orgChecks";

/**
 * The layer pyramid, top (layer 1) down: positions (a headcount line counts its posts), FTE, managers and the mean span of the layer's managers (null
 * when the layer has none). FTE is counted as everywhere else ({@link positionValuesOf}): a closed position is a
 * position of its layer but adds no FTE; an unreadable FTE counts 0.
 */
export function summarizeLayers(model: OrgModel, span: Int32Array): LayerSummary {
  const count = model.layerCount;
  const positions = new Int32Array(count + 1);
  const managers = new Int32Array(count + 1);
  const spanTotal = new Float64Array(count + 1);
  const values = positionValuesOf(model);
  const fte = sumByGroup(values.fte, model.layer, count + 1);
  const posts = values.posts;
  for (let i = 0, n = positionCountOf(model); i < n; i++) {
    const l = model.layer[i];
    positions[l] += posts[i];
    if (span[i] > 0) {
      managers[l]++;
      spanTotal[l] += span[i];
    }
  }
  const layers: LayerRow[] = [];
  for (let l = 1; l <= count; l++) {
    layers.push({
      layer: l,
      positions: positions[l],
      fte: roundFte(fte[l]),
      managers: managers[l],
      averageSpan: managers[l] === 0 ? null : spanTotal[l] / managers[l],
    });
  }
  return { layers };
}
