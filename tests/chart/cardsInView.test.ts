import { CardFinder, SCAN_MAX_CARDS } from "../../src/chart/cardsInView";
import { cardsInRect } from "../../src/core/layout/cardsInRect";
import { generatedParents, sceneOf, treeFromParents } from "./chartFixture";

describe("CardFinder", () => {
  const { layout } = sceneOf(treeFromParents(generatedParents(3000)));

  test("finds by a scan exactly the cards the grid index finds (touching counts)", () => {
    const finder = new CardFinder(layout);
    const { bounds } = layout;
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 200; i++) {
      const x = bounds.minX + random() * (bounds.maxX - bounds.minX);
      const y = bounds.minY + random() * (bounds.maxY - bounds.minY);
      const w = random() * 3000;
      const h = random() * 1500;
      const rect = { minX: x - w / 2, minY: y - h / 2, maxX: x + w / 2, maxY: y + h / 2 };
      const scanned = Array.from(finder.cardsIn(rect)).sort((a, b) => a - b);
      const indexed = Array.from(cardsInRect(layout, rect)).sort((a, b) => a - b);
      expect(scanned).toEqual(indexed);
    }
    // A rect touching a card's right edge finds it.
    const edge = layout.x[5] + layout.cardWidth;
    expect(
      Array.from(finder.cardsIn({ minX: edge, minY: layout.y[5], maxX: edge + 1, maxY: layout.y[5] + 1 })),
    ).toContain(5);
  });

  test("builds no grid index for a layout that scans fast", () => {
    expect(layout.tree.count).toBeLessThan(SCAN_MAX_CARDS);
    const finder = new CardFinder(layout);
    expect(finder.wantsIndex).toBe(false);
  });
});
