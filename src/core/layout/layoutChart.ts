import type { ChartLayout, LayoutOptions, Rect } from "./chartLayout";
import type { ChartTree } from "./chartTree";
import { buildLayoutTree, type LayoutGeometry, type LayoutTree } from "./buildLayoutTree";
import {
  ASSISTANT_GAP,
  COUSIN_GAP,
  DEFAULT_CARD_HEIGHT,
  DEFAULT_CARD_WIDTH,
  LAYER_GAP,
  SIBLING_GAP,
  STACK_LANE,
  STACK_ROW_GAP,
  WRAP_LANE,
} from "./layoutSpacing";
import { placeTidyTree, tidyPlacer } from "./placeTidyTree";
import { planCompactBlocks, type CompactBlocks } from "./planCompactBlocks";
import { planWrappedRows } from "./planWrappedRows";

/**
 * Where every card of `tree` goes: a tidy tree (see `placeTidyTree`: d3-hierarchy's `tree()` with a
 * separation of card breadth + {@link SIBLING_GAP} between siblings and + {@link COUSIN_GAP} between
 * cousins), card 0's centre at breadth 0 and its top at depth 0, one layer every card size +
 * {@link LAYER_GAP} along the depth axis. Left-to-right is this layout with breadth on y and depth on x
 * (cards keep their width × height). Compact (default): a card's leaf children, when there are at least
 * three, are stacked in a block of columns (see `planCompactBlocks`) placed as its first child. Top-down the
 * columns stand side by side under the manager, each behind a lane for its spine. Left-to-right the columns
 * follow one another rightwards from the manager's next layer, their cards stacked downwards, with a lane
 * between two columns for the spine of the second and, when there are several columns, a lane along the
 * block's top for the bus that joins the spines. An assistant with no reports hangs beside its manager's drop line
 * (see `hangsBeside`), in the layers between the manager and its other reports: the first, third… before the line
 * (left top-down, above left-to-right), the second, fourth… after it, {@link ASSISTANT_GAP} away, in rows a stack
 * row gap apart; the manager stays centred over its other reports. Top-down with `wrapAspect`, a manager whose
 * subtree would be far wider than that aspect has its reports wrapped into rows (see `planWrappedRows`): each row is
 * a tidy layout of its own, the rows are centred one below the other in a group, behind a lane for the spine that
 * joins the rows' buses, and the group takes its place in the manager's layout as one box (a node as wide as the
 * group and a chain of spacers as deep). O(cards); no object per card, no recursion.
 */
export function layoutChart(tree: ChartTree, options: LayoutOptions = {}): ChartLayout {
  const orientation = options.orientation ?? "topDown";
  const cardWidth = options.cardWidth ?? DEFAULT_CARD_WIDTH;
  const cardHeight = options.cardHeight ?? DEFAULT_CARD_HEIGHT;
  const topDown = orientation === "topDown";
  const geometry = layoutGeometry(topDown ? cardWidth : cardHeight, topDown ? cardHeight : cardWidth, !topDown);
  const n = tree.count;
  const blocks = (options.compact ?? true) ? planCompactBlocks(tree) : null;
  const stacked = blocks?.stacked ?? new Uint8Array(n);
  const wrapAspect = options.wrapAspect ?? 0;
  const wrap = topDown && wrapAspect > 0 && n > 1 ? planWrappedRows(tree, blocks, geometry, wrapAspect) : null;
  const layoutTree = buildLayoutTree(tree, blocks, geometry, wrap);
  const wrapSpine = layoutTree.groupNode === null ? null : new Float64Array(n).fill(NaN);
  const centre =
    wrapSpine === null
      ? placeTidyTree(layoutTree.input, SIBLING_GAP, COUSIN_GAP)
      : placeWrappedTree(tree, layoutTree, wrap!.rows, wrapSpine);

  // Breadth and depth coordinates of each card's near corner, and how far the cards reach (the bounds, found as the
  // cards are placed rather than in a pass of their own).
  const across = new Float64Array(n);
  const down = new Float64Array(n);
  const { cardBreadth, layerStep } = geometry;
  const { layer, assistant } = layoutTree;
  const extent = new Float64Array([Infinity, -Infinity, Infinity, -Infinity]);
  let minAcross = Infinity;
  let maxAcross = -Infinity;
  let maxDepth = n > 0 ? 0 : -1;
  for (let card = 0; card < n; card++) {
    if (stacked[card] === 1 || assistant[card] === 1) continue;
    const near = centre[card] - cardBreadth / 2;
    across[card] = near;
    down[card] = layer[card] * layerStep;
    if (near < minAcross) minAcross = near;
    if (near > maxAcross) maxAcross = near;
    if (layer[card] > maxDepth) maxDepth = layer[card];
  }
  if (blocks !== null && blocks.count > 0)
    placeStackedCards(tree, blocks, layoutTree, centre, geometry, across, down, extent);
  if (layoutTree.assistants !== null) placeAssistants(tree, layoutTree, centre, geometry, across, down, extent);
  const bounds = boundsOf(
    Math.min(minAcross, extent[0]),
    Math.max(maxAcross, extent[1]),
    Math.min(0, extent[2]),
    Math.max(maxDepth * layerStep, extent[3]),
    n,
    topDown,
    cardWidth,
    cardHeight,
  );

  const x = topDown ? across : down;
  const y = topDown ? down : across;
  const { assistantLayers } = layoutTree;
  const wrapRow = wrapSpine === null ? null : wrap!.rowOf;
  return {
    tree,
    orientation,
    cardWidth,
    cardHeight,
    x,
    y,
    stacked,
    assistant,
    assistantLayers,
    wrapSpine,
    wrapRow,
    bounds,
  };
}

