import fc from "fast-check";
import { hierarchy, tree as d3Tree, type HierarchyPointNode } from "d3-hierarchy";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import type { OrgModel } from "../../../src/core/model/orgModel";
import type { ChartLayout } from "../../../src/core/layout/chartLayout";

/**
 * An org model built by the real `buildOrgModel` from a manager per row (-1: a top position), IDs "P0", "P1"…;
 * with `assistants`, an Assistant column marks the rows flagged true ("Yes"; blank otherwise).
 */
export function orgFromParents(parents: readonly number[], assistants?: readonly boolean[]): OrgModel {
  const rows: CellValue[][] = parents.map((parent, i) => {
    const row: CellValue[] = [`P${i}`, `Title ${i}`, parent < 0 ? "" : `P${parent}`];
    if (assistants !== undefined) row.push(assistants[i] ? "Yes" : "");
    return row;
  });
  const header = ["Position ID", "Title", "Reports To", ...(assistants !== undefined ? ["Assistant"] : [])];
  const { model } = buildOrgModel({
    sheetName: "Positions",
    firstRow: 1,
    firstColumn: 1,
    rows: [header, ...rows],
  });
  if (model.parent.length !== parents.length) throw new Error("the fixture org did not build");
  return model;
}

/**
 * Random forests as manager indices (a manager always comes before its reports): a mix of shallow wide
 * spans, deep chains and several top positions.
 */
export const randomParents: fc.Arbitrary<number[]> = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 120 })
  .map((draws) =>
    draws.map(([r, kind], i) => {
      if (i === 0) return -1;
      if (kind === 0) return -1; // another top position
      if (kind <= 3) return i - 1 - (r % Math.min(i, 3)); // deep: hang near the last one
      if (kind <= 5) return r % Math.min(i, 4); // wide: under one of the first few
      return r % i;
    }),
  );

/**
 * Random orgs with big spans: a {@link randomParents} forest, then up to three managers given 3–60 more leaf
 * reports (blocks of up to 4 columns, tall or deep), then nodes that hang under the last one (chains reaching
 * past the blocks) or anywhere (fans).
 */
export const spanHeavyParents: fc.Arbitrary<number[]> = fc
  .tuple(
    randomParents,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 3, max: 60 })), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }),
  )
  .map(([forest, spans, growth]) => {
    const parents = [...forest];
    for (const [r, leaves] of spans) {
      const manager = r % parents.length;
      for (let l = 0; l < leaves; l++) parents.push(manager);
    }
    for (const [r, chain] of growth) parents.push(chain ? parents.length - 1 : r % parents.length);
    return parents;
  });

/** Either kind of random org. */
export const randomOrgParents: fc.Arbitrary<number[]> = fc.oneof(randomParents, spanHeavyParents);

/** The children of node v as an array, from CSR arrays (for d3's `hierarchy`). */
export function childrenOf(childStart: Int32Array, childIndex: Int32Array, v: number): number[] | undefined {
  if (childStart[v] === childStart[v + 1]) return undefined;
  return Array.from(childIndex.subarray(childStart[v], childStart[v + 1]));
}

/** d3-hierarchy's tree() over a CSR tree rooted at 0, with a separation of its choosing; node data = index. */
export function d3Layout(
  childStart: Int32Array,
  childIndex: Int32Array,
  layerStep: number,
  separation: (a: HierarchyPointNode<number>, b: HierarchyPointNode<number>) => number,
): HierarchyPointNode<number>[] {
  const root = hierarchy(0, (v) => childrenOf(childStart, childIndex, v));
  return d3Tree<number>().nodeSize([1, layerStep]).separation(separation)(root).descendants();
}

/**
 * Pairs of cards whose boxes, each grown by `margin` on every side, overlap (interiors meet). A spatial hash
 * of its own (cells as big as a grown card), so it is independent of the layout's grid and near-linear.
 */
export function overlappingCards(layout: ChartLayout, margin: number): [number, number][] {
  const { x, y, cardWidth: w, cardHeight: h } = layout;
  const cellWidth = w + 2 * margin;
  const cellHeight = h + 2 * margin;
  const cells = new Map<string, number[]>();
  const found: [number, number][] = [];
  for (let card = 0; card < layout.tree.count; card++) {
    const c0 = Math.floor((x[card] - margin) / cellWidth);
    const c1 = Math.floor((x[card] + w + margin) / cellWidth);
    const r0 = Math.floor((y[card] - margin) / cellHeight);
    const r1 = Math.floor((y[card] + h + margin) / cellHeight);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const key = `${c},${r}`;
        const list = cells.get(key) ?? [];
        for (const other of list) {
          const apart =
            x[card] - margin >= x[other] + w + margin ||
            x[other] - margin >= x[card] + w + margin ||
            y[card] - margin >= y[other] + h + margin ||
            y[other] - margin >= y[card] + h + margin;
          if (!apart && !found.some(([a, b]) => a === other && b === card)) found.push([other, card]);
        }
        list.push(card);
        cells.set(key, list);
      }
    }
  }
  return found;
}
