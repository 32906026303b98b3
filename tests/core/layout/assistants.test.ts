import fc from "fast-check";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { buildLayoutTree, type LayoutGeometry } from "../../../src/core/layout/buildLayoutTree";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import { cardsInRect } from "../../../src/core/layout/cardsInRect";
import type { ChartLayout, ChartOrientation } from "../../../src/core/layout/chartLayout";
import { connectorOf } from "../../../src/core/layout/connectorOf";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import {
  ASSISTANT_GAP,
  COUSIN_GAP,
  DEFAULT_CARD_HEIGHT,
  DEFAULT_CARD_WIDTH,
  LAYER_GAP,
  SIBLING_GAP,
  STACK_LANE,
  STACK_ROW_GAP,
} from "../../../src/core/layout/layoutSpacing";
import { placeTidyTree } from "../../../src/core/layout/placeTidyTree";
import { planCompactBlocks } from "../../../src/core/layout/planCompactBlocks";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { operationsCenterWorkbook } from "../../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import { d3Layout, orgFromParents, overlappingCards, randomOrgParents } from "./layoutFixtures";

const ORIENTATIONS: ChartOrientation[] = ["topDown", "leftRight"];
const MODES = ORIENTATIONS.flatMap((orientation) => [true, false].map((compact) => ({ orientation, compact })));
/** Half the smallest gap between two cards (a stack's row gap), less a hair: grown by this, no two cards meet. */
const CLEARANCE = STACK_ROW_GAP / 2 - 0.01;

/** A card's size across the layers and along them, its centre across, its near and far edges along the depth axis. */
function breadthOf(layout: ChartLayout): number {
  return layout.orientation === "topDown" ? layout.cardWidth : layout.cardHeight;
}
function depthOf(layout: ChartLayout): number {
  return layout.orientation === "topDown" ? layout.cardHeight : layout.cardWidth;
}
function nearAcross(layout: ChartLayout, card: number): number {
  return layout.orientation === "topDown" ? layout.x[card] : layout.y[card];
}
function breadthCentre(layout: ChartLayout, card: number): number {
  return nearAcross(layout, card) + breadthOf(layout) / 2;
}
function depthEdge(layout: ChartLayout, card: number): number {
  return layout.orientation === "topDown" ? layout.y[card] : layout.x[card];
}

function childrenOf(layout: ChartLayout, card: number): number[] {
  const { childStart, childIndex } = layout.tree;
  return Array.from(childIndex.subarray(childStart[card], childStart[card + 1]));
}

function pointsOf(layout: ChartLayout, card: number): [number, number][] {
  const out = new Float64Array(12);
  const count = connectorOf(layout, card, out);
  return Array.from({ length: count }, (_, i) => [out[2 * i], out[2 * i + 1]]);
}

/** Whether the axis-aligned segment runs through the inside of the card's box (touching the edge is fine). */
function crossesCard(layout: ChartLayout, card: number, [ax, ay]: number[], [bx, by]: number[]): boolean {
  const minX = layout.x[card];
  const minY = layout.y[card];
  return (
    Math.max(ax, bx) > minX &&
    Math.min(ax, bx) < minX + layout.cardWidth &&
    Math.max(ay, by) > minY &&
    Math.min(ay, by) < minY + layout.cardHeight
  );
}

/** Card pairs (card, other) where a segment of card's connector runs through other's box. */
function connectorCrossings(layout: ChartLayout): [number, number][] {
  const crossings: [number, number][] = [];
  for (let card = 1; card < layout.tree.count; card++) {
    const points = pointsOf(layout, card);
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      const near = cardsInRect(layout, {
        minX: Math.min(a[0], b[0]),
        minY: Math.min(a[1], b[1]),
        maxX: Math.max(a[0], b[0]),
        maxY: Math.max(a[1], b[1]),
      });
      for (const other of near) if (crossesCard(layout, other, a, b)) crossings.push([card, other]);
    }
  }
  return crossings;
}

/**
 * What must hold around every manager with hanging assistants: each hangs beside the drop line (its facing edge
 * ASSISTANT_GAP from the manager's centre), below the manager and above every other report (stacked ones included);
 * the first, third… before the line, the others after it; the manager's other reports all start on one layer.
 */
