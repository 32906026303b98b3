import { DensityGrid } from "../../src/chart/densityGrid";
import { generatedParents, sceneOf, treeFromParents } from "./chartFixture";

describe("DensityGrid", () => {
  const tree = treeFromParents(generatedParents(8000));
  const { layout } = sceneOf(tree);
  const grid = new DensityGrid(layout);

  test("every level counts every card once, down to a single cell", () => {
    for (const level of grid.levels) {
      expect(level.counts.reduce((a, b) => a + b, 0)).toBe(tree.count);
      expect(level.counts.length).toBe(level.cols * level.rows);
    }
    const top = grid.levels[grid.levels.length - 1];
    expect(top.cols * top.rows).toBe(1);
    for (let i = 1; i < grid.levels.length; i++) expect(grid.levels[i].cell).toBe(grid.levels[i - 1].cell * 2);
  });

  test("cells visited over a rect hold the cards whose centres are in it", () => {
    const rect = {
      minX: layout.bounds.minX,
      minY: layout.bounds.minY,
      maxX: layout.bounds.minX + 5000,
      maxY: layout.bounds.maxY,
    };
    const level = grid.levels[0];
    let counted = 0;
    grid.forEachCell(level, rect, (count, minX, _minY, cell) => {
      expect(minX + cell).toBeGreaterThan(rect.minX);
      expect(minX).toBeLessThanOrEqual(rect.maxX);
      counted += count;
    });
    let exact = 0;
    for (let c = 0; c < tree.count; c++) {
      const cx = layout.x[c] + layout.cardWidth / 2;
      if (cx <= rect.maxX) exact++;
    }
    // The last column of cells may reach past the rect's edge.
    expect(counted).toBeGreaterThanOrEqual(exact);
    expect(counted).toBeLessThanOrEqual(exact + level.rows * 40);
  });

  test("estimateCards covers the cards in a rect and is exact for the whole chart", () => {
    expect(grid.estimateCards(layout.bounds)).toBe(tree.count);
  });

  test("levelFor picks the finest level with cells of at least the size asked", () => {
    expect(grid.levelFor(1).cell).toBe(grid.levels[0].cell);
    expect(grid.levelFor(grid.levels[0].cell * 3).cell).toBe(grid.levels[0].cell * 4);
    expect(grid.levelFor(Number.MAX_VALUE)).toBe(grid.levels[grid.levels.length - 1]);
  });
});
