import type { ChartTree } from "./chartTree";
import { assistantSpacers, blockBreadth, blockSpacers, type LayoutGeometry } from "./buildLayoutTree";
import { countHangingAssistants, hangsBeside } from "./hangingAssistants";
import type { CompactBlocks } from "./planCompactBlocks";
import { SIBLING_GAP, WRAP_LANE, WRAP_MAX_ROWS, WRAP_MIN_REPORTS, WRAP_SLACK } from "./layoutSpacing";

/**
 * Which managers have their reports wrapped into rows (top-down only), as Visio's layouts do when a manager's
 * subtrees side by side are far wider than the pane: the reports that are neither stacked in the manager's compact
 * block nor hanging beside its drop line (its "row children") are cut, in child order, into consecutive rows; each
 * row's subtrees sit side by side, the rows one below the other (a row starts a layer below the deepest card of the
 * row above), centred in a group behind a lane where the spine that joins the rows' buses runs.
 */
export interface WrappedRows {
  /** Number of managers that wrap. */
  count: number;
  /** Per card: the rows its row children are cut into; 0 when it does not wrap. */
  rows: Int32Array;
  /** Per card: its row in its manager's group (0 the first); -1 when its manager does not wrap (or it is not a row child). */
  rowOf: Int32Array;
  /** Per card in a row: layers from the group's first layer to its row's (0 for the first row). */
  rowLayer: Int32Array;
  /** Per wrapping card: the layers its group takes (the sum of its rows' layers). */
  groupLayers: Int32Array;
}

/**
 * Decides the rows, bottom-up (cards come parents first, so a reverse scan sees every subtree before its manager).
 * Each card's subtree is estimated as a box: its breadth as its children's side by side (an upper bound of what the
 * tidy layout makes of them), its depth exactly in layers. A manager with at least {@link WRAP_MIN_REPORTS} managers
 * among its row children (reports with reports of their own, shown or collapsed) whose subtree would be more than {@link WRAP_SLACK} times wider (breadth / depth) than `aspect` is given
 * the number of rows, up to {@link WRAP_MAX_ROWS}, whose box a pane of that aspect shows biggest (one row when none
 * does better); for a number of rows, the cut with the narrowest widest row (a bisection on the row width, rows
 * filled greedily). O(cards × rows × bisection steps).
 */
