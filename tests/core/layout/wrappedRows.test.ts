import fc from "fast-check";
import { cardForArrowKey } from "../../../src/chart/cardForArrowKey";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import { cardsInRect } from "../../../src/core/layout/cardsInRect";
import type { ChartLayout } from "../../../src/core/layout/chartLayout";
import { connectorOf } from "../../../src/core/layout/connectorOf";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import { LAYER_GAP, STACK_ROW_GAP, WRAP_LANE } from "../../../src/core/layout/layoutSpacing";
import { operationsCenterWorkbook } from "../../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import { orgFromParents, overlappingCards, randomOrgParents } from "./layoutFixtures";

/** Half the smallest gap between two cards, less a hair: grown by this, no two cards meet. */
const CLEARANCE = STACK_ROW_GAP / 2 - 0.01;

function treeOf(parents: number[], assistants?: boolean[]) {
  return buildPositionTree(orgFromParents(parents, assistants));
}

/** A manager (P0) with `managers` reports that have `leaves` reports each. */
function managersOfTeams(managers: number, leaves: number): number[] {
  const parents = [-1];
  for (let m = 0; m < managers; m++) {
    const manager = parents.length;
    parents.push(0);
    for (let l = 0; l < leaves; l++) parents.push(manager);
  }
  return parents;
}

function pointsOf(layout: ChartLayout, card: number): [number, number][] {
  const out = new Float64Array(12);
  const count = connectorOf(layout, card, out);
  return Array.from({ length: count }, (_, i) => [out[2 * i], out[2 * i + 1]]);
}

/** Pairs (card, other) where a segment of card's connector runs through the inside of other's box. */
function connectorCrossings(layout: ChartLayout): [number, number][] {
  const crossings: [number, number][] = [];
  for (let card = 1; card < layout.tree.count; card++) {
    const points = pointsOf(layout, card);
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if (a[0] !== b[0] && a[1] !== b[1]) crossings.push([card, -1]); // not a right angle
      const near = cardsInRect(layout, {
        minX: Math.min(a[0], b[0]),
        minY: Math.min(a[1], b[1]),
        maxX: Math.max(a[0], b[0]),
        maxY: Math.max(a[1], b[1]),
      });
      for (const other of near) {
        const minX = layout.x[other];
        const minY = layout.y[other];
        const inside =
          Math.max(a[0], b[0]) > minX &&
          Math.min(a[0], b[0]) < minX + layout.cardWidth &&
          Math.max(a[1], b[1]) > minY &&
          Math.min(a[1], b[1]) < minY + layout.cardHeight;
        if (inside) crossings.push([card, other]);
      }
    }
  }
  return crossings;
}

function aspectOf(layout: ChartLayout): number {
  const { minX, minY, maxX, maxY } = layout.bounds;
  return (maxX - minX) / (maxY - minY);
}

