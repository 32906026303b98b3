import type { CardIndex, ChartLayout } from "./chartLayout";
import { LAYER_GAP, STACK_LANE } from "./layoutSpacing";

/**
 * The elbow connector from `card` up to its parent, as a polyline written into `out` (x0, y0, x1, y1, …;
 * `out` needs room for 6 points), from the card's attach point to the parent's. Returns the number of
 * points: 0 for card 0, 3 for an assistant hanging beside its manager's drop line, 4 for a card in the tree,
 * 5 or 6 for a stacked card (see below).
 *
 * Top-down: from the card's top centre up to the mid-line halfway through the layer gap above the parent's
 * reports (below the parent, and one layer lower for each layer its hanging assistants take), across to the
 * parent's centre, up to the parent's bottom centre. A stacked card hangs from its column's spine, which runs
 * down the lane to the left of the column: from the card's left side across to the spine, up the spine to the
 * mid-line, then as above (5 points). A card in a wrapped row below the first (see `planWrappedRows`) hangs from its
 * row's bus, halfway through the layer gap above it: from its top centre up to the bus, along it to the group's
 * spine, up the spine to the manager's mid-line, then as above (6 points; the first row's cards are like any child).
 * A hanging assistant meets the parent's drop line at a right angle: from the
 * middle of its side facing the line straight across to it, then up the line to the parent's bottom centre.
 *
 * Left-to-right: from the card's left middle across to the mid-line halfway through the layer gap before the
 * parent's reports, along it to the parent's middle, across to the parent's right side. A hanging assistant goes
 * from the middle of its side facing the drop line (its bottom when above it) straight to the line, then along it
 * to the parent's right side. A stacked card of a block's first column hangs from that mid-line like any child
 * (4 points); one of a further column hangs from its column's spine, which runs down the lane to the left of the
 * column: from the card's left side to the spine, up the spine to the bus in the lane along the block's top,
 * back along the bus to the mid-line, then as above (6 points). Finding the block's top scans the parent's
 * children up to its first stacked one.
 */
export function connectorOf(layout: ChartLayout, card: CardIndex, out: Float64Array): number {
  const parent = layout.tree.parent[card];
  if (card <= 0 || parent < 0) return 0;
  const { x, y, cardWidth, cardHeight, stacked, assistant } = layout;
  const assistantLayers = layout.assistantLayers[parent];
  let points = 0;
  if (layout.orientation === "topDown") {
    const parentX = x[parent] + cardWidth / 2;
    const parentBottom = y[parent] + cardHeight;
    const midY = parentBottom + LAYER_GAP / 2 + assistantLayers * (cardHeight + LAYER_GAP);
    if (assistant[card] === 1) {
      const centreY = y[card] + cardHeight / 2;
      points = writePoint(out, points, x[card] < parentX ? x[card] + cardWidth : x[card], centreY);
      points = writePoint(out, points, parentX, centreY);
      return writePoint(out, points, parentX, parentBottom);
    }
    if (layout.wrapRow !== null && layout.wrapRow[card] > 0) {
      const childX = x[card] + cardWidth / 2;
      const busY = y[card] - LAYER_GAP / 2;
      const spineX = layout.wrapSpine![parent];
      points = writePoint(out, points, childX, y[card]);
      points = writePoint(out, points, childX, busY);
      points = writePoint(out, points, spineX, busY);
      points = writePoint(out, points, spineX, midY);
    } else if (stacked[card] === 1) {
      const spineX = x[card] - STACK_LANE / 2;
      const centreY = y[card] + cardHeight / 2;
      points = writePoint(out, points, x[card], centreY);
      points = writePoint(out, points, spineX, centreY);
      points = writePoint(out, points, spineX, midY);
    } else {
      const childX = x[card] + cardWidth / 2;
      points = writePoint(out, points, childX, y[card]);
      points = writePoint(out, points, childX, midY);
    }
    points = writePoint(out, points, parentX, midY);
    return writePoint(out, points, parentX, parentBottom);
  }
  const parentY = y[parent] + cardHeight / 2;
  const parentRight = x[parent] + cardWidth;
  if (assistant[card] === 1) {
    const centreX = x[card] + cardWidth / 2;
    points = writePoint(out, points, centreX, y[card] < parentY ? y[card] + cardHeight : y[card]);
    points = writePoint(out, points, centreX, parentY);
    return writePoint(out, points, parentRight, parentY);
  }
  const midX = parentRight + LAYER_GAP / 2 + assistantLayers * (cardWidth + LAYER_GAP);
  const childY = y[card] + cardHeight / 2;
  points = writePoint(out, points, x[card], childY);
  // The first column starts right after the layer gap; a further one at least a card and a lane beyond.
  if (stacked[card] === 1 && x[card] > midX + LAYER_GAP / 2 + STACK_LANE / 2) {
    const spineX = x[card] - STACK_LANE / 2;
    const busY = y[firstStackedChild(layout, parent)] - STACK_LANE / 2;
    points = writePoint(out, points, spineX, childY);
    points = writePoint(out, points, spineX, busY);
    points = writePoint(out, points, midX, busY);
  } else {
    points = writePoint(out, points, midX, childY);
  }
  points = writePoint(out, points, midX, parentY);
  return writePoint(out, points, parentRight, parentY);
}

/** The parent's first stacked child: the first card of its block (first column, first row). */
function firstStackedChild({ tree, stacked }: ChartLayout, parent: CardIndex): CardIndex {
  const { childStart, childIndex } = tree;
  for (let k = childStart[parent]; k < childStart[parent + 1]; k++)
    if (stacked[childIndex[k]] === 1) return childIndex[k];
  return -1;
}

/** Writes point number `index` and returns the number of points written. */
function writePoint(out: Float64Array, index: number, px: number, py: number): number {
  out[2 * index] = px;
  out[2 * index + 1] = py;
  return index + 1;
}