export function planWrappedRows(
  tree: ChartTree,
  blocks: CompactBlocks | null,
  geometry: LayoutGeometry,
  aspect: number,
): WrappedRows {
  const n = tree.count;
  const { childStart, childIndex } = tree;
  const { cardBreadth, layerStep, layerGap } = geometry;
  // The spacing constants as locals (read in the loop for every card).
  const gap = SIBLING_GAP;
  const lane = WRAP_LANE;
  const minReports = WRAP_MIN_REPORTS;
  const maxRows = WRAP_MAX_ROWS;
  const slack = WRAP_SLACK;
  const rows = new Int32Array(n);
  const rowOf = new Int32Array(n).fill(-1);
  const rowLayer = new Int32Array(n);
  const groupLayers = new Int32Array(n);
  /** Estimated breadth of each card's subtree, and its layers (the card's own included). */
  const span = new Float64Array(n);
  const layers = new Int32Array(n);
  const assistants = countHangingAssistants(tree);
  const stacked = blocks?.stacked;
  let count = 0;
  // Scratch: the current manager's row children's spans and layers.
  let widths = new Float64Array(16);
  let depths = new Int32Array(16);
  const cut = new Int32Array(WRAP_MAX_ROWS + 1);
  const bestCut = new Int32Array(WRAP_MAX_ROWS + 1);

  for (let card = n - 1; card >= 0; card--) {
    const assistantLayers = assistants === null ? 0 : assistantSpacers(assistants[card], geometry);
    const hasBlock = blocks !== null && blocks.columns[card] !== 0;
    const blockWidth = hasBlock ? blockBreadth(blocks.columns[card], blocks.rows[card], geometry) : 0;
    const blockLayers = hasBlock ? 1 + blockSpacers(blocks.columns[card], blocks.rows[card], geometry) : 0;
    let m = 0;
    let managers = 0;
    let total = 0;
    let deepest = 0;
    for (let k = childStart[card]; k < childStart[card + 1]; k++) {
      const child = childIndex[k];
      if ((stacked !== undefined && stacked[child] === 1) || (assistants !== null && hangsBeside(tree, child)))
        continue;
      if (m === widths.length) {
        widths = grow(widths, new Float64Array(m * 2));
        depths = grow(depths, new Int32Array(m * 2));
      }
      if (childStart[child + 1] > childStart[child] || tree.hiddenReports[child] > 0) managers++;
      widths[m] = span[child];
      depths[m] = layers[child];
      total += span[child] + (m > 0 ? gap : 0);
      if (layers[child] > deepest) deepest = layers[child];
      m++;
    }
    // The subtree's box: its breadth (a group's given), its layers (a group's depth given); and the height of a pane
    // of the aspect that just fits it (the smaller, the bigger the subtree can be drawn). Inline, not closures: this
    // runs for every card.
    const zone = assistantLayers > 0 ? 2 * (cardBreadth + gap) : 0;
    const beside = hasBlock ? blockWidth + (m > 0 ? gap : 0) : 0;
    let bestBreadth = Math.max(cardBreadth, zone, beside + total);
    let bestLayers = 1 + assistantLayers + Math.max(blockLayers, deepest);
    let bestRows = 1;
    const flatDepth = bestLayers * layerStep - layerGap;
    if (managers >= minReports && bestBreadth / flatDepth > aspect * slack) {
      let bestHeight = Math.max(bestBreadth / aspect, flatDepth);
      let widest = 0;
      for (let i = 0; i < m; i++) if (widths[i] > widest) widest = widths[i];
      for (let r = 2; r <= Math.min(maxRows, m); r++) {
        // The narrowest row width with which greedy filling needs at most r rows (within a few px): at least the widest
        // subtree and an r-th of them all; at most that share plus the widest subtree and a gap (each full row then
        // holds more than a share).
        let low = Math.max(widest, total / r);
        let high = Math.min(total, total / r + widest + gap);
        if (fillRows(widths, m, low, gap, cut) <= r) high = low;
        for (let step = 0; step < 16 && high - low > 4; step++) {
          const mid = (low + high) / 2;
          if (fillRows(widths, m, mid, gap, cut) <= r) high = mid;
          else low = mid;
        }
        const used = fillRows(widths, m, high, gap, cut);
        let rowWidth = 0;
        let groupDepth = 0;
        for (let row = 0; row < used; row++) {
          let width = 0;
          let depth = 0;
          for (let i = cut[row]; i < cut[row + 1]; i++) {
            width += widths[i] + (i > cut[row] ? gap : 0);
            if (depths[i] > depth) depth = depths[i];
          }
          if (width > rowWidth) rowWidth = width;
          groupDepth += depth;
        }
        const breadth = Math.max(cardBreadth, zone, beside + lane + rowWidth);
        const boxLayers = 1 + assistantLayers + Math.max(blockLayers, groupDepth);
        const depthPx = boxLayers * layerStep - layerGap;
        const height = Math.max(breadth / aspect, depthPx);
        if (height < bestHeight && used > 1) {
          bestHeight = height;
          bestBreadth = breadth;
          bestLayers = boxLayers;
          bestRows = used;
          bestCut.set(cut.subarray(0, used + 1));
        }
        // More rows only make the group deeper: once its depth alone is worse, stop.
        if (depthPx >= bestHeight) break;
      }
    }
    span[card] = bestBreadth;
    layers[card] = bestLayers;
    if (bestRows === 1) continue;
    count++;
    rows[card] = bestRows;
    // Give each row child its row and its row's first layer within the group.
    let i = 0;
    let row = 0;
    let rowTop = 0;
    let rowDepth = 0;
    for (let k = childStart[card]; k < childStart[card + 1]; k++) {
      const child = childIndex[k];
      if ((stacked !== undefined && stacked[child] === 1) || (assistants !== null && hangsBeside(tree, child)))
        continue;
      if (i === bestCut[row + 1]) {
        rowTop += rowDepth;
        rowDepth = 0;
        row++;
      }
      rowOf[child] = row;
      rowLayer[child] = rowTop;
      if (layers[child] > rowDepth) rowDepth = layers[child];
      i++;
    }
    groupLayers[card] = rowTop + rowDepth;
  }
  return { count, rows, rowOf, rowLayer, groupLayers };
}

/**
 * Fills rows greedily, in order, none wider than `limit` (a single subtree wider than it has a row of its own);
 * writes each row's first index into `cut` (and the end after the last row, while `cut` has room) and returns the
 * number of rows.
 */
function fillRows(widths: Float64Array, m: number, limit: number, gap: number, cut: Int32Array): number {
  let used = 1;
  let width = 0;
  cut[0] = 0;
  for (let i = 0; i < m; i++) {
    const next = width === 0 ? widths[i] : width + gap + widths[i];
    if (width > 0 && next > limit) {
      if (used < cut.length) cut[used] = i;
      used++;
      width = widths[i];
    } else width = next;
  }
  if (used < cut.length) cut[used] = m;
  return used;
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
