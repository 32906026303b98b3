import fc from "fast-check";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { buildLayoutTree, type LayoutGeometry } from "../../../src/core/layout/buildLayoutTree";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import type { ChartLayout, ChartOrientation } from "../../../src/core/layout/chartLayout";
import type { ChartTree } from "../../../src/core/layout/chartTree";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import {
  COUSIN_GAP,
  DEFAULT_CARD_HEIGHT,
  DEFAULT_CARD_WIDTH,
  LAYER_GAP,
  SIBLING_GAP,
  STACK_LANE,
  STACK_MAX_COLUMNS,
  STACK_ROW_GAP,
} from "../../../src/core/layout/layoutSpacing";
import { placeTidyTree } from "../../../src/core/layout/placeTidyTree";
import { planCompactBlocks } from "../../../src/core/layout/planCompactBlocks";
import { operationsCenterWorkbook } from "../../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import { d3Layout, orgFromParents, overlappingCards, randomOrgParents, randomParents } from "./layoutFixtures";

const ORIENTATIONS: ChartOrientation[] = ["topDown", "leftRight"];
/** Half the smallest gap between two cards (a stack's row gap), less a hair: grown by this, no two cards meet. */
const CLEARANCE = STACK_ROW_GAP / 2 - 0.01;

/** Centre of a card along the breadth axis, and its near edge along the depth axis. */
function breadthCentre(layout: ChartLayout, card: number): number {
  return layout.orientation === "topDown"
    ? layout.x[card] + layout.cardWidth / 2
    : layout.y[card] + layout.cardHeight / 2;
}
function depthEdge(layout: ChartLayout, card: number): number {
  return layout.orientation === "topDown" ? layout.y[card] : layout.x[card];
}

function randomTree(parents: number[], flags: boolean[] = []): ChartTree {
  const model = orgFromParents(parents);
  return buildPositionTree(model, { collapsed: Uint8Array.from(parents, (_, i) => (flags[i] ? 1 : 0)) });
}

/** A manager (P0) with `leaves` leaf reports, and `managers` reports that have two reports each. */
function wideSpan(leaves: number, managers: number): number[] {
  const parents = [-1];
  for (let m = 0; m < managers; m++) {
    const manager = parents.length;
    parents.push(0, manager, manager);
  }
  for (let l = 0; l < leaves; l++) parents.push(0);
  return parents;
}

