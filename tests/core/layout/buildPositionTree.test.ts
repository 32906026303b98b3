import fc from "fast-check";
import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import { CARD_KIND, type ChartTree } from "../../../src/core/layout/chartTree";
import { collapseBelowLayer } from "../../../src/core/layout/collapseBelowLayer";
import { orgFromParents, randomParents } from "./layoutFixtures";

/** Card → position ID (or "top" for the virtual top), and each card's children as IDs. */
function describeTree(tree: ChartTree): { ids: string[]; children: Record<string, string[]> } {
  const ids = Array.from(tree.subject, (s, card) => (tree.kind[card] === CARD_KIND.virtualTop ? "top" : `P${s}`));
  const children: Record<string, string[]> = {};
  for (let card = 0; card < tree.count; card++) {
    const kids = Array.from(tree.childIndex.subarray(tree.childStart[card], tree.childStart[card + 1]));
    if (kids.length > 0) children[ids[card]] = kids.map((k) => ids[k]);
  }
  return { ids, children };
}

//      P0
//    /  |  \
//   P1  P2  P5
//  / \   |
// P3 P4  P6
const SMALL = [-1, 0, 0, 1, 1, 0, 2];

describe("buildPositionTree(model)", () => {
  test("puts the single top position at card 0 and the rest in pre-order, in sheet order", () => {
    const tree = buildPositionTree(orgFromParents(SMALL));
    const { ids, children } = describeTree(tree);
    expect(ids).toEqual(["P0", "P1", "P3", "P4", "P2", "P6", "P5"]);
    expect(children).toEqual({ P0: ["P1", "P2", "P5"], P1: ["P3", "P4"], P2: ["P6"] });
    expect(Array.from(tree.parent)).toEqual([-1, 0, 1, 1, 0, 4, 0]);
    expect(Array.from(tree.depth)).toEqual([0, 1, 2, 2, 1, 2, 1]);
    expect(Array.from(tree.kind).every((k) => k === CARD_KIND.position)).toBe(true);
    expect(Array.from(tree.cardOfPosition)).toEqual([0, 1, 4, 2, 3, 6, 5]);
    expect(Array.from(tree.hiddenReports)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test("hangs several top positions under a virtual top (card 0, subject -1)", () => {
    const tree = buildPositionTree(orgFromParents([-1, 0, -1, 2, -1]));
    const { ids, children } = describeTree(tree);
    expect(tree.count).toBe(6);
    expect(tree.kind[0]).toBe(CARD_KIND.virtualTop);
    expect(tree.subject[0]).toBe(-1);
    expect(ids).toEqual(["top", "P0", "P1", "P2", "P3", "P4"]);
    expect(children).toEqual({ top: ["P0", "P2", "P4"], P0: ["P1"], P2: ["P3"] });
    expect(Array.from(tree.depth)).toEqual([0, 1, 2, 1, 2, 1]);
  });

  test("gives an empty tree for an empty model", () => {
    const tree = buildPositionTree(orgFromParents([]));
    expect(tree.count).toBe(0);
    expect(tree.childStart).toHaveLength(1);
    expect(tree.cardOfPosition).toHaveLength(0);
  });

  test("focus: draws one manager's subtree with it as card 0, whatever is above it", () => {
    const model = orgFromParents(SMALL);
    const tree = buildPositionTree(model, { focus: 1 });
    expect(describeTree(tree)).toEqual({ ids: ["P1", "P3", "P4"], children: { P1: ["P3", "P4"] } });
    expect(tree.parent[0]).toBe(-1);
    expect(Array.from(tree.depth)).toEqual([0, 1, 1]);
    expect(Array.from(tree.cardOfPosition)).toEqual([-1, 0, -1, 1, 2, -1, -1]);
    // Focus on a top position of a forest: no virtual top.
    const forest = buildPositionTree(orgFromParents([-1, 0, -1, 2]), { focus: 2 });
    expect(describeTree(forest).ids).toEqual(["P2", "P3"]);
    expect(() => buildPositionTree(model, { focus: 7 })).toThrow(RangeError);
  });

  test("collapsed positions hide their reports, counted in hiddenReports", () => {
    const model = orgFromParents(SMALL);
    const collapsed = new Uint8Array(SMALL.length);
    collapsed[1] = 1; // P1 hides P3, P4
    collapsed[6] = 1; // a leaf: nothing to hide
    const tree = buildPositionTree(model, { collapsed });
    expect(describeTree(tree)).toEqual({
      ids: ["P0", "P1", "P2", "P6", "P5"],
      children: { P0: ["P1", "P2", "P5"], P2: ["P6"] },
    });
    expect(Array.from(tree.hiddenReports)).toEqual([0, 2, 0, 0, 0]);
    expect(tree.cardOfPosition[3]).toBe(-1);
    expect(tree.cardOfPosition[4]).toBe(-1);
    // Collapsing the top leaves one card.
    collapsed[0] = 1;
    const top = buildPositionTree(model, { collapsed });
    expect(top.count).toBe(1);
    expect(top.hiddenReports[0]).toBe(3);
  });

  test("on random forests, shows exactly the positions not below a collapsed one, each once, parents first", () => {
    fc.assert(
      fc.property(randomParents, fc.array(fc.boolean(), { maxLength: 120 }), (parents, flags) => {
        const model = orgFromParents(parents);
        const collapsed = Uint8Array.from(parents, (_, i) => (flags[i] ? 1 : 0));
        const tree = buildPositionTree(model, { collapsed });
        const hidden = (i: number): boolean => {
          for (let m = model.parent[i]; m >= 0; m = model.parent[m]) if (collapsed[m]) return true;
          return false;
        };
        const shown = parents.map((_, i) => i).filter((i) => !hidden(i));
        const virtual = model.roots.length > 1 ? 1 : 0;
        expect(tree.count).toBe(shown.length + virtual);
        for (const i of shown) {
          const card = tree.cardOfPosition[i];
          expect(tree.subject[card]).toBe(i);
          const manager = model.parent[i];
          expect(tree.parent[card]).toBe(manager < 0 ? (virtual ? 0 : -1) : tree.cardOfPosition[manager]);
          expect(tree.parent[card]).toBeLessThan(card);
          expect(tree.depth[card]).toBe(model.layer[i] - 1 + virtual);
          const span = model.childStart[i + 1] - model.childStart[i];
          expect(tree.hiddenReports[card]).toBe(collapsed[i] ? span : 0);
          expect(tree.childStart[card + 1] - tree.childStart[card]).toBe(collapsed[i] ? 0 : span);
        }
        // Pre-order: each card's subtree is the run of cards after it.
        for (let card = 0; card < tree.count; card++) {
          const kids = tree.childIndex.subarray(tree.childStart[card], tree.childStart[card + 1]);
          if (kids.length > 0) expect(kids[0]).toBe(card + 1);
          for (let k = 1; k < kids.length; k++) expect(kids[k]).toBeGreaterThan(kids[k - 1]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("collapseBelowLayer(model, layer)", () => {
  test("collapses the managers of layer N only, so that layers 1..N show", () => {
    const model = orgFromParents([-1, 0, 0, 1, 1, 0, 2, 3, 7]);
    expect(Array.from(collapseBelowLayer(model, 2))).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(collapseBelowLayer(model, 1))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const tree = buildPositionTree(model, { collapsed: collapseBelowLayer(model, 2) });
    expect(Math.max(...tree.depth)).toBe(1);
    expect(tree.count).toBe(4);
    // Expanding P1 again shows P3 and, below it, P7 and P8 (they were never collapsed).
    const flags = collapseBelowLayer(model, 2);
    flags[1] = 0;
    expect(buildPositionTree(model, { collapsed: flags }).count).toBe(8);
    expect(() => collapseBelowLayer(model, 0)).toThrow(RangeError);
  });
});
