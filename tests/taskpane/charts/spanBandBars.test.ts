import { SPAN_BANDS, type SpanBandCount } from "../../../src/core/checks/orgChecks";
import { completeSpanBands, layoutSpanBandChart, targetFitOf } from "../../../src/taskpane/charts/spanBandBars";

function bands(managers: number[]): SpanBandCount[] {
  return SPAN_BANDS.map((band, i) => ({ ...band, managers: managers[i] }));
}

describe("targetFitOf(band, target)", () => {
  test("inside, partly inside or outside the target span", () => {
    const target = { min: 4, max: 8 };
    expect(targetFitOf({ min: 4, max: 7 }, target)).toBe("within");
    expect(targetFitOf({ min: 8, max: 12 }, target)).toBe("partial");
    expect(targetFitOf({ min: 2, max: 3 }, target)).toBe("outside");
    expect(targetFitOf({ min: 17, max: null }, target)).toBe("outside");
    // A target with no upper end (coordinator, 15+).
    expect(targetFitOf({ min: 17, max: null }, { min: 15, max: null })).toBe("within");
    expect(targetFitOf({ min: 13, max: 16 }, { min: 15, max: null })).toBe("partial");
  });
});

describe("layoutSpanBandChart(bands, target, options)", () => {
  const options = { width: 300, labelWidth: 50, valueWidth: 30 };

  test("one bar per band, the longest band filling the plot, lengths in proportion", () => {
    const layout = layoutSpanBandChart(bands([0, 9, 1, 1, 0, 0]), { min: 4, max: 8 }, options);
    expect(layout.plotX).toBe(50);
    expect(layout.plotWidth).toBe(220);
    expect(layout.bars.map((bar) => bar.band)).toEqual(["1", "2–3", "4–7", "8–12", "13–16", "17+"]);
    expect(layout.bars.map((bar) => bar.managers)).toEqual([0, 9, 1, 1, 0, 0]);
    expect(layout.bars[1].length).toBe(220);
    expect(layout.bars[2].length).toBeCloseTo(220 / 9);
    expect(layout.bars[0].length).toBe(0);
    expect(layout.bars.map((bar) => bar.fit)).toEqual([
      "outside",
      "outside",
      "within",
      "partial",
      "outside",
      "outside",
    ]);
    expect(layout.bars.map((bar) => bar.y)).toEqual([0, 24, 48, 72, 96, 120]);
    expect(layout.height).toBe(144);
  });

  test("a band with one manager among hundreds still shows a sliver", () => {
    const layout = layoutSpanBandChart(bands([1, 800, 0, 0, 0, 0]), { min: 4, max: 8 }, options);
    expect(layout.bars[0].length).toBe(2);
  });

  test("the practitioners' six bands are always there, even when the summary lists none", () => {
    expect(completeSpanBands([]).map((band) => [band.band, band.managers])).toEqual(
      SPAN_BANDS.map((band) => [band.band, 0]),
    );
    expect(layoutSpanBandChart([], { min: 4, max: 8 }, options).bars).toHaveLength(6);
  });
});