/**
 * The tidy layout with wrapped rows: the rows of the innermost groups first (a wrapping card's descendants come after
 * it), each row a tree of its own whose extent gives its group's breadth, then the chart from card 0; then, parents
 * first, each row is moved into its group (rows centred after the lane) and every node to where its tree was put.
 * `rowCount`: each card's rows (see `planWrappedRows`). Writes each wrapping card's spine into `spine`; returns the centre of every node along the breadth axis.
 */
function placeWrappedTree(
  tree: ChartTree,
  layoutTree: LayoutTree,
  rowCount: Int32Array,
  spine: Float64Array,
): Float64Array {
  const n = tree.count;
  const { input } = layoutTree;
  const groupNode = layoutTree.groupNode!;
  const rowNode = layoutTree.rowNode!;
  const runOf = layoutTree.runOf!;
  const { breadth } = input;
  const placer = tidyPlacer(input, SIBLING_GAP, COUSIN_GAP);
  const centre = placer.centre;
  // Per row node: its row's near edge (relative to the row node) and breadth.
  const rowNear = new Float64Array(input.count);
  const rowBreadth = new Float64Array(input.count);
  for (let card = n - 1; card >= 0; card--) {
    const group = groupNode[card];
    if (group < 0) continue;
    const rows = rowCount[card];
    let widest = 0;
    for (let r = 0; r < rows; r++) {
      const row = rowNode[card] + r;
      const nodes = placer.place(row);
      let near = Infinity;
      let far = -Infinity;
      for (let i = 1; i < nodes.length; i++) {
        const v = nodes[i];
        const half = breadth[v] / 2;
        if (centre[v] - half < near) near = centre[v] - half;
        if (centre[v] + half > far) far = centre[v] + half;
      }
      rowNear[row] = near;
      rowBreadth[row] = far - near;
      if (far - near > widest) widest = far - near;
    }
    const width = WRAP_LANE + widest;
    // The group node and its spacers: consecutive, up to the first row node.
    for (let node = group; node < rowNode[card]; node++) breadth[node] = width;
  }
  placer.place(0);
  // Where each tree was put: 0 for card 0's; a row's from its group's place, known before (parents first).
  const offset = new Float64Array(input.count);
  for (let card = 0; card < n; card++) {
    const group = groupNode[card];
    if (group < 0) continue;
    const near = centre[group] + offset[runOf[group]] - breadth[group] / 2;
    spine[card] = near + WRAP_LANE / 2;
    const widest = breadth[group] - WRAP_LANE;
    for (let r = 0; r < rowCount[card]; r++) {
      const row = rowNode[card] + r;
      offset[row] = near + WRAP_LANE + (widest - rowBreadth[row]) / 2 - rowNear[row];
    }
  }
  for (let node = 0; node < input.count; node++) centre[node] += offset[runOf[node]];
  return centre;
}

function layoutGeometry(cardBreadth: number, cardDepth: number, columnsAlongDepth: boolean): LayoutGeometry {
  return {
    cardBreadth,
    cardDepth,
    layerStep: cardDepth + LAYER_GAP,
    layerGap: LAYER_GAP,
    stackRowGap: STACK_ROW_GAP,
    stackLane: STACK_LANE,
    columnsAlongDepth,
  };
}

/**
 * Puts the stacked leaves of each block in its columns, column by column, in child order. Columns side by
 * side: column k at k lanes and k cards across from the block's near edge, after its lane; its rows down
 * from the next layer. Columns along the depth axis: column k at k cards and k lanes deeper than the next
 * layer; its rows across from the block's near edge, after the bus lane when there are several columns.
 */