describe("layoutChart(tree, { compact: false })", () => {
  test.each(ORIENTATIONS)("%s: puts every card where d3-hierarchy's tree().nodeSize() does", (orientation) => {
    fc.assert(
      fc.property(randomParents, fc.array(fc.boolean(), { maxLength: 120 }), (parents, flags) => {
        const tree = randomTree(parents, flags);
        const layout = layoutChart(tree, { compact: false, orientation });
        const breadth = orientation === "topDown" ? DEFAULT_CARD_WIDTH : DEFAULT_CARD_HEIGHT;
        const step = (orientation === "topDown" ? DEFAULT_CARD_HEIGHT : DEFAULT_CARD_WIDTH) + LAYER_GAP;
        const nodes = d3Layout(tree.childStart, tree.childIndex, step, (a, b) =>
          a.parent === b.parent ? breadth + SIBLING_GAP : breadth + COUSIN_GAP,
        );
        expect(nodes).toHaveLength(tree.count);
        for (const node of nodes) {
          expect(Math.abs(breadthCentre(layout, node.data) - node.x)).toBeLessThan(1e-6);
          expect(Math.abs(depthEdge(layout, node.data) - node.y)).toBeLessThan(1e-6);
        }
        expect(Array.from(layout.stacked).every((s) => s === 0)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

describe("layoutChart(tree) in compact mode", () => {
  test.each(ORIENTATIONS)(
    "%s: places the layout tree (cards, blocks and their spacer chains) exactly as d3's tree() would",
    (orientation) => {
      const topDown = orientation === "topDown";
      const geometry: LayoutGeometry = {
        cardBreadth: topDown ? 200 : 96,
        cardDepth: topDown ? 96 : 200,
        layerStep: topDown ? 152 : 256,
        layerGap: LAYER_GAP,
        stackRowGap: STACK_ROW_GAP,
        stackLane: STACK_LANE,
        columnsAlongDepth: !topDown,
      };
      fc.assert(
        fc.property(randomOrgParents, (parents) => {
          const tree = randomTree(parents);
          const { input } = buildLayoutTree(tree, planCompactBlocks(tree), geometry);
          const centre = placeTidyTree(input, SIBLING_GAP, COUSIN_GAP);
          const nodes = d3Layout(
            input.childStart,
            input.childIndex,
            1,
            (a, b) =>
              (input.breadth[a.data] + input.breadth[b.data]) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP),
          );
          for (const node of nodes) expect(Math.abs(centre[node.data] - node.x)).toBeLessThan(1e-6);
        }),
        { numRuns: 100 },
      );
    },
  );

  test("stacks a manager's leaf reports, when there are at least three, and marks them", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents(wideSpan(5, 2))));
    const { tree, stacked } = layout;
    for (let card = 1; card < tree.count; card++) {
      const leaf = tree.childStart[card + 1] === tree.childStart[card];
      expect(stacked[card]).toBe(leaf && tree.parent[card] === 0 ? 1 : 0);
    }
    // Two leaves only: a plain tree.
    const few = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0])));
    expect(Array.from(few.stacked)).toEqual([0, 0, 0]);
  });

  test("a collapsed manager is not stacked with the leaves: collapsing it does not move it into the block", () => {
    // P0 with two managers (P1, P4, two reports each) and five leaves; collapse P1.
    const parents = wideSpan(5, 2);
    const model = orgFromParents(parents);
    const collapsed = new Uint8Array(parents.length);
    collapsed[1] = 1;
    const open = layoutChart(buildPositionTree(model));
    const shut = layoutChart(buildPositionTree(model, { collapsed }));
    const cardOf = (layout: typeof open, position: number) => layout.tree.cardOfPosition[position];
    expect(shut.tree.hiddenReports[cardOf(shut, 1)]).toBe(2);
    expect(shut.stacked[cardOf(shut, 1)]).toBe(0);
    // Still a manager's card: on the managers' row, as when it was open.
    expect(shut.y[cardOf(shut, 1)]).toBe(open.y[cardOf(open, 1)]);
    // The five leaves are stacked in both.
    for (let position = 7; position < parents.length; position++) {
      expect(open.stacked[cardOf(open, position)]).toBe(1);
      expect(shut.stacked[cardOf(shut, position)]).toBe(1);
    }
  });

  test("a collapsed manager beside a stack of leaves is drawn once, outside the stack, overlapping nothing", () => {
    // Several tops (so a virtual top) with three leaves and P2 collapsed over P3: found by the random-org property.
    const parents = [-1, -1, -1, 2, 0, -1, -1];
    const model = orgFromParents(parents);
    const collapsed = new Uint8Array(parents.length);
    collapsed[2] = 1;
    for (const orientation of ORIENTATIONS) {
      const layout = layoutChart(buildPositionTree(model, { collapsed }), { orientation });
      expect(overlappingCards(layout, 0)).toEqual([]);
      expect(layout.stacked[layout.tree.cardOfPosition[2]]).toBe(0);
    }
  });

  test("keeps a 200-leaf manager's block within 4 card widths and their lanes, in 4 columns of 50 rows", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents(wideSpan(200, 0))));
    const leaves = Array.from({ length: 200 }, (_, i) => i + 1);
    const xs = leaves.map((card) => layout.x[card]);
    const width = Math.max(...xs) + DEFAULT_CARD_WIDTH - Math.min(...xs);
    expect(width).toBeLessThanOrEqual(STACK_MAX_COLUMNS * DEFAULT_CARD_WIDTH + (STACK_MAX_COLUMNS - 1) * STACK_LANE);
    expect(new Set(xs).size).toBe(4);
    expect(new Set(leaves.map((card) => layout.y[card])).size).toBe(50);
    // Filled column by column, in child order.
    expect(layout.x[1]).toBe(layout.x[50]);
    expect(layout.x[51]).toBeGreaterThan(layout.x[50]);
    expect(layout.y[2]).toBe(layout.y[1] + DEFAULT_CARD_HEIGHT + STACK_ROW_GAP);
    // The manager sits centred over its block, the block starts one layer below it.
    expect(layout.x[0] + DEFAULT_CARD_WIDTH / 2).toBeCloseTo(
      (Math.min(...xs) - STACK_LANE + Math.max(...xs) + DEFAULT_CARD_WIDTH) / 2,
      9,
    );
    expect(Math.min(...leaves.map((card) => layout.y[card]))).toBe(DEFAULT_CARD_HEIGHT + LAYER_GAP);
    expect(layout.bounds.maxX - layout.bounds.minX).toBe(width);
  });

  test("left-to-right: stacks a 200-leaf manager's block downwards, 4 cards and their lanes deep, in 50 rows", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents(wideSpan(200, 0))), { orientation: "leftRight" });
    const leaves = Array.from({ length: 200 }, (_, i) => i + 1);
    const xs = leaves.map((card) => layout.x[card]);
    const ys = leaves.map((card) => layout.y[card]);
    const deep = Math.max(...xs) + DEFAULT_CARD_WIDTH - Math.min(...xs);
    expect(deep).toBeLessThanOrEqual(STACK_MAX_COLUMNS * (DEFAULT_CARD_WIDTH + STACK_LANE));
    expect(deep).toBe(4 * DEFAULT_CARD_WIDTH + 3 * STACK_LANE);
    // Columns follow one another along x from the manager's next layer, a lane apart.
    expect(new Set(xs).size).toBe(4);
    expect(Math.min(...xs)).toBe(DEFAULT_CARD_WIDTH + LAYER_GAP);
    expect(layout.x[51]).toBe(layout.x[1] + DEFAULT_CARD_WIDTH + STACK_LANE);
    // Rows run down y: filled column by column, in child order, a row gap apart.
    expect(new Set(ys).size).toBe(50);
    expect(layout.x[50]).toBe(layout.x[1]);
    expect(layout.y[2]).toBe(layout.y[1] + DEFAULT_CARD_HEIGHT + STACK_ROW_GAP);
    expect(layout.y[51]).toBe(layout.y[1]);
    const tall = Math.max(...ys) + DEFAULT_CARD_HEIGHT - Math.min(...ys);
    expect(tall).toBe(50 * DEFAULT_CARD_HEIGHT + 49 * STACK_ROW_GAP);
    // The manager sits level with the middle of its block (bus lane along the top included).
    expect(layout.y[0] + DEFAULT_CARD_HEIGHT / 2).toBeCloseTo(
      (Math.min(...ys) - STACK_LANE + Math.max(...ys) + 96) / 2,
      9,
    );
    expect(layout.bounds.maxX - layout.bounds.minX).toBe(DEFAULT_CARD_WIDTH + LAYER_GAP + deep);
    expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
  });

  test("models a block's depth by its rows top-down and by its columns left-to-right (one spacer per layer)", () => {
    const tree = buildPositionTree(orgFromParents(wideSpan(200, 0)));
    const spacers = (orientation: ChartOrientation): number => {
      const topDown = orientation === "topDown";
      const geometry: LayoutGeometry = {
        cardBreadth: topDown ? 200 : 96,
        cardDepth: topDown ? 96 : 200,
        layerStep: topDown ? 152 : 256,
        layerGap: LAYER_GAP,
        stackRowGap: STACK_ROW_GAP,
        stackLane: STACK_LANE,
        columnsAlongDepth: !topDown,
      };
      return buildLayoutTree(tree, planCompactBlocks(tree), geometry).input.count - tree.count - 1;
    };
    // Top-down: 50 rows, 5,584 px, reach into 37 layers below the block's first. Left-to-right: 4 columns, 872 px, 3.
    expect(spacers("topDown")).toBe(37);
    expect(spacers("leftRight")).toBe(3);
  });

  test.each([0, 1, 2, 3, 4, 5])(
    "keeps a tall block clear of its neighbours' deep subtrees (their fan %i layers further down)",
    (chain) => {
      // P0 has 30 leaves (a block of 4 columns × 8 rows: 8 rows deep top-down, 4 columns deep left-to-right)
      // and one manager, below which a chain opens into 8 managers of 2 leaves each (the widest layer, which
      // would spread under the block).
      const parents = [-1, ...Array.from({ length: 30 }, () => 0), 0];
      for (let d = 0; d < chain; d++) parents.push(parents.length - 1);
      const fan = parents.length - 1;
      for (let m = 0; m < 8; m++) {
        const manager = parents.length;
        parents.push(fan, manager, manager);
      }
      for (const orientation of ORIENTATIONS) {
        const layout = layoutChart(buildPositionTree(orgFromParents(parents)), { orientation });
        expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
      }
    },
  );
});

