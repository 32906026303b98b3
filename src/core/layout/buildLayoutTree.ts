import type { ChartTree } from "./chartTree";
import type { CompactBlocks } from "./planCompactBlocks";
import type { TidyTreeInput } from "./placeTidyTree";

/** Sizes along the two axes of the layout: breadth (across the layers) and depth (down the layers). */
export interface LayoutGeometry {
  /** A card's size across the layers (its width top-down, its height left-to-right). */
  cardBreadth: number;
  /** A card's size along the depth axis. */
  cardDepth: number;
  /** From one layer to the next: cardDepth + layer gap. */
  layerStep: number;
  layerGap: number;
  /** Between the cards of a column of a block, along the depth axis. */
  stackRowGap: number;
  /** The lane before each column of a block, along the breadth axis. */
  stackLane: number;
}

/**
 * The tree the tidy layout places: node c < tree.count is card c; each compact block is one node (as wide
 * as its columns, placed as its manager's first child) followed by a chain of spacer nodes, one per further
 * layer the block reaches into, as wide as the block, so that the contours keep every deeper subtree of the
 * neighbours clear of the block. Stacked cards are left out (they are placed inside their block).
 */
export interface LayoutTree {
  input: TidyTreeInput;
  /** Node of each card's block; -1 when the card has none. */
  blockNode: Int32Array;
}

/** The block's extent along the depth axis. */
export function blockDepth(rows: number, geometry: LayoutGeometry): number {
  return rows * geometry.cardDepth + (rows - 1) * geometry.stackRowGap;
}

/** Layers below its first that a block reaches into (down to the gap above the layer): one spacer each. */
export function blockSpacers(rows: number, geometry: LayoutGeometry): number {
  const depth = blockDepth(rows, geometry);
  return Math.max(0, Math.ceil((depth + geometry.layerGap) / geometry.layerStep) - 1);
}

export function buildLayoutTree(tree: ChartTree, blocks: CompactBlocks | null, geometry: LayoutGeometry): LayoutTree {
  const n = tree.count;
  const blockNode = new Int32Array(n).fill(-1);
  let total = n;
  if (blocks !== null) {
    for (let card = 0; card < n; card++) {
      if (blocks.columns[card] === 0) continue;
      blockNode[card] = total;
      total += 1 + blockSpacers(blocks.rows[card], geometry);
    }
  }

  const parent = new Int32Array(total).fill(-1);
  const breadth = new Float64Array(total);
  const childStart = new Int32Array(total + 1);
  breadth.fill(geometry.cardBreadth, 0, n);
  const stacked = blocks?.stacked;
  // Children per node: a card's block first, then its children that are not stacked; each block or spacer
  // node has the next spacer, if any.
  for (let card = 0; card < n; card++) {
    let children = 0;
    for (let k = tree.childStart[card]; k < tree.childStart[card + 1]; k++)
      if (stacked === undefined || stacked[tree.childIndex[k]] === 0) children++;
    const block = blockNode[card];
    if (block >= 0) {
      children++;
      const width = blocks!.columns[card] * (geometry.stackLane + geometry.cardBreadth);
      const last = block + blockSpacers(blocks!.rows[card], geometry);
      for (let node = block; node <= last; node++) {
        breadth[node] = width;
        parent[node] = node === block ? card : node - 1;
        if (node < last) childStart[node + 1] = 1;
      }
    }
    childStart[card + 1] = children;
  }
  for (let node = 0; node < total; node++) childStart[node + 1] += childStart[node];

  const childIndex = new Int32Array(childStart[total]);
  for (let card = 0; card < n; card++) {
    let cursor = childStart[card];
    const block = blockNode[card];
    if (block >= 0) childIndex[cursor++] = block;
    for (let k = tree.childStart[card]; k < tree.childStart[card + 1]; k++) {
      const child = tree.childIndex[k];
      if (stacked !== undefined && stacked[child] === 1) continue;
      childIndex[cursor++] = child;
      parent[child] = card;
    }
  }
  for (let node = n; node < total; node++)
    if (childStart[node + 1] > childStart[node]) childIndex[childStart[node]] = node + 1;

  return { input: { count: total, parent, childStart, childIndex, breadth }, blockNode };
}
