import type { OrgModel } from "../model/orgModel";
import type { LayerRow, LayerSummary } from "./orgChecks";

/** FTE sums are rounded to this many decimals, so 0.8 + 1 + 1 reads 2.8 and not 2.8000000000000003. */
const FTE_DECIMALS = 1e6;

/**
 * The layer pyramid, top (layer 1) down: positions, FTE (an unreadable FTE counts 0), managers and the
 * mean span of the layer's managers (null when the layer has none).
 */
export function summarizeLayers(model: OrgModel, span: Int32Array): LayerSummary {
  const count = model.layerCount;
  const positions = new Int32Array(count + 1);
  const fte = new Float64Array(count + 1);
  const managers = new Int32Array(count + 1);
  const spanTotal = new Float64Array(count + 1);
  for (let i = 0; i < model.positions.length; i++) {
    const l = model.layer[i];
    positions[l]++;
    fte[l] += model.positions[i].fte ?? 0;
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
      fte: Math.round(fte[l] * FTE_DECIMALS) / FTE_DECIMALS,
      managers: managers[l],
      averageSpan: managers[l] === 0 ? null : spanTotal[l] / managers[l],
    });
  }
  return { layers };
}