function expectAssistantsBesideDropLines(layout: ChartLayout): void {
  const { tree, assistant } = layout;
  const breadth = breadthOf(layout);
  const depth = depthOf(layout);
  for (let card = 0; card < tree.count; card++) {
    const kids = childrenOf(layout, card);
    const hanging = kids.filter((k) => assistant[k] === 1);
    if (hanging.length === 0) {
      expect(layout.assistantLayers[card]).toBe(0);
      continue;
    }
    const line = breadthCentre(layout, card);
    const managerBottom = depthEdge(layout, card) + depth;
    const others = kids.filter((k) => assistant[k] === 0);
    const reportsTop = Math.min(...others.map((k) => depthEdge(layout, k)));
    hanging.forEach((a, j) => {
      expect(layout.stacked[a]).toBe(0);
      expect(tree.childStart[a + 1] - tree.childStart[a]).toBe(0);
      const near = nearAcross(layout, a);
      if (j % 2 === 0) expect(near + breadth).toBeCloseTo(line - ASSISTANT_GAP, 9);
      else expect(near).toBeCloseTo(line + ASSISTANT_GAP, 9);
      expect(depthEdge(layout, a)).toBeGreaterThanOrEqual(managerBottom + LAYER_GAP - 1e-9);
      if (others.length > 0) expect(depthEdge(layout, a) + depth).toBeLessThanOrEqual(reportsTop - LAYER_GAP + 1e-9);
    });
    const step = depth + LAYER_GAP;
    for (const k of others)
      if (layout.stacked[k] === 0)
        expect(depthEdge(layout, k)).toBeCloseTo(
          depthEdge(layout, card) + (1 + layout.assistantLayers[card]) * step,
          9,
        );
  }
}

/** Every parent centred over its first and last children that neither hang nor are stacked (parents with a block skipped). */
function expectParentsCentred(layout: ChartLayout): void {
  for (let card = 0; card < layout.tree.count; card++) {
    const kids = childrenOf(layout, card);
    if (kids.some((k) => layout.stacked[k] === 1)) continue;
    const others = kids.filter((k) => layout.assistant[k] === 0);
    if (others.length === 0) continue;
    const middle = (breadthCentre(layout, others[0]) + breadthCentre(layout, others[others.length - 1])) / 2;
    expect(Math.abs(breadthCentre(layout, card) - middle)).toBeLessThan(1e-6);
  }
}

/** The operations center sample as a model, and its OC-001 and OC-002 position indices. */
function sampleModel(lang: "en" | "zh-CN"): { model: OrgModel; director: number; assistant: number } {
  const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterWorkbook(lang)[0]), { lang });
  const indexOf = (id: string) => model.positions.findIndex((p) => p.id === id);
  return { model, director: indexOf("OC-001"), assistant: indexOf("OC-002") };
}

describe("assistants in buildPositionTree", () => {
  test("flags the sample's executive assistant, and only it", () => {
    const { model, assistant } = sampleModel("en");
    const tree = buildPositionTree(model);
    const flagged = Array.from(tree.assistant!).flatMap((flag, card) => (flag === 1 ? [card] : []));
    expect(flagged).toEqual([tree.cardOfPosition[assistant]]);
  });

  test("flags only shown cards, and not a top position under the virtual top", () => {
    // P0 and P3 are top positions (so a virtual top), both marked; P1 is P0's assistant, P2 its report.
    const model = orgFromParents([-1, 0, 0, -1], [true, true, false, true]);
    const tree = buildPositionTree(model);
    expect(Array.from(tree.assistant!)).toEqual([0, 0, 1, 0, 0]);
    const shut = buildPositionTree(model, { collapsed: Uint8Array.from([1, 0, 0, 0]) });
    expect(Array.from(shut.assistant!)).toEqual([0, 0, 0]);
    expect(shut.assistant).toHaveLength(shut.count);
  });
});

