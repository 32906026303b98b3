import type { LayerRow } from "../../../src/core/checks/orgChecks";
import { layoutLayerPyramid } from "../../../src/taskpane/charts/layerPyramidBars";

const LAYERS: LayerRow[] = [
  { layer: 1, positions: 1, fte: 1, managers: 1, averageSpan: 8 },
  { layer: 2, positions: 9, fte: 9, managers: 6, averageSpan: 2.7 },
  { layer: 3, positions: 16, fte: 15.3, managers: 4, averageSpan: 2.25 },
  { layer: 4, positions: 8, fte: 8.5, managers: 0, averageSpan: null },
];

describe("layoutLayerPyramid(layers, options)", () => {
  const options = { width: 320, labelWidth: 30, valueWidth: 90, maxLayers: 7 };

  test("centred bars, top layer first, the widest layer filling the plot", () => {
    const layout = layoutLayerPyramid(LAYERS, options);
    expect(layout.plotWidth).toBe(200);
    expect(layout.centreX).toBe(130);
    expect(layout.bars.map((bar) => bar.layer)).toEqual([1, 2, 3, 4]);
    expect(layout.bars[2].length).toBe(200);
    expect(layout.bars[2].x).toBe(30);
    for (const bar of layout.bars) expect(bar.x + bar.length / 2).toBeCloseTo(130);
    expect(layout.bars[3].length).toBe(100);
    expect(layout.bars.map((bar) => bar.fte)).toEqual([1, 9, 15.3, 8.5]);
    expect(layout.height).toBe(4 * 24);
  });

  test("layers deeper than the rules allow are marked", () => {
    const layout = layoutLayerPyramid(LAYERS, { ...options, maxLayers: 2 });
    expect(layout.bars.map((bar) => bar.tooDeep)).toEqual([false, false, true, true]);
  });

  test("no layers, no bars", () => {
    expect(layoutLayerPyramid([], options)).toMatchObject({ bars: [], height: 0 });
  });
});