describe("layoutChart(tree, { wrapAspect }): wide managers' reports wrapped into rows", () => {
  test("a manager with twelve teams side by side far wider than the aspect wraps them into rows, closer to it", () => {
    const tree = treeOf(managersOfTeams(12, 2));
    const flat = layoutChart(tree, { compact: false });
    const wrapped = layoutChart(tree, { compact: false, wrapAspect: 1 });
    expect(flat.wrapRow).toBeNull();
    expect(wrapped.wrapRow).not.toBeNull();
    const rows = new Set(
      Array.from(tree.childIndex.subarray(tree.childStart[0], tree.childStart[1]), (c) => wrapped.wrapRow![c]),
    );
    expect(rows.size).toBeGreaterThan(1);
    expect(Math.abs(Math.log(aspectOf(wrapped)))).toBeLessThan(Math.abs(Math.log(aspectOf(flat))) / 2);
    expect(overlappingCards(wrapped, CLEARANCE)).toEqual([]);
    expect(connectorCrossings(wrapped)).toEqual([]);
    // Rows in child order, one below the other: a row starts a layer below the deepest card of the row above.
    const reports = Array.from(tree.childIndex.subarray(tree.childStart[0], tree.childStart[1]));
    for (let i = 1; i < reports.length; i++) {
      const [before, after] = [reports[i - 1], reports[i]];
      const rowBefore = wrapped.wrapRow![before];
      expect(wrapped.wrapRow![after]).toBeGreaterThanOrEqual(rowBefore);
      if (wrapped.wrapRow![after] === rowBefore) {
        expect(wrapped.y[after]).toBe(wrapped.y[before]);
        expect(wrapped.x[after]).toBeGreaterThan(wrapped.x[before]);
      } else {
        let deepest = -Infinity;
        for (let card = 0; card < tree.count; card++)
          if (wrapped.wrapRow![card] === rowBefore || wrapped.wrapRow![tree.parent[card]] === rowBefore)
            deepest = Math.max(deepest, wrapped.y[card] + wrapped.cardHeight);
        expect(wrapped.y[after]).toBe(deepest + LAYER_GAP);
      }
    }
    // The spine runs in the lane before every row, left of every card of the group.
    const spine = wrapped.wrapSpine![0];
    for (let card = 1; card < tree.count; card++)
      if (card !== 0) expect(wrapped.x[card]).toBeGreaterThanOrEqual(spine + WRAP_LANE / 2);
  });

  test("a card in a row below the first hangs from its row's bus, along it to the spine, up to the manager", () => {
    const tree = treeOf(managersOfTeams(12, 2));
    const layout = layoutChart(tree, { compact: false, wrapAspect: 1 });
    const reports = Array.from(tree.childIndex.subarray(tree.childStart[0], tree.childStart[1]));
    const first = reports[0];
    const later = reports.find((card) => layout.wrapRow![card] > 0)!;
    const spine = layout.wrapSpine![0];
    const parentX = layout.x[0] + layout.cardWidth / 2;
    const midY = layout.cardHeight + LAYER_GAP / 2;
    const childX = layout.x[later] + layout.cardWidth / 2;
    const busY = layout.y[later] - LAYER_GAP / 2;
    expect(pointsOf(layout, later)).toEqual([
      [childX, layout.y[later]],
      [childX, busY],
      [spine, busY],
      [spine, midY],
      [parentX, midY],
      [parentX, layout.cardHeight],
    ]);
    // The first row hangs from the manager's mid-line like any report.
    expect(pointsOf(layout, first)).toHaveLength(4);
    expect(pointsOf(layout, first)[1]).toEqual([layout.x[first] + layout.cardWidth / 2, midY]);
  });

  test("random orgs at random aspects: no overlap, right-angle connectors crossing no card, bounds around every card", () => {
    fc.assert(
      fc.property(
        randomOrgParents,
        fc.boolean(),
        fc.constantFrom(0.5, 0.7, 1, 1.7, 3),
        fc.array(fc.boolean(), { maxLength: 120 }),
        (parents, compact, wrapAspect, assistants) => {
          const tree = treeOf(
            parents,
            parents.map((_, i) => assistants[i] ?? false),
          );
          const layout = layoutChart(tree, { compact, wrapAspect });
          expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
          expect(connectorCrossings(layout)).toEqual([]);
          const xs = Array.from(layout.x);
          const ys = Array.from(layout.y);
          expect(layout.bounds).toEqual({
            minX: Math.min(...xs),
            minY: Math.min(...ys),
            maxX: Math.max(...xs) + layout.cardWidth,
            maxY: Math.max(...ys) + layout.cardHeight,
          });
          // Every report sits below its manager.
          for (let card = 1; card < tree.count; card++)
            expect(layout.y[card]).toBeGreaterThan(layout.y[tree.parent[card]]);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("without wrapping (no aspect, an aspect nothing exceeds, left-to-right) the layout is the tidy tree's", () => {
    fc.assert(
      fc.property(randomOrgParents, fc.boolean(), (parents, compact) => {
        const tree = treeOf(parents);
        const plain = layoutChart(tree, { compact });
        const roomy = layoutChart(tree, { compact, wrapAspect: 1e9 });
        expect(roomy.wrapRow).toBeNull();
        expect(Array.from(roomy.x)).toEqual(Array.from(plain.x));
        expect(Array.from(roomy.y)).toEqual(Array.from(plain.y));
        const across = layoutChart(tree, { compact, orientation: "leftRight", wrapAspect: 0.5 });
        const acrossPlain = layoutChart(tree, { compact, orientation: "leftRight" });
        expect(across.wrapRow).toBeNull();
        expect(Array.from(across.y)).toEqual(Array.from(acrossPlain.y));
      }),
      { numRuns: 60 },
    );
  });

  test("the arrow keys still follow the tree: Right from a row's last report goes to the next row's first", () => {
    const tree = treeOf(managersOfTeams(12, 2));
    const layout = layoutChart(tree, { compact: false, wrapAspect: 1 });
    const reports = Array.from(tree.childIndex.subarray(tree.childStart[0], tree.childStart[1]));
    const i = reports.findIndex((card) => layout.wrapRow![card] === 1);
    expect(cardForArrowKey(tree, "topDown", reports[i - 1], "ArrowRight")).toBe(reports[i]);
    expect(cardForArrowKey(tree, "topDown", reports[i], "ArrowLeft")).toBe(reports[i - 1]);
    expect(cardForArrowKey(tree, "topDown", reports[i], "ArrowUp")).toBe(0);
    expect(cardForArrowKey(tree, "topDown", 0, "ArrowDown")).toBe(reports[0]);
  });

  test.each(["en", "zh-CN"] as const)(
    "the sample (%s) in a 1280×800 window's chart (856×526 px) fits half again as big as unwrapped",
    (lang) => {
      const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterWorkbook(lang)[0]), { lang });
      const tree = buildPositionTree(model);
      const scale = (layout: ChartLayout) =>
        Math.min(
          (856 - 48) / (layout.bounds.maxX - layout.bounds.minX),
          (526 - 48) / (layout.bounds.maxY - layout.bounds.minY),
        );
      const flat = layoutChart(tree);
      const wrapped = layoutChart(tree, { wrapAspect: Math.pow(2, 0.75) });
      expect(overlappingCards(wrapped, CLEARANCE)).toEqual([]);
      expect(connectorCrossings(wrapped)).toEqual([]);
      expect(scale(wrapped)).toBeGreaterThanOrEqual(1.5 * scale(flat));
      expect(scale(wrapped)).toBeGreaterThanOrEqual(0.3);
    },
  );
});
