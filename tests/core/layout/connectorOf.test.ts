import fc from "fast-check";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import type { ChartLayout, ChartOrientation } from "../../../src/core/layout/chartLayout";
import { cardsInRect } from "../../../src/core/layout/cardsInRect";
import { connectorOf } from "../../../src/core/layout/connectorOf";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import { DEFAULT_CARD_WIDTH, LAYER_GAP, STACK_LANE } from "../../../src/core/layout/layoutSpacing";
import { orgFromParents, randomOrgParents } from "./layoutFixtures";

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

  test("left-to-right: a block's first column hangs from the mid-line, a further one from its spine and the bus", () => {
    // 20 leaves: 4 columns of 5 rows, running rightwards from the next layer, each column stacked downwards.
    const parents = [-1, ...Array.from({ length: 20 }, () => 0)];
    const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { orientation: "leftRight" });
    const { x, y } = layout;
    const midX = 200 + LAYER_GAP / 2;
    const parentY = y[0] + 48;
    expect(pointsOf(layout, 2)).toEqual([
      [256, y[2] + 48],
      [midX, y[2] + 48],
      [midX, parentY],
      [200, parentY],
    ]);
    // Card 8 is column 1, row 2; the bus runs in the lane along the top of the block.
    expect(x[8]).toBe(256 + DEFAULT_CARD_WIDTH + STACK_LANE);
    const spineX = x[8] - STACK_LANE / 2;
    const busY = y[1] - STACK_LANE / 2;
    expect(pointsOf(layout, 8)).toEqual([
      [x[8], y[8] + 48],
      [spineX, y[8] + 48],
      [spineX, busY],
      [midX, busY],
      [midX, parentY],
      [200, parentY],
    ]);
    // Every card of column 3 shares its spine and the bus.
    for (let card = 16; card <= 20; card++) {
      const points = pointsOf(layout, card);
      expect(points[1][0]).toBe(x[16] - STACK_LANE / 2);
      expect(points[2]).toEqual([x[16] - STACK_LANE / 2, busY]);
    }
  });

  test.each(ORIENTATIONS)(
    "%s, random orgs: starts on the card's edge, ends on the parent's, turns at right angles, crosses no card",
    (orientation) => {
      fc.assert(
        fc.property(randomOrgParents, fc.boolean(), (parents, compact) => {
          const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { orientation, compact });
          const { tree } = layout;
          const crossings: [number, number][] = [];
          for (let card = 1; card < tree.count; card++) {
            const points = pointsOf(layout, card);
            // Stacked: 5 points top-down; left-to-right 4 in a block's first column, 6 in a further one.
            const firstColumn = layout.x[card] === layout.x[tree.parent[card]] + DEFAULT_CARD_WIDTH + LAYER_GAP;
            const stackedPoints = orientation === "topDown" ? 5 : firstColumn ? 4 : 6;
            expect(points.length).toBe(layout.stacked[card] ? stackedPoints : 4);
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
              // The cards near the segment, from the grid index (checked against a scan of every card in its tests).
              const near = cardsInRect(layout, {
                minX: Math.min(a[0], b[0]),
                minY: Math.min(a[1], b[1]),
                maxX: Math.max(a[0], b[0]),
                maxY: Math.max(a[1], b[1]),
              });
              for (const other of near) if (crossesCard(layout, other, a, b)) crossings.push([card, other]);
            }
          }
          expect(crossings).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});
