import type { LayerRow } from "../../core/checks/orgChecks";

export interface LayerPyramidBar {
  layer: number;
  positions: number;
  fte: number;
  /** Top of the row. */
  y: number;
  /** Left edge and length of the bar, centred in the plot. */
  x: number;
  length: number;
  /** True for a layer deeper than the rules allow. */
  tooDeep: boolean;
}

export interface LayerPyramidLayout {
  width: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  plotX: number;
  plotWidth: number;
  /** The centre line the bars are centred on. */
  centreX: number;
  bars: LayerPyramidBar[];
}

export interface LayerPyramidOptions {
  width: number;
  /** Room for the layer labels on the left. */
  labelWidth: number;
  /** Room for the positions and FTE on the right. */
  valueWidth: number;
  maxLayers: number;
  rowHeight?: number;
  barHeight?: number;
}

/** Lays out the layer pyramid: one centred bar per layer (top = layer 1), its length the positions on the layer. */
export function layoutLayerPyramid(layers: readonly LayerRow[], options: LayerPyramidOptions): LayerPyramidLayout {
  const rowHeight = options.rowHeight ?? 24;
  const barHeight = options.barHeight ?? 16;
  const plotX = options.labelWidth;
  const plotWidth = Math.max(24, options.width - options.labelWidth - options.valueWidth);
  const centreX = plotX + plotWidth / 2;
  const most = Math.max(1, ...layers.map((row) => row.positions));
  const bars = layers.map((row, i) => {
    const length = row.positions === 0 ? 0 : Math.max(2, (row.positions / most) * plotWidth);
    return {
      layer: row.layer,
      positions: row.positions,
      fte: row.fte,
      y: i * rowHeight,
      x: centreX - length / 2,
      length,
      tooDeep: row.layer > options.maxLayers,
    };
  });
  return {
    width: options.width,
    height: layers.length * rowHeight,
    rowHeight,
    barHeight,
    plotX,
    plotWidth,
    centreX,
    bars,
  };
}