describe("layoutChart with assistants", () => {
  test.each(MODES)(
    "$orientation, compact $compact: the sample's OC-002 hangs beside OC-001's drop line, between its rows",
    ({ orientation, compact }) => {
      for (const lang of ["en", "zh-CN"] as const) {
        const { model, director, assistant } = sampleModel(lang);
        const layout = layoutChart(buildPositionTree(model), { orientation, compact });
        const { tree } = layout;
        const manager = tree.cardOfPosition[director];
        const ea = tree.cardOfPosition[assistant];
        expect(tree.parent[ea]).toBe(manager);
        expect(layout.assistant[ea]).toBe(1);
        expect(layout.stacked[ea]).toBe(0);
        expect(Array.from(layout.assistant).filter((a) => a === 1)).toHaveLength(1);
        // Before the drop line (left top-down, above left-to-right), a gap away from it.
        expect(nearAcross(layout, ea) + breadthOf(layout)).toBe(breadthCentre(layout, manager) - ASSISTANT_GAP);
        // Below OC-001's row, above the row of its other reports.
        const others = childrenOf(layout, manager).filter((k) => k !== ea);
        const reportsTop = Math.min(...others.map((k) => depthEdge(layout, k)));
        expect(depthEdge(layout, ea)).toBe(depthEdge(layout, manager) + depthOf(layout) + LAYER_GAP);
        expect(depthEdge(layout, ea) + depthOf(layout) + LAYER_GAP).toBe(reportsTop);
        // Without OC-002, OC-001 has two leaves: too few for a block (see the next test).
        expect(others.some((k) => layout.stacked[k] === 1)).toBe(false);
        expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
        expect(connectorCrossings(layout)).toEqual([]);
        expectAssistantsBesideDropLines(layout);
        expectParentsCentred(layout);
      }
    },
  );

  test("compact: the sample's OC-002 would be stacked with OC-001's two other leaves if it were not an assistant", () => {
    const { model, director, assistant } = sampleModel("en");
    const tree = buildPositionTree(model);
    const ea = tree.cardOfPosition[assistant];
    const manager = tree.cardOfPosition[director];
    expect(layoutChart(tree).stacked[ea]).toBe(0);
    const plain = layoutChart({ ...tree, assistant: undefined });
    expect(plain.stacked[ea]).toBe(1);
    expect(childrenOf(plain, manager).filter((k) => plain.stacked[k] === 1)).toHaveLength(3);
  });

  test.each(MODES)(
    "$orientation, compact $compact: a manager with 2 assistants and 5 reports",
    ({ orientation, compact }) => {
      // P0: assistants P1 and P2, then five leaf reports P3..P7.
      const parents = [-1, 0, 0, 0, 0, 0, 0, 0];
      const layout = layoutChart(buildPositionTree(orgFromParents(parents, [false, true, true])), {
        orientation,
        compact,
      });
      const breadth = breadthOf(layout);
      const step = depthOf(layout) + LAYER_GAP;
      expect(Array.from(layout.assistant)).toEqual([0, 1, 1, 0, 0, 0, 0, 0]);
      expect(layout.assistantLayers[0]).toBe(1);
      // One either side of the drop line, on the layer below P0.
      const line = breadthCentre(layout, 0);
      expect(nearAcross(layout, 1)).toBe(line - ASSISTANT_GAP - breadth);
      expect(nearAcross(layout, 2)).toBe(line + ASSISTANT_GAP);
      expect(depthEdge(layout, 1)).toBe(step);
      expect(depthEdge(layout, 2)).toBe(step);
      // The five reports start two layers down: stacked in a block (compact) or in a row centred under P0.
      const reports = [3, 4, 5, 6, 7];
      expect(Math.min(...reports.map((k) => depthEdge(layout, k)))).toBe(2 * step);
      expect(reports.map((k) => layout.stacked[k])).toEqual(reports.map(() => (compact ? 1 : 0)));
      if (!compact) {
        expect(reports.map((k) => depthEdge(layout, k))).toEqual(reports.map(() => 2 * step));
        expect((breadthCentre(layout, 3) + breadthCentre(layout, 7)) / 2).toBeCloseTo(line, 9);
        expect(breadthCentre(layout, 4) - breadthCentre(layout, 3)).toBe(breadth + SIBLING_GAP);
      } else {
        // The block's columns start at its lane, centred under P0 as without assistants.
        const plain = layoutChart(buildPositionTree(orgFromParents(parents.slice(0, 1).concat([0, 0, 0, 0, 0]))), {
          orientation,
        });
        for (let r = 0; r < 5; r++) {
          expect(nearAcross(layout, 3 + r) - line).toBeCloseTo(nearAcross(plain, 1 + r) - breadthCentre(plain, 0), 9);
          expect(depthEdge(layout, 3 + r) - depthEdge(plain, 1 + r)).toBe(step);
        }
      }
      expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
      expect(connectorCrossings(layout)).toEqual([]);
      expectAssistantsBesideDropLines(layout);
      expectParentsCentred(layout);
    },
  );

  test.each(ORIENTATIONS)("%s: five assistants take three rows, alternating sides; the reports start below", (o) => {
    const parents = [-1, 0, 0, 0, 0, 0, 0, 6, 6];
    const layout = layoutChart(buildPositionTree(orgFromParents(parents, [false, true, true, true, true, true])), {
      orientation: o,
    });
    const depth = depthOf(layout);
    const step = depth + LAYER_GAP;
    // Three rows: 3 cards and 2 row gaps, then a layer gap, rounded up to whole layers.
    const layers = Math.ceil((3 * depth + 2 * STACK_ROW_GAP + LAYER_GAP) / step);
    expect(layout.assistantLayers[0]).toBe(layers);
    for (let j = 0; j < 5; j++)
      expect(depthEdge(layout, 1 + j)).toBe(step + Math.floor(j / 2) * (depth + STACK_ROW_GAP));
    expect(depthEdge(layout, 6)).toBe((1 + layers) * step);
    expect(depthEdge(layout, 7)).toBe((2 + layers) * step);
    // The manager sits centred over its one other report, which sits centred over its own two.
    expect(breadthCentre(layout, 0)).toBe(breadthCentre(layout, 6));
    expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
    expect(connectorCrossings(layout)).toEqual([]);
    expectAssistantsBesideDropLines(layout);
  });

  test("an assistant with reports, or collapsed, stays among the reports; a manager with only assistants keeps room", () => {
    // P1 is marked but has a report (P4); P2 is marked and a leaf; P3 is a plain leaf.
    const parents = [-1, 0, 0, 0, 1];
    const assistants = [false, true, true, false, false];
    const model = orgFromParents(parents, assistants);
    const layout = layoutChart(buildPositionTree(model), { compact: false });
    expect(Array.from(layout.assistant)).toEqual([0, 0, 0, 1, 0]); // cards: P0, P1, P4, P2, P3
    const shut = layoutChart(buildPositionTree(model, { collapsed: Uint8Array.from([0, 1, 0, 0, 0]) }));
    expect(Array.from(shut.assistant)).toEqual([0, 0, 1, 0]); // cards: P0, P1 (collapsed), P2, P3
    expect(shut.y[1]).toBe(shut.y[3]);

    // A manager whose only report is an assistant: the spacer keeps the room either side of its line.
    const lone = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0, 2], [false, false, false, true])), {
      compact: false,
    });
    expect(lone.assistant[3]).toBe(1);
    expect(lone.x[3] + DEFAULT_CARD_WIDTH).toBe(lone.x[2] + DEFAULT_CARD_WIDTH / 2 - ASSISTANT_GAP);
    expect(overlappingCards(lone, CLEARANCE)).toEqual([]);
    expect(lone.y[3]).toBe(2 * (DEFAULT_CARD_HEIGHT + LAYER_GAP));
    expect(lone.bounds.maxY).toBe(lone.y[3] + DEFAULT_CARD_HEIGHT);
    expectParentsCentred(lone);
  });

  test("a collapsed leaf-like manager keeps its place outside its manager's block", () => {
    // P0: P1 (collapsed, two reports), P4 (two reports) and five leaves. P1 must not be put in the block.
    const parents = [-1, 0, 1, 1, 0, 4, 4, 0, 0, 0, 0, 0];
    const collapsed = new Uint8Array(parents.length);
    collapsed[1] = 1;
    const layout = layoutChart(buildPositionTree(orgFromParents(parents), { collapsed }));
    const leaves = [5, 6, 7, 8, 9];
    expect(leaves.map((k) => layout.stacked[k])).toEqual([1, 1, 1, 1, 1]);
    // The five leaves fill one column of five rows; P1 sits in the managers' row, clear of it.
    expect(new Set(leaves.map((k) => layout.x[k])).size).toBe(1);
    expect(layout.y[9]).toBe(layout.y[5] + 4 * (DEFAULT_CARD_HEIGHT + STACK_ROW_GAP));
    expect(layout.x[1]).not.toBe(layout.x[5]);
    expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
  });
});

