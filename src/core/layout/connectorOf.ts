import type { CardIndex, ChartLayout } from "./chartLayout";
import { LAYER_GAP, STACK_LANE } from "./layoutSpacing";

/**
 * The elbow connector from `card` up to its parent, as a polyline written into `out` (x0, y0, x1, y1, …;
 * `out` needs room for 5 points), from the card's attach point to the parent's. Returns the number of
 * points: 0 for card 0, 4 for a card in the tree, 5 for a stacked card.
 *
 * Top-down: from the card's top centre up to the mid-line halfway through the layer gap below the parent,
 * across to the parent's centre, up to the parent's bottom centre. A stacked card hangs from its column's
 * spine, which runs down the lane to the left of the column: from the card's left side across to the spine,
 * up the spine to the mid-line, then as above. Left-to-right is the same transposed (attach at the card's
 * left side, or the top for a stacked card; the parent's right side).
 */
export function connectorOf(layout: ChartLayout, card: CardIndex, out: Float64Array): number {
  const parent = layout.tree.parent[card];
  if (card <= 0 || parent < 0) return 0;
  const { x, y, cardWidth, cardHeight, stacked } = layout;
  let points = 0;
  if (layout.orientation === "topDown") {
    const parentX = x[parent] + cardWidth / 2;
    const parentBottom = y[parent] + cardHeight;
    const midY = parentBottom + LAYER_GAP / 2;
    if (stacked[card] === 1) {
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
  const midX = parentRight + LAYER_GAP / 2;
  if (stacked[card] === 1) {
    const spineY = y[card] - STACK_LANE / 2;
    const centreX = x[card] + cardWidth / 2;
    points = writePoint(out, points, centreX, y[card]);
    points = writePoint(out, points, centreX, spineY);
    points = writePoint(out, points, midX, spineY);
  } else {
    const childY = y[card] + cardHeight / 2;
    points = writePoint(out, points, x[card], childY);
    points = writePoint(out, points, midX, childY);
  }
  points = writePoint(out, points, midX, parentY);
  return writePoint(out, points, parentRight, parentY);
}

/** Writes point number `index` and returns the number of points written. */
function writePoint(out: Float64Array, index: number, px: number, py: number): number {
  out[2 * index] = px;
  out[2 * index + 1] = py;
  return index + 1;
}