function placeStackedCards(
  tree: ChartTree,
  { columns, rows, stacked }: CompactBlocks,
  { input: { breadth }, blockNode, layer, assistantLayers }: LayoutTree,
  centre: Float64Array,
  geometry: LayoutGeometry,
  across: Float64Array,
  down: Float64Array,
  /** Widened to the stacked cards' near corners: least and greatest across, least and greatest down. */
  extent: Float64Array,
): void {
  const { childStart, childIndex } = tree;
  const { cardBreadth, cardDepth, layerStep, stackLane, stackRowGap, columnsAlongDepth } = geometry;
  // Step from one column to the next and from one row to the next, along (across, down).
  const columnAcross = columnsAlongDepth ? 0 : stackLane + cardBreadth;
  const columnDown = columnsAlongDepth ? cardDepth + stackLane : 0;
  const rowAcross = columnsAlongDepth ? cardBreadth + stackRowGap : 0;
  const rowDown = columnsAlongDepth ? 0 : cardDepth + stackRowGap;
  for (let card = 0; card < tree.count; card++) {
    const block = blockNode[card];
    if (block < 0) continue;
    const perColumn = rows[card];
    const lane = !columnsAlongDepth || columns[card] > 1 ? stackLane : 0;
    const near = centre[block] - breadth[block] / 2;
    const top = (layer[card] + 1 + assistantLayers[card]) * layerStep;
    let leaf = 0;
    for (let k = childStart[card]; k < childStart[card + 1]; k++) {
      const child = childIndex[k];
      if (stacked[child] !== 1) continue;
      const column = Math.floor(leaf / perColumn);
      const row = leaf - column * perColumn;
      across[child] = near + column * columnAcross + row * rowAcross + lane;
      down[child] = top + column * columnDown + row * rowDown;
      leaf++;
    }
    // The block's first card is its nearest on both axes; its last column and its first column's last row reach
    // farthest (computed as the cards' own coordinates are, so the bounds equal them exactly).
    const first = near + lane;
    const lastColumn = Math.ceil(leaf / perColumn) - 1;
    const farAcross = near + lastColumn * columnAcross + (perColumn - 1) * rowAcross + lane;
    const farDown = top + lastColumn * columnDown + (perColumn - 1) * rowDown;
    if (first < extent[0]) extent[0] = first;
    if (farAcross > extent[1]) extent[1] = farAcross;
    if (top < extent[2]) extent[2] = top;
    if (farDown > extent[3]) extent[3] = farDown;
  }
}

/**
 * Hangs each card's assistants beside its drop line, in child order: assistant j in row floor(j / 2) of the layers
 * below the card, before the line when j is even, after it when odd, {@link ASSISTANT_GAP} from it.
 */
function placeAssistants(
  tree: ChartTree,
  { assistant, assistants, layer }: LayoutTree,
  centre: Float64Array,
  geometry: LayoutGeometry,
  across: Float64Array,
  down: Float64Array,
  /** Widened to the assistants' near corners: least and greatest across, least and greatest down. */
  extent: Float64Array,
): void {
  const { childStart, childIndex } = tree;
  const { cardBreadth, cardDepth, layerStep, stackRowGap } = geometry;
  for (let card = 0; card < tree.count; card++) {
    if (assistants![card] === 0) continue;
    const before = centre[card] - ASSISTANT_GAP - cardBreadth;
    const after = centre[card] + ASSISTANT_GAP;
    const top = (layer[card] + 1) * layerStep;
    let j = 0;
    for (let k = childStart[card]; k < childStart[card + 1]; k++) {
      const child = childIndex[k];
      if (assistant[child] !== 1) continue;
      const near = (j & 1) === 0 ? before : after;
      const depth = top + (j >> 1) * (cardDepth + stackRowGap);
      across[child] = near;
      down[child] = depth;
      if (near < extent[0]) extent[0] = near;
      if (near > extent[1]) extent[1] = near;
      if (depth < extent[2]) extent[2] = depth;
      if (depth > extent[3]) extent[3] = depth;
      j++;
    }
  }
}

/** The chart's bounds from the extent of the cards' near corners along the breadth and depth axes. */
function boundsOf(
  minAcross: number,
  maxAcross: number,
  minDown: number,
  maxDown: number,
  count: number,
  topDown: boolean,
  width: number,
  height: number,
): Rect {
  if (count === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return topDown
    ? { minX: minAcross, minY: minDown, maxX: maxAcross + width, maxY: maxDown + height }
    : { minX: minDown, minY: minAcross, maxX: maxDown + width, maxY: maxAcross + height };
}