describe("connectorOf with assistants", () => {
  test("top-down: a short stub from the assistant's facing side to the drop line, at a right angle, then up it", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0, 0], [false, true, true])), {
      compact: false,
    });
    const parentX = layout.x[0] + DEFAULT_CARD_WIDTH / 2;
    const centreY = DEFAULT_CARD_HEIGHT + LAYER_GAP + DEFAULT_CARD_HEIGHT / 2;
    expect(pointsOf(layout, 1)).toEqual([
      [parentX - ASSISTANT_GAP, centreY],
      [parentX, centreY],
      [parentX, DEFAULT_CARD_HEIGHT],
    ]);
    expect(pointsOf(layout, 2)).toEqual([
      [parentX + ASSISTANT_GAP, centreY],
      [parentX, centreY],
      [parentX, DEFAULT_CARD_HEIGHT],
    ]);
    // The report's connector runs down the same line, past the stubs, to the gap above its row.
    const report = pointsOf(layout, 3);
    const midY = 2 * (DEFAULT_CARD_HEIGHT + LAYER_GAP) - LAYER_GAP / 2;
    expect(report).toEqual([
      [layout.x[3] + DEFAULT_CARD_WIDTH / 2, 2 * (DEFAULT_CARD_HEIGHT + LAYER_GAP)],
      [layout.x[3] + DEFAULT_CARD_WIDTH / 2, midY],
      [parentX, midY],
      [parentX, DEFAULT_CARD_HEIGHT],
    ]);
    expect(midY).toBeGreaterThan(centreY);
  });

  test("left-to-right: the stub runs down from an assistant above the line, up from one below it", () => {
    const layout = layoutChart(buildPositionTree(orgFromParents([-1, 0, 0, 0], [false, true, true])), {
      orientation: "leftRight",
    });
    const parentY = layout.y[0] + DEFAULT_CARD_HEIGHT / 2;
    const centreX = DEFAULT_CARD_WIDTH + LAYER_GAP + DEFAULT_CARD_WIDTH / 2;
    expect(pointsOf(layout, 1)).toEqual([
      [centreX, parentY - ASSISTANT_GAP],
      [centreX, parentY],
      [DEFAULT_CARD_WIDTH, parentY],
    ]);
    expect(pointsOf(layout, 2)[0]).toEqual([centreX, parentY + ASSISTANT_GAP]);
    const midX = 2 * (DEFAULT_CARD_WIDTH + LAYER_GAP) - LAYER_GAP / 2;
    expect(pointsOf(layout, 3).slice(1)).toEqual([
      [midX, layout.y[3] + DEFAULT_CARD_HEIGHT / 2],
      [midX, parentY],
      [DEFAULT_CARD_WIDTH, parentY],
    ]);
  });

  test.each(ORIENTATIONS)("%s: stacked reports of a manager with an assistant hang from the lower mid-line", (o) => {
    // P0: assistant P1, then 20 leaves (4 columns of 5).
    const parents = [-1, ...Array.from({ length: 21 }, () => 0)];
    const layout = layoutChart(buildPositionTree(orgFromParents(parents, [false, true])), { orientation: o });
    const step = depthOf(layout) + LAYER_GAP;
    const mid = 2 * step - LAYER_GAP / 2;
    for (let card = 2; card < 22; card++) {
      expect(layout.stacked[card]).toBe(1);
      const points = pointsOf(layout, card);
      const alongDepth = points.map(([px, py]) => (o === "topDown" ? py : px));
      expect(alongDepth).toContain(mid);
      expect(Math.min(...alongDepth.slice(0, -1))).toBeGreaterThanOrEqual(mid);
    }
    // Left-to-right: the first column still hangs from the mid-line (4 points), the others from the bus (6).
    if (o === "leftRight") {
      expect(pointsOf(layout, 2)).toHaveLength(4);
      expect(pointsOf(layout, 7)).toHaveLength(6);
      expect(layout.x[7]).toBe(2 * step + DEFAULT_CARD_WIDTH + STACK_LANE);
    }
    expect(connectorCrossings(layout)).toEqual([]);
  });
});

