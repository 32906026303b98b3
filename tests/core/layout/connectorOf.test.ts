import fc from "fast-check";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import type { ChartLayout, ChartOrientation } from "../../../src/core/layout/chartLayout";
import { connectorOf } from "../../../src/core/layout/connectorOf";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import { LAYER_GAP, STACK_LANE } from "../../../src/core/layout/layoutSpacing";
import { orgFromParents, randomParents } from "./layoutFixtures";

const ORIENTATIONS: ChartOrientation[] = ["topDown", "leftRight"];

function pointsOf(layout: ChartLayout, card: number): [number, number][] {
  const out = new Float64Array(12);
  const count = connectorOf(layout, card, out);
  return Array.from({ length: count }, (_, i) => [out[2 * i], out[2 * i + 1]]);
}

/** Whether the axis-aligned segment runs through the inside of the card's box (touching the edge is fine). */
function crossesCard(layout: ChartLayout, card: number, [ax, ay]: number[], [bx, by]: number[]): boolean {
  const minX = layout.x[card];
  const minY = layout.y[card];
  const maxX = minX + layout.cardWidth;
  const maxY = minY + layout.cardHeight;
  return Math.max(ax, bx) > minX && Math.min(ax, bx) < maxX && Math.max(ay, by) > minY && Math.min(ay, by) < maxY;
}

describe("connectorOf(layout, card, out)", () => {
  test("top-down: from the child's top centre, through the mid-line, to the parent's bottom centre", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0])), { compact: true });
    const midY = 96 + LAYER_GAP / 2;
    expect(pointsOf(layout, 0)).toEqual([]);
    expect(pointsOf(layout, 1)).toEqual([
      [-112, 152],
      [-112, midY],
      [0, midY],
      [0, 96],
    ]);
    expect(pointsOf(layout, 2)[0]).toEqual([112, 152]);
  });

  test("a stacked card hangs from its column's spine, in the lane on the column's left", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0, 0, 0])));
    expect(layout.stacked[1]).toBe(1);
    const points = pointsOf(layout, 2);
    const spineX = layout.x[2] - STACK_LANE / 2;
    expect(points).toEqual([
      [layout.x[2], layout.y[2] + 48],
      [spineX, layout.y[2] + 48],
      [spineX, 96 + LAYER_GAP / 2],
      [layout.x[0] + 100, 96 + LAYER_GAP / 2],
      [layout.x[0] + 100, 96],
    ]);
  });

  test("left-to-right is the transposed connector", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0])), { orientation: "leftRight" });
    const midX = 200 + LAYER_GAP / 2;
    expect(pointsOf(layout, 1)).toEqual([
      [256, layout.y[1] + 48],
      [midX, layout.y[1] + 48],
      [midX, 0],
      [200, 0],
    ]);
  });

  test.each(ORIENTATIONS)(
    "%s, random orgs: starts on the card's edge, ends on the parent's, turns at right angles, crosses no card",
    (orientation) => {
      fc.assert(
        fc.property(randomParents, fc.boolean(), (parents, compact) => {
          const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { orientation, compact });
          const { tree } = layout;
          for (let card = 1; card < tree.count; card++) {
            const points = pointsOf(layout, card);
            expect(points.length).toBe(layout.stacked[card] ? 5 : 4);
            const onEdgeOf = (c: number, [px, py]: number[]): boolean => {
              const inX = px >= layout.x[c] && px <= layout.x[c] + layout.cardWidth;
              const inY = py >= layout.y[c] && py <= layout.y[c] + layout.cardHeight;
              const onX = px === layout.x[c] || px === layout.x[c] + layout.cardWidth;
              const onY = py === layout.y[c] || py === layout.y[c] + layout.cardHeight;
              return (inX && onY) || (inY && onX);
            };
            expect(onEdgeOf(card, points[0])).toBe(true);
            expect(onEdgeOf(tree.parent[card], points[points.length - 1])).toBe(true);
            for (let i = 1; i < points.length; i++) {
              const [a, b] = [points[i - 1], points[i]];
              expect(a[0] === b[0] || a[1] === b[1]).toBe(true);
              for (let other = 0; other < tree.count; other++) expect(crossesCard(layout, other, a, b)).toBe(false);
            }
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
