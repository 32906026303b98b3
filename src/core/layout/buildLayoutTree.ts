import type { ChartTree } from "./chartTree";
import type { CompactBlocks } from "./planCompactBlocks";
import type { TidyTreeInput } from "./placeTidyTree";
import type { WrappedRows } from "./planWrappedRows";
import { countHangingAssistants, hangsBeside } from "./hangingAssistants";
import { ASSISTANT_GAP } from "./layoutSpacing";

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
 * as its breadth extent, see {@link blockBreadth}, placed as its manager's first child) followed by a chain of spacer
 * nodes, one per further layer the block reaches into (see {@link blockDepth}), as wide as the block, so that the
 * contours keep every deeper subtree of the neighbours clear of the block. A card with assistants hanging beside its
 * drop line (see `hangsBeside`) has a chain of spacer nodes as its only child, one per layer the assistants take (see
 * {@link assistantSpacers}), as wide as {@link assistantZoneBreadth} and centred under it; the last one has the
 * card's block and other children. Stacked cards and hanging assistants are left out (they are placed inside their
 * block or beside their manager's drop line).
 */
export interface LayoutTree {
  input: TidyTreeInput;
  /** Node of each card's block; -1 when the card has none. */
  blockNode: Int32Array;
  /** 1 where a card hangs beside its manager's drop line. */
  assistant: Uint8Array;
  /** Per card: its assistants hanging beside its drop line; null when no card has any. */
  assistants: Int32Array | null;
  /** Per card: the layers its hanging assistants take between it and its other children (its spacer nodes). */
  assistantLayers: Int32Array;
  /** Per card: its layer along the depth axis (its depth in this tree; a hanging assistant's is its manager's + 1). */
  layer: Int32Array;
  /**
   * Per card that wraps its reports into rows (see `planWrappedRows`): the node of its group, as wide as the group
   * (set when its rows are placed) and followed by a chain of spacers, one per further layer of the group; -1 when
   * the card does not wrap. Null when no card wraps.
   */
  groupNode: Int32Array | null;
  /**
   * Per wrapping card: the first of its row nodes, one per row, consecutive. A row node is the root of a tree of its
   * own (no node lists it as a child): its children are the row's cards, placed by a tidy layout of their own.
   */
  rowNode: Int32Array | null;
  /** Per node: the root of the tidy layout that places it (0, or a row node). Null when no card wraps. */
  runOf: Int32Array | null;
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

/**
 * The breadth an assistant spacer keeps free, centred on the manager: an assistant and its gap on each side of the
 * drop line (the first, third… assistant before it, the second, fourth… after it), so the manager stays centred.
 */
export function assistantZoneBreadth(geometry: LayoutGeometry): number {
  return 2 * (geometry.cardBreadth + ASSISTANT_GAP);
}

/**
 * Layers that `count` hanging assistants take between their manager and its other children: their rows (two
 * assistants each, one either side of the drop line, a stack row gap apart along the depth axis) and a layer gap.
 */
export function assistantSpacers(count: number, geometry: LayoutGeometry): number {
  if (count === 0) return 0;
  const rows = Math.ceil(count / 2);
  const depth = rows * geometry.cardDepth + (rows - 1) * geometry.stackRowGap;
  return Math.ceil((depth + geometry.layerGap) / geometry.layerStep);
}

/** Cards must come parents first (as `buildPositionTree` and `buildDepartmentTree` make them, in pre-order). */
export function buildLayoutTree(
  tree: ChartTree,
  blocks: CompactBlocks | null,
  geometry: LayoutGeometry,
  wrap: WrappedRows | null = null,
): LayoutTree {
  const n = tree.count;
  const wraps = wrap !== null && wrap.count > 0 ? wrap : null;
  const groupNode = wraps === null ? null : new Int32Array(n).fill(-1);
  const rowNode = wraps === null ? null : new Int32Array(n).fill(-1);
  let rowNodes = 0;
  const blockNode = new Int32Array(n).fill(-1);
  const assistants = countHangingAssistants(tree);
  const assistantLayers = new Int32Array(n);
  const assistant = new Uint8Array(n);
  const layer = new Int32Array(n);
  const stacked = blocks?.stacked;
  const { childStart: reportStart, childIndex: reports } = tree;

  // Nodes: the cards, then per card its assistant spacers, its block and the block's spacers. Counted with the
  // cards' own children in the layout tree, so that the CSR below is written in one pass with running cursors: first
  // the cards' children (a card's first assistant spacer; or its block, then its children that are neither stacked
  // nor hanging), then the chains' (each spacer has the next, the last assistant spacer the card's block and children).
  let total = n;
  let cardChildren = 0;
  let leftOut = 0;
  for (let card = 0; card < n; card++) {
    const spacers = assistants === null ? 0 : assistantSpacers(assistants[card], geometry);
    assistantLayers[card] = spacers;
    total += spacers;
    const hasBlock = blocks !== null && blocks.columns[card] !== 0;
    if (hasBlock) {
      blockNode[card] = total;
      total += 1 + blockSpacers(blocks.columns[card], blocks.rows[card], geometry);
    }
    const rows = wraps === null ? 0 : wraps.rows[card];
    if (rows > 0) {
      groupNode![card] = total;
      total += wraps!.groupLayers[card];
      rowNode![card] = total;
      total += rows;
      rowNodes += rows;
    }
    let own = (hasBlock ? 1 : 0) + (rows > 0 ? 1 : 0);
    for (let k = reportStart[card]; k < reportStart[card + 1]; k++) {
      const child = reports[k];
      const hangs = assistants !== null && hangsBeside(tree, child);
      if (hangs) assistant[child] = 1;
      if (hangs || (stacked !== undefined && stacked[child] === 1)) leftOut++;
      else if (rows === 0) own++;
    }
    cardChildren += spacers > 0 ? 1 : own;
  }

  const parent = new Int32Array(total).fill(-1);
  const breadth = new Float64Array(total);
  const childStart = new Int32Array(total + 1);
  const childIndex = new Int32Array(n === 0 ? 0 : total - 1 - leftOut - rowNodes);
  const runOf = wraps === null ? null : new Int32Array(total);
  breadth.fill(geometry.cardBreadth, 0, n);
  const zoneBreadth = assistantZoneBreadth(geometry);
  let cursor = 0;
  let chainCursor = cardChildren;
  let next = n;
  for (let card = 0; card < n; card++) {
    childStart[card] = cursor;
    const spacers = assistantLayers[card];
    // The node that has the card's block and children: its last assistant spacer, or the card itself.
    let owner = card;
    if (spacers > 0) {
      childIndex[cursor++] = next;
      for (let s = 0; s < spacers; s++, next++) {
        breadth[next] = zoneBreadth;
        parent[next] = s === 0 ? card : next - 1;
        childStart[next] = chainCursor;
        if (s < spacers - 1) childIndex[chainCursor++] = next + 1;
      }
      owner = next - 1;
    }
    const childLayer = layer[card] + 1 + spacers;
    const run = runOf === null ? 0 : runOf[card];
    if (runOf !== null) for (let node = next - spacers; node < next; node++) runOf[node] = run;
    const block = blockNode[card];
    if (block >= 0) {
      parent[block] = owner;
      if (owner === card) childIndex[cursor++] = block;
      else childIndex[chainCursor++] = block;
    }
    const group = groupNode === null ? -1 : groupNode[card];
    if (group >= 0) {
      parent[group] = owner;
      if (owner === card) childIndex[cursor++] = group;
      else childIndex[chainCursor++] = group;
    }
    for (let k = reportStart[card]; k < reportStart[card + 1]; k++) {
      const child = reports[k];
      if (assistant[child] === 1) {
        layer[child] = layer[card] + 1;
        if (runOf !== null) runOf[child] = run;
        continue;
      }
      layer[child] = childLayer;
      if (runOf !== null) runOf[child] = run;
      if (stacked !== undefined && stacked[child] === 1) continue;
      if (group >= 0) {
        // A row child: placed by its row's own layout, below the rows above it.
        layer[child] = childLayer + wraps!.rowLayer[child];
        runOf![child] = rowNode![card] + wraps!.rowOf[child];
        continue;
      }
      parent[child] = owner;
      if (owner === card) childIndex[cursor++] = child;
      else childIndex[chainCursor++] = child;
    }
    if (block >= 0) {
      const columns = blocks!.columns[card];
      const rows = blocks!.rows[card];
      const width = blockBreadth(columns, rows, geometry);
      const last = block + blockSpacers(columns, rows, geometry);
      for (let node = block; node <= last; node++) {
        breadth[node] = width;
        if (node > block) parent[node] = node - 1;
        childStart[node] = chainCursor;
        if (node < last) childIndex[chainCursor++] = node + 1;
        if (runOf !== null) runOf[node] = run;
      }
      next = last + 1;
    }
    if (group >= 0) {
      const last = group + wraps!.groupLayers[card] - 1;
      for (let node = group; node <= last; node++) {
        if (node > group) parent[node] = node - 1;
        childStart[node] = chainCursor;
        if (node < last) childIndex[chainCursor++] = node + 1;
        runOf![node] = run;
      }
      // The row nodes, each listing its row's cards (consecutive children of the card).
      const firstRow = rowNode![card];
      const rows = wraps!.rows[card];
      let row = -1;
      for (let k = reportStart[card]; k < reportStart[card + 1]; k++) {
        const child = reports[k];
        const childRow = wraps!.rowOf[child];
        if (childRow < 0 || assistant[child] === 1 || (stacked !== undefined && stacked[child] === 1)) continue;
        while (row < childRow) {
          row++;
          childStart[firstRow + row] = chainCursor;
          runOf![firstRow + row] = firstRow + row;
        }
        parent[child] = firstRow + row;
        childIndex[chainCursor++] = child;
      }
      while (row < rows - 1) {
        row++;
        childStart[firstRow + row] = chainCursor;
        runOf![firstRow + row] = firstRow + row;
      }
      next = firstRow + rows;
    }
  }
  childStart[total] = chainCursor;

  return {
    input: { count: total, parent, childStart, childIndex, breadth },
    blockNode,
    assistant,
    assistants,
    assistantLayers,
    layer,
    groupNode,
    rowNode,
    runOf,
  };
}
