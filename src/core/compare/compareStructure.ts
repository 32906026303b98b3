import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { LayerDelta, PositionMatching, SpanChange, StructureDelta } from "./planComparison";

/** Δ spans of control (the summaries, the bands, and each matched manager whose span changed) and Δ layers. */
export function compareStructure(
  baseline: WorkbookAnalysis,
  plan: WorkbookAnalysis,
  matching: PositionMatching,
): StructureDelta {
  const before = baseline.checks.spans;
  const after = plan.checks.spans;
  const changed: SpanChange[] = [];
  const baselineSpan = baseline.checks.span;
  const planSpan = plan.checks.span;
  const { baselineOfPlan } = matching;
  for (let p = 0; p < baselineOfPlan.length; p++) {
    const b = baselineOfPlan[p];
    if (b < 0 || baselineSpan[b] === planSpan[p]) continue;
    changed.push({
      id: plan.model.positions[p].id,
      baselineId: baseline.model.positions[b].id,
      baseline: baselineSpan[b],
      plan: planSpan[p],
    });
  }
  const layerCount = Math.max(baseline.checks.layers.layers.length, plan.checks.layers.layers.length);
  const byLayer: LayerDelta[] = [];
  const empty = { positions: 0, fte: 0, managers: 0 };
  for (let i = 0; i < layerCount; i++) {
    const was = baseline.checks.layers.layers[i];
    const now = plan.checks.layers.layers[i];
    byLayer.push({
      layer: i + 1,
      baseline: was ? { positions: was.positions, fte: was.fte, managers: was.managers } : empty,
      plan: now ? { positions: now.positions, fte: now.fte, managers: now.managers } : empty,
    });
  }
  return {
    spans: {
      managers: { baseline: before.managers, plan: after.managers },
      median: { baseline: before.median, plan: after.median },
      mean: { baseline: before.mean, plan: after.mean },
      widest: { baseline: before.widest, plan: after.widest },
      bands: before.bands.map((band, i) => ({
        band: band.band,
        baseline: band.managers,
        plan: after.bands[i].managers,
      })),
      changed,
    },
    layers: { count: { baseline: baseline.model.layerCount, plan: plan.model.layerCount }, byLayer },
  };
}