describe("assistants on random orgs", () => {
  /** A random org with random assistant flags and, sometimes, collapsed positions. */
  const randomAssistantOrg = randomOrgParents.chain((parents) =>
    fc.tuple(
      fc.constant(parents),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: parents.length, maxLength: parents.length }),
      fc.array(fc.boolean(), { maxLength: parents.length }),
    ),
  );

  test.each(MODES)(
    "$orientation, compact $compact: no overlap, no connector through a card, parents centred, assistants beside their line",
    ({ orientation, compact }) => {
      fc.assert(
        fc.property(randomAssistantOrg, ([parents, draws, flags]) => {
          // About one position in four is an assistant.
          const model = orgFromParents(
            parents,
            draws.map((d) => d === 0),
          );
          const collapsed = Uint8Array.from(parents, (_, i) => (flags[i] && i % 5 === 0 ? 1 : 0));
          const layout = layoutChart(buildPositionTree(model, { collapsed }), { orientation, compact });
          expect(overlappingCards(layout, CLEARANCE)).toEqual([]);
          expect(connectorCrossings(layout)).toEqual([]);
          expectAssistantsBesideDropLines(layout);
          expectParentsCentred(layout);
          for (let card = 1; card < layout.tree.count; card++) {
            const points = pointsOf(layout, card);
            for (let i = 1; i < points.length; i++)
              expect(points[i - 1][0] === points[i][0] || points[i - 1][1] === points[i][1]).toBe(true);
            if (layout.assistant[card] === 1) expect(points).toHaveLength(3);
          }
          const xs = Array.from(layout.x);
          const ys = Array.from(layout.y);
          if (xs.length > 0)
            expect(layout.bounds).toEqual({
              minX: Math.min(...xs),
              minY: Math.min(...ys),
              maxX: Math.max(...xs) + layout.cardWidth,
              maxY: Math.max(...ys) + layout.cardHeight,
            });
        }),
        { numRuns: 80 },
      );
    },
  );

  test.each(ORIENTATIONS)("%s: the layout tree with assistant spacers is placed exactly as d3's tree() would", (o) => {
    const topDown = o === "topDown";
    const geometry: LayoutGeometry = {
      cardBreadth: topDown ? DEFAULT_CARD_WIDTH : DEFAULT_CARD_HEIGHT,
      cardDepth: topDown ? DEFAULT_CARD_HEIGHT : DEFAULT_CARD_WIDTH,
      layerStep: (topDown ? DEFAULT_CARD_HEIGHT : DEFAULT_CARD_WIDTH) + LAYER_GAP,
      layerGap: LAYER_GAP,
      stackRowGap: STACK_ROW_GAP,
      stackLane: STACK_LANE,
      columnsAlongDepth: !topDown,
    };
    fc.assert(
      fc.property(randomAssistantOrg, ([parents, draws]) => {
        const tree = buildPositionTree(
          orgFromParents(
            parents,
            draws.map((d) => d === 0),
          ),
        );
        const { input } = buildLayoutTree(tree, planCompactBlocks(tree), geometry);
        // Well formed: every node but the root and the left-out cards has one parent, listed among its children.
        for (let v = 0; v < input.count; v++)
          for (let k = input.childStart[v]; k < input.childStart[v + 1]; k++)
            expect(input.parent[input.childIndex[k]]).toBe(v);
        const centre = placeTidyTree(input, SIBLING_GAP, COUSIN_GAP);
        const nodes = d3Layout(
          input.childStart,
          input.childIndex,
          1,
          (a, b) =>
            (input.breadth[a.data] + input.breadth[b.data]) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP),
        );
        expect(nodes).toHaveLength(input.childIndex.length + 1);
        for (const node of nodes) expect(Math.abs(centre[node.data] - node.x)).toBeLessThan(1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
