import {
  FIT_MAX_SCALE,
  READABLE_SCALE,
  TITLES_MIN_SCALE,
  TOP_LEVELS_MIN_SCALE,
  openingView,
  wholeView,
  revealTransform,
  transformOfViewState,
  viewRectOf,
  viewStateOf,
} from "../../src/chart/viewMath";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { buildPositionTree } from "../../src/core/layout/buildPositionTree";
import { layoutChart } from "../../src/core/layout/layoutChart";
import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../src/core/sheet/gridFromSheetSpec";
import { paneAspectOf } from "../../src/taskpane/chart/buildChartScene";
import { generatedParents, sceneOf, treeFromParents } from "./chartFixture";

const size = { width: 1000, height: 700 };

describe("view math", () => {
  test("view state and transform are inverse", () => {
    const state = { x: 4_123_456.75, y: -321.5, k: 0.37 };
    const back = viewStateOf(transformOfViewState(state, size), size);
    expect(back.x).toBeCloseTo(state.x, 6);
    expect(back.y).toBeCloseTo(state.y, 6);
    expect(back.k).toBe(state.k);
    const rect = viewRectOf(transformOfViewState(state, size), size);
    expect((rect.minX + rect.maxX) / 2).toBeCloseTo(state.x, 6);
    expect(rect.maxX - rect.minX).toBeCloseTo(size.width / state.k, 6);
  });

  test("a small chart opens fitted, centred, never above 100 %", () => {
    const { layout } = sceneOf(treeFromParents([-1, 0, 0, 0]));
    const view = openingView(layout, size);
    expect(view.k).toBe(FIT_MAX_SCALE);
    expect(view.x).toBeCloseTo((layout.bounds.minX + layout.bounds.maxX) / 2);
  });

  test("a big chart opens at its top levels, titles readable; left-to-right at the left", () => {
    const tree = treeFromParents(generatedParents(4000));
    const down = sceneOf(tree).layout;
    const view = openingView(down, size);
    expect(view.k).toBeGreaterThanOrEqual(TITLES_MIN_SCALE);
    expect(view.k).toBeLessThanOrEqual(READABLE_SCALE);
    const rect = viewRectOf(transformOfViewState(view, size), size);
    expect(rect.minY).toBeLessThan(down.bounds.minY);
    expect(down.x[0]).toBeGreaterThan(rect.minX);
    expect(down.x[0] + down.cardWidth).toBeLessThan(rect.maxX);
    const across = sceneOf(tree, { orientation: "leftRight" }).layout;
    const acrossRect = viewRectOf(transformOfViewState(openingView(across, size), size), size);
    expect(acrossRect.minX).toBeLessThan(across.bounds.minX);
    expect(across.y[0]).toBeGreaterThan(acrossRect.minY);
    expect(across.y[0] + across.cardHeight).toBeLessThan(acrossRect.maxY);
  });

  test("reveal pans the least to bring a box inside, and nothing when it is inside", () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(revealTransform(t, size, { minX: 100, minY: 100, maxX: 300, maxY: 196 })).toBeNull();
    const moved = revealTransform(t, size, { minX: 1500, minY: 100, maxX: 1700, maxY: 196 });
    expect(moved).not.toBeNull();
    const rect = viewRectOf(moved!, size);
    expect(rect.maxX).toBeGreaterThanOrEqual(1700);
    expect(rect.maxX).toBeLessThan(1800);
    expect(moved!.y).toBe(0);
  });
});

describe("the sample's opening view", () => {
  const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterWorkbook("en")[0]), { lang: "en" });
  const tree = buildPositionTree(model);
  const layoutFor = (size: { width: number; height: number }) =>
    layoutChart(tree, { wrapAspect: paneAspectOf(size.width, size.height) });

  test("in a 1280×800 window's chart (856×526): the whole org, its titles readable (reduced cards)", () => {
    const size = { width: 856, height: 526 };
    const layout = layoutFor(size);
    const view = openingView(layout, size);
    expect(view).toEqual(wholeView(layout, size));
    expect(view.k).toBeGreaterThanOrEqual(TITLES_MIN_SCALE);
    const rect = viewRectOf(transformOfViewState(view, size), size);
    expect(rect.minX).toBeLessThanOrEqual(layout.bounds.minX);
    expect(rect.maxX).toBeGreaterThanOrEqual(layout.bounds.maxX);
    expect(rect.maxY).toBeGreaterThanOrEqual(layout.bounds.maxY);
  });

  test("in a 350 px pane's chart (318×434): the top levels, the director and department heads in view", () => {
    const size = { width: 318, height: 434 };
    const layout = layoutFor(size);
    const view = openingView(layout, size);
    expect(view.k).toBeGreaterThanOrEqual(TOP_LEVELS_MIN_SCALE);
    const rect = viewRectOf(transformOfViewState(view, size), size);
    const inView = (card: number) =>
      layout.x[card] >= rect.minX &&
      layout.x[card] + layout.cardWidth <= rect.maxX &&
      layout.y[card] >= rect.minY &&
      layout.y[card] + layout.cardHeight <= rect.maxY;
    expect(inView(0)).toBe(true);
    const heads = Array.from(tree.childIndex.subarray(tree.childStart[0], tree.childStart[1])).filter(
      (card) => layout.assistant[card] === 0,
    );
    expect(heads.filter(inView).length).toBeGreaterThanOrEqual(2);
  });
});
