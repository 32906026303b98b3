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
  /** Between the rows of a block: along the depth axis top-down, along the breadth axis left-to-right. */
  stackRowGap: number;
  /** The lane beside a column of a block where its spine runs (before each column top-down, between columns left-to-right). */
  stackLane: number;
  /**
   * Where a block's columns go: side by side across the layers (false: top-down, a column runs down the depth
   * axis) or one after another along the depth axis (true: left-to-right, a column runs down the breadth axis).
   */
  columnsAlongDepth: boolean;
}

/**
 * The tree the tidy layout places: node c < tree.count is card c; each compact block is one node (as wide
 * as its breadth extent, see {@link blockBreadth}, placed as its manager's first child) followed by a chain of spacer nodes, one per further
 * layer the block reaches into (see {@link blockDepth}), as wide as the block, so that the contours keep every deeper subtree of the
 * neighbours clear of the block. Stacked cards are left out (they are placed inside their block).
 */
export interface LayoutTree {
  input: TidyTreeInput;
  /** Node of each card's block; -1 when the card has none. */
  blockNode: Int32Array;
}

/**
 * The block's extent across the layers. Columns side by side: each column and the lane before it. Columns
 * along the depth axis: its rows, after a lane for the bus that joins the columns' spines when there are
 * several columns.
 */
export function blockBreadth(columns: number, rows: number, geometry: LayoutGeometry): number {
  const { cardBreadth, stackLane, stackRowGap } = geometry;
  if (!geometry.columnsAlongDepth) return columns * (stackLane + cardBreadth);
  return (columns > 1 ? stackLane : 0) + rows * cardBreadth + (rows - 1) * stackRowGap;
}

/**
 * The block's extent along the depth axis. Columns side by side: its rows. Columns along the depth axis:
 * its columns and the lanes between them (the first column's spine runs in the layer gap, like any child's).
 */
export function blockDepth(columns: number, rows: number, geometry: LayoutGeometry): number {
  const { cardDepth, stackLane, stackRowGap } = geometry;
  if (!geometry.columnsAlongDepth) return rows * cardDepth + (rows - 1) * stackRowGap;
  return columns * cardDepth + (columns - 1) * stackLane;
}

/** Layers below its first that a block reaches into (down to the gap above the layer): one spacer each. */
export function blockSpacers(columns: number, rows: number, geometry: LayoutGeometry): number {
  const depth = blockDepth(columns, rows, geometry);
  return Math.max(0, Math.ceil((depth + geometry.layerGap) / geometry.layerStep) - 1);
}

export function buildLayoutTree(tree: ChartTree, blocks: CompactBlocks | null, geometry: LayoutGeometry): LayoutTree {
  const n = tree.count;
  const blockNode = new Int32Array(n).fill(-1);
  const blockCount = blocks === null ? 0 : blocks.count;
  let total = n;
  if (blocks !== null && blockCount > 0) {
    for (let card = 0; card < n; card++) {
      if (blocks.columns[card] === 0) continue;
      blockNode[card] = total;
      total += 1 + blockSpacers(blocks.columns[card], blocks.rows[card], geometry);
    }
  }

  // Children in CSR form, written in one pass over the cards: first the cards' children (a card's block first,
  // then its children that are not stacked), then the block chains' (each block or spacer node has the next
  // spacer, if any). Both counts are known up front, so each node's start is a running cursor.
  const cardChildren = n === 0 ? 0 : n - 1 - (blocks === null ? 0 : blocks.stackedCount) + blockCount;
  const chainChildren = total - n - blockCount;
  const parent = new Int32Array(total).fill(-1);
  const breadth = new Float64Array(total);
  const childStart = new Int32Array(total + 1);
  const childIndex = new Int32Array(cardChildren + chainChildren);
  breadth.fill(geometry.cardBreadth, 0, n);
  const stacked = blocks?.stacked;
  const { childStart: reportStart, childIndex: reports } = tree;
  let cursor = 0;
  let chainCursor = cardChildren;
  for (let card = 0; card < n; card++) {
    childStart[card] = cursor;
    const block = blockNode[card];
    if (block >= 0) {
      childIndex[cursor++] = block;
      const columns = blocks!.columns[card];
      const rows = blocks!.rows[card];
      const width = blockBreadth(columns, rows, geometry);
      const last = block + blockSpacers(columns, rows, geometry);
      for (let node = block; node <= last; node++) {
        breadth[node] = width;
        parent[node] = node === block ? card : node - 1;
        childStart[node] = chainCursor;
        if (node < last) childIndex[chainCursor++] = node + 1;
      }
    }
    for (let k = reportStart[card]; k < reportStart[card + 1]; k++) {
      const child = reports[k];
      if (stacked !== undefined && stacked[child] === 1) continue;
      childIndex[cursor++] = child;
      parent[child] = card;
    }
  }
  childStart[total] = chainCursor;

  return { input: { count: total, parent, childStart, childIndex, breadth }, blockNode };
}
