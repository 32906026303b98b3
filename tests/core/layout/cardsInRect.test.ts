import fc from "fast-check";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import type { ChartLayout, Rect } from "../../../src/core/layout/chartLayout";
import { cardsInRect } from "../../../src/core/layout/cardsInRect";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import { orgFromParents, randomParents } from "./layoutFixtures";

function bruteForce(layout: ChartLayout, rect: Rect): number[] {
  const found: number[] = [];
  for (let card = 0; card < layout.tree.count; card++) {
    const { x, y, cardWidth, cardHeight } = layout;
    if (
      x[card] <= rect.maxX &&
      x[card] + cardWidth >= rect.minX &&
      y[card] <= rect.maxY &&
      y[card] + cardHeight >= rect.minY
    )
      found.push(card);
  }
  return found;
}

const sorted = (cards: ArrayLike<number>): number[] => Array.from(cards).sort((a, b) => a - b);

/** Rects from fractions of the layout's bounds (a little beyond them too), from a point to wider than the chart. */
const fractions = fc.tuple(
  fc.double({ min: -0.2, max: 1.2, noNaN: true }),
  fc.double({ min: -0.2, max: 1.2, noNaN: true }),
  fc.double({ min: 0, max: 1.5, noNaN: true }),
  fc.double({ min: 0, max: 1.5, noNaN: true }),
);

function rectFrom(layout: ChartLayout, [fx, fy, fw, fh]: [number, number, number, number]): Rect {
  const { minX, minY, maxX, maxY } = layout.bounds;
  const minRectX = minX + fx * (maxX - minX);
  const minRectY = minY + fy * (maxY - minY);
  return {
    minX: minRectX,
    minY: minRectY,
    maxX: minRectX + fw * fw * (maxX - minX),
    maxY: minRectY + fh * fh * (maxY - minY),
  };
}

describe("cardsInRect(layout, rect)", () => {
  test("returns exactly the cards a brute-force scan finds, each once, on random orgs and rects", () => {
    fc.assert(
      fc.property(
        randomParents,
        fc.constantFrom("topDown" as const, "leftRight" as const),
        fc.array(fractions, { minLength: 1, maxLength: 20 }),
        (parents, orientation, rects) => {
          const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { orientation });
          for (const fraction of rects) {
            const rect = rectFrom(layout, fraction);
            const found = sorted(cardsInRect(layout, rect));
            expect(found).toEqual(bruteForce(layout, rect));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("on a chart spread wide and deep (a big grid of coarser cells) still finds exactly the cards", () => {
    // A 3,000-layer chain beside 3,000 leaves: wide and deep, mostly empty.
    const parents = [
      -1,
      ...Array.from({ length: 3000 }, (_, i) => (i === 0 ? 0 : i)),
      ...Array.from({ length: 3000 }, () => 0),
    ];
    const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { compact: false });
    const { minX, minY, maxX, maxY } = layout.bounds;
    const rects: Rect[] = [
      layout.bounds,
      { minX: minX + 1000, minY, maxX: minX + 3000, maxY: minY + 500 },
      {
        minX: (minX + maxX) / 2,
        minY: (minY + maxY) / 2,
        maxX: (minX + maxX) / 2 + 800,
        maxY: (minY + maxY) / 2 + 600,
      },
      { minX: maxX - 10, minY: minY, maxX: maxX + 100, maxY: maxY },
    ];
    for (const rect of rects) expect(sorted(cardsInRect(layout, rect))).toEqual(bruteForce(layout, rect));
  });

  test("finds nothing outside the chart or in an empty chart, and reuses its buffer", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0])));
    const { maxX, maxY } = layout.bounds;
    expect(cardsInRect(layout, { minX: maxX + 1, minY: 0, maxX: maxX + 100, maxY })).toHaveLength(0);
    const all = cardsInRect(layout, layout.bounds);
    expect(sorted(all)).toEqual([0, 1, 2]);
    const one = cardsInRect(layout, {
      minX: layout.x[1],
      minY: layout.y[1],
      maxX: layout.x[1] + 1,
      maxY: layout.y[1] + 1,
    });
    expect(Array.from(one)).toEqual([1]);
    expect(one.buffer).toBe(all.buffer);
    const empty = layoutChart(buildPositionTree(orgFromParents([])));
    expect(cardsInRect(empty, { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 })).toHaveLength(0);
  });
});
