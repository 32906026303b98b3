import fc from "fast-check";
import { placeTidyTree, type TidyTreeInput } from "../../../src/core/layout/placeTidyTree";
import { d3Layout } from "./layoutFixtures";

/** A tree over node 0 from a manager per node (node i > 0 hangs under parents[i] < i), with breadths. */
function tidyInput(parents: readonly number[], breadths: readonly number[]): TidyTreeInput {
  const count = parents.length;
  const parent = Int32Array.from(parents);
  const childStart = new Int32Array(count + 1);
  for (let v = 1; v < count; v++) childStart[parent[v] + 1]++;
  for (let v = 0; v < count; v++) childStart[v + 1] += childStart[v];
  const cursor = childStart.slice(0, count);
  const childIndex = new Int32Array(Math.max(0, count - 1));
  for (let v = 1; v < count; v++) childIndex[cursor[parent[v]]++] = v;
  return { count, parent, childStart, childIndex, breadth: Float64Array.from(breadths) };
}

const trees = fc
  .array(fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 150 })
  .map((draws) => ({
    parents: draws.map(([r, deep], i) => (i === 0 ? -1 : deep ? i - 1 - (r % Math.min(i, 3)) : r % i)),
    breadths: draws.map(([, , breadth]) => breadth),
  }));

describe("placeTidyTree(tree, siblingGap, cousinGap)", () => {
  test("places every node where d3-hierarchy's tree() does, given the equivalent separation", () => {
    fc.assert(
      fc.property(trees, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 120 }), (t, sibling, cousin) => {
        const input = tidyInput(t.parents, t.breadths);
        const centre = placeTidyTree(input, sibling, cousin);
        const nodes = d3Layout(
          input.childStart,
          input.childIndex,
          1,
          (a, b) => (t.breadths[a.data] + t.breadths[b.data]) / 2 + (a.parent === b.parent ? sibling : cousin),
        );
        expect(nodes).toHaveLength(t.parents.length);
        for (const node of nodes) expect(Math.abs(centre[node.data] - node.x)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  test("centres every parent over its first and last child", () => {
    const input = tidyInput([-1, 0, 0, 0, 1, 1, 3, 3, 3, 6], [10, 50, 20, 30, 40, 40, 10, 200, 10, 5]);
    const centre = placeTidyTree(input, 5, 10);
    for (let v = 0; v < input.count; v++) {
      const first = input.childStart[v];
      const end = input.childStart[v + 1];
      if (first === end) continue;
      expect(centre[v]).toBeCloseTo((centre[input.childIndex[first]] + centre[input.childIndex[end - 1]]) / 2, 9);
    }
    expect(centre[0]).toBe(0);
  });

  test("keeps neighbours of a layer their half breadths plus the gap apart", () => {
    // Two cousins under different parents: 0 → (1 → 3), (2 → 4).
    const input = tidyInput([-1, 0, 0, 1, 2], [10, 10, 10, 100, 60]);
    const centre = placeTidyTree(input, 4, 30);
    expect(centre[4] - centre[3]).toBeCloseTo(80 + 30, 9);
    expect(centre[2] - centre[1]).toBeCloseTo(80 + 30, 9); // pushed apart by their children, then centred
  });

  test("handles an empty tree and a single node", () => {
    expect(placeTidyTree(tidyInput([], []), 1, 2)).toHaveLength(0);
    expect(Array.from(placeTidyTree(tidyInput([-1], [5]), 1, 2))).toEqual([0]);
  });
});
