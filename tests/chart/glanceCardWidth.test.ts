import { withGlanceCardWidth, GLANCE_MAX_CARDS } from "../../src/chart/glanceCardWidth";
import type { ChartLayout } from "../../src/core/layout/chartLayout";
import { buildPositionTree } from "../../src/core/layout/buildPositionTree";
import { layoutChart } from "../../src/core/layout/layoutChart";
import { DEFAULT_CARD_WIDTH } from "../../src/core/layout/layoutSpacing";
import { chainOrg, sampleModel } from "../core/rollup/rollupOrgs";

const width = (layout: ChartLayout) => layout.bounds.maxX - layout.bounds.minX;
const height = (layout: ChartLayout) => layout.bounds.maxY - layout.bounds.minY;
/** How big the chart shows in a pane of `aspect`, per px of the pane's height. */
const fit = (layout: ChartLayout, aspect: number) => Math.min(aspect / width(layout), 1 / height(layout));

describe("cards as wide as the pane has room for, on a small chart (the whole org at a glance)", () => {
  const tree = buildPositionTree(sampleModel("en"), {});

  test("a wide pane (1366×768's chart, aspect 2): the sample's cards widen and the chart shows no smaller", () => {
    const plain = layoutChart(tree, { wrapAspect: 2 });
    const glance = withGlanceCardWidth(tree, { wrapAspect: 2 });
    expect(plain.cardWidth).toBe(DEFAULT_CARD_WIDTH);
    expect(glance.cardWidth).toBeGreaterThanOrEqual(DEFAULT_CARD_WIDTH * 1.4);
    // Checked against the narrowest pane the rounded aspect stands for (2 / 2^(1/8)).
    const narrowest = 2 / Math.pow(2, 1 / 8);
    expect(fit(glance, narrowest)).toBeGreaterThanOrEqual(fit(plain, narrowest) * (1 - 1e-9));
    // Each card gets that much more room on screen.
    expect(glance.cardWidth * fit(glance, narrowest)).toBeGreaterThan(plain.cardWidth * fit(plain, narrowest) * 1.4);
    // Only the width changes: the same cards, the same layers.
    expect(glance.cardHeight).toBe(plain.cardHeight);
    expect(height(glance)).toBe(height(plain));
  });

  test("a tall pane (350 px task pane): the chart is limited by its width and keeps the default cards", () => {
    for (const aspect of [0.5, 0.71, 1]) {
      const glance = withGlanceCardWidth(tree, { wrapAspect: aspect });
      expect({ aspect, cardWidth: glance.cardWidth }).toEqual({ aspect, cardWidth: DEFAULT_CARD_WIDTH });
    }
  });

  test("big charts, left-to-right charts, an unknown pane and a width asked for keep the layout given", () => {
    const big = buildPositionTree(chainOrg(GLANCE_MAX_CARDS + 1), {});
    expect(withGlanceCardWidth(big, { wrapAspect: 4 }).cardWidth).toBe(DEFAULT_CARD_WIDTH);
    expect(withGlanceCardWidth(tree, { wrapAspect: 4, orientation: "leftRight" }).cardWidth).toBe(DEFAULT_CARD_WIDTH);
    expect(withGlanceCardWidth(tree, {}).cardWidth).toBe(DEFAULT_CARD_WIDTH);
    expect(withGlanceCardWidth(tree, { wrapAspect: 4, cardWidth: 180 }).cardWidth).toBe(180);
  });

  test("a chain deep enough to be limited by the pane's height widens up to 1.6 times", () => {
    const chain = buildPositionTree(chainOrg(12), {});
    expect(withGlanceCardWidth(chain, { wrapAspect: 2 }).cardWidth).toBe(Math.round(DEFAULT_CARD_WIDTH * 1.6));
  });
});
