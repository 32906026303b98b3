import { revealTransform } from "../../src/chart/viewMath";

const SIZE = { width: 350, height: 500 };
const IDENTITY = { x: 0, y: 0, k: 1 };
/** The minimap's corner of a 350 × 500 chart. */
const MINIMAP = { minX: 230, minY: 420, maxX: 342, maxY: 492 };

function screenBox(
  t: { x: number; y: number; k: number },
  box: { minX: number; minY: number; maxX: number; maxY: number },
) {
  return {
    minX: box.minX * t.k + t.x,
    minY: box.minY * t.k + t.y,
    maxX: box.maxX * t.k + t.x,
    maxY: box.maxY * t.k + t.y,
  };
}

function overlaps(a: typeof MINIMAP, b: typeof MINIMAP): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

describe("revealTransform past what covers the chart (the minimap)", () => {
  test("a card revealed into the bottom-right corner moves clear of the minimap", () => {
    const card = { minX: 600, minY: 900, maxX: 760, maxY: 980 }; // far below and to the right
    const plain = revealTransform(IDENTITY, SIZE, card)!;
    expect(overlaps(screenBox(plain, card), MINIMAP)).toBe(true); // what happened before
    const clear = revealTransform(IDENTITY, SIZE, card, MINIMAP)!;
    const box = screenBox(clear, card);
    expect(overlaps(box, MINIMAP)).toBe(false);
    expect(box.minX).toBeGreaterThanOrEqual(0);
    expect(box.minY).toBeGreaterThanOrEqual(0);
    expect(box.maxX).toBeLessThanOrEqual(SIZE.width);
    expect(box.maxY).toBeLessThanOrEqual(SIZE.height);
  });

  test("a card in view but under the minimap is moved; one clear of it is left alone", () => {
    const under = { minX: 240, minY: 400, maxX: 330, maxY: 470 };
    const moved = revealTransform(IDENTITY, SIZE, under, MINIMAP);
    expect(moved).not.toBeNull();
    expect(overlaps(screenBox(moved!, under), MINIMAP)).toBe(false);
    const clear = { minX: 40, minY: 40, maxX: 200, maxY: 120 };
    expect(revealTransform(IDENTITY, SIZE, clear, MINIMAP)).toBeNull();
  });

  test("takes the shorter way out: up for a wide card near the bottom, left for a tall one at the side", () => {
    const wide = { minX: 60, minY: 430, maxX: 300, maxY: 470 };
    const up = revealTransform(IDENTITY, SIZE, wide, MINIMAP)!;
    expect(up.x).toBe(0);
    expect(up.y).toBeLessThan(0);
    const tall = { minX: 250, minY: 60, maxX: 330, maxY: 460 };
    const left = revealTransform(IDENTITY, SIZE, tall, MINIMAP)!;
    expect(left.y).toBe(0);
    expect(left.x).toBeLessThan(0);
  });
});