describe("layoutChart(tree) on random orgs", () => {
  test.each(ORIENTATIONS.flatMap((orientation) => [true, false].map((compact) => ({ orientation, compact }))))(
    "$orientation, compact $compact: no two cards overlap, even grown by half the smallest gap",
    ({ orientation, compact }) => {
      fc.assert(
        fc.property(randomOrgParents, fc.array(fc.boolean(), { maxLength: 120 }), (parents, flags) => {
          const layout = layoutChart(randomTree(parents, flags), { orientation, compact });
          expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
  );

  test.each(ORIENTATIONS)(
    "%s: every parent is centred over its children (first and last) outside stacks",
    (orientation) => {
      fc.assert(
        fc.property(randomParents, (parents) => {
          const layout = layoutChart(randomTree(parents), { orientation });
          const { tree, stacked } = layout;
          for (let card = 0; card < tree.count; card++) {
            const kids = tree.childIndex.subarray(tree.childStart[card], tree.childStart[card + 1]);
            if (kids.length === 0 || kids.some((k) => stacked[k] === 1)) continue;
            const middle = (breadthCentre(layout, kids[0]) + breadthCentre(layout, kids[kids.length - 1])) / 2;
            expect(Math.abs(breadthCentre(layout, card) - middle)).toBeLessThan(1e-6);
            for (const k of kids)
              expect(depthEdge(layout, k)).toBeCloseTo(
                depthEdge(layout, card) + (orientation === "topDown" ? 152 : 256),
                9,
              );
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  test("bounds is the box around every card", () => {
    fc.assert(
      fc.property(randomOrgParents, fc.boolean(), fc.constantFrom(...ORIENTATIONS), (parents, compact, orientation) => {
        const layout = layoutChart(randomTree(parents), { compact, orientation, cardWidth: 120, cardHeight: 40 });
        const xs = Array.from(layout.x);
        const ys = Array.from(layout.y);
        expect(layout.bounds).toEqual({
          minX: Math.min(...xs),
          minY: Math.min(...ys),
          maxX: Math.max(...xs) + 120,
          maxY: Math.max(...ys) + 40,
        });
        expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  test("an empty tree gives an empty layout", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([])));
    expect(layout.x).toHaveLength(0);
    expect(layout.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
});

describe("layoutChart(tree) on long chains", () => {
  test.each([200, 100_000])("lays out a %i-layer chain without recursion", (layers) => {
    const parents = Array.from({ length: layers }, (_, i) => i - 1);
    const tree = buildPositionTree(orgFromParents(parents));
    for (const orientation of ORIENTATIONS) {
      const layout = layoutChart(tree, { orientation });
      expect(Array.from(layout.x.subarray(0, 3))).toEqual(
        orientation === "topDown" ? [-100, -100, -100] : [0, 256, 512],
      );
      const last = layers - 1;
      expect(depthEdge(layout, last)).toBe(last * (orientation === "topDown" ? 152 : 256));
      expect(breadthCentre(layout, last)).toBe(0);
    }
  });
});

describe("layoutChart(tree) on the sample", () => {
  test.each(["en", "zh-CN"] as const)(
    "the operations center (%s) lays out with no overlap, in both orientations",
    (lang) => {
      const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterWorkbook(lang)[0]), { lang });
      const tree = buildPositionTree(model);
      expect(tree.count).toBe(35);
      for (const orientation of ORIENTATIONS) {
        for (const compact of [true, false]) {
          const layout = layoutChart(tree, { orientation, compact });
          expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
        }
      }
      expect(Array.from(layoutChart(tree).stacked).some((s) => s === 1)).toBe(true);
    },
  );
});
