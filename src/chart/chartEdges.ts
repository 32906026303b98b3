import { connectorOf } from "../core/layout/connectorOf";
import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { DottedLine } from "./chartScene";

/** What a line on the chart stands for. */
export type EdgeKind = "reporting" | "stacked" | "assistant" | "dotted";

/** Which side of a card a line meets. */
export type CardSide = "top" | "right" | "bottom" | "left";

/**
 * A line of the chart as data: its kind, the two cards it joins (`from` the upper card: the manager, or the upper
 * end of a dotted line; `to` the lower card), its right-angled points from `from` to `to`, and the sides of the two
 * cards it meets. The screen's paths and PowerPoint's attached connectors are both made from it.
 */
export interface ChartEdge {
  kind: EdgeKind;
  from: CardIndex;
  to: CardIndex;
  /** x0, y0, x1, y1, … in world px. */
  points: number[];
  fromSide: CardSide;
  toSide: CardSide;
}

function boxOf(layout: ChartLayout, card: CardIndex): Rect {
  return {
    minX: layout.x[card],
    minY: layout.y[card],
    maxX: layout.x[card] + layout.cardWidth,
    maxY: layout.y[card] + layout.cardHeight,
  };
}

/** The side of `box` nearest to a point on its outline. */
export function sideOf(box: Rect, x: number, y: number): CardSide {
  const distances: Array<[CardSide, number]> = [
    ["top", Math.abs(y - box.minY)],
    ["bottom", Math.abs(y - box.maxY)],
    ["left", Math.abs(x - box.minX)],
    ["right", Math.abs(x - box.maxX)],
  ];
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0][0];
}

function edgeFromPoints(
  layout: ChartLayout,
  kind: EdgeKind,
  from: CardIndex,
  to: CardIndex,
  points: number[],
): ChartEdge {
  const n = points.length;
  return {
    kind,
    from,
    to,
    points,
    fromSide: sideOf(boxOf(layout, from), points[0], points[1]),
    toSide: sideOf(boxOf(layout, to), points[n - 2], points[n - 1]),
  };
}

/** The reporting line from `card` up to its parent (none for card 0), from the parent to the card. */
export function reportingEdgeOf(layout: ChartLayout, card: CardIndex, buffer = new Float64Array(12)): ChartEdge | null {
  const count = connectorOf(layout, card, buffer);
  if (count < 2) return null;
  const points: number[] = [];
  // connectorOf runs from the card up to its parent: reversed, from the parent down.
  for (let i = count - 1; i >= 0; i--) points.push(buffer[2 * i], buffer[2 * i + 1]);
  const kind: EdgeKind =
    layout.assistant[card] === 1 ? "assistant" : layout.stacked[card] === 1 ? "stacked" : "reporting";
  return edgeFromPoints(layout, kind, layout.tree.parent[card], card, points);
}

/** How far into the gap below the upper card's row a dotted line runs: clear of the solid bus, half-way up the gap. */
const DOTTED_LANE = 14;

/**
 * A dotted (secondary) reporting line as right-angled points from the upper card to the deeper one; null when it
 * joins a card to itself or one not shown. It runs through the gap just below the upper card's row, where no card
 * is: from a quarter of a card off the upper card's centre (so it stays apart from the solid connectors), along the
 * gap, and down to a quarter off the deeper card's centre (its bottom when both share a row; in a compact stack its
 * side facing the other card). Left to right is the same with the axes swapped.
 */
export function dottedEdgeOf(layout: ChartLayout, line: DottedLine): ChartEdge | null {
  const count = layout.tree.count;
  if (line.from < 0 || line.to < 0 || line.from >= count || line.to >= count || line.from === line.to) return null;
  const topDown = layout.orientation === "topDown";
  const breadthSize = topDown ? layout.cardWidth : layout.cardHeight;
  const depthOf = (box: Rect, end: boolean) => (topDown ? (end ? box.maxY : box.minY) : end ? box.maxX : box.minX);
  const breadthOf = (box: Rect, end: boolean) => (topDown ? (end ? box.maxX : box.minX) : end ? box.maxY : box.minY);
  const a = boxOf(layout, line.from);
  const b = boxOf(layout, line.to);
  const aDeeper = depthOf(a, false) >= depthOf(b, false);
  const [lower, upper, lowerCard, upperCard] = aDeeper ? [a, b, line.from, line.to] : [b, a, line.to, line.from];
  const upperMid = (breadthOf(upper, false) + breadthOf(upper, true)) / 2;
  const lowerMid = (breadthOf(lower, false) + breadthOf(lower, true)) / 2;
  const towards = upperMid >= lowerMid ? 1 : -1;
  const upperBreadth = upperMid - (towards * breadthSize) / 4;
  const sameRow = Math.abs(depthOf(upper, false) - depthOf(lower, false)) < 1;
  const laneDepth = depthOf(upper, true) + DOTTED_LANE;
  // Built from the deeper card up, as the screen draws it, then reversed.
  const up: number[] = [];
  const move = (breadth: number, depth: number) => (topDown ? up.push(breadth, depth) : up.push(depth, breadth));
  if (layout.stacked[lowerCard] === 1) {
    const side = breadthOf(lower, towards > 0);
    const lane = side + towards * (DOTTED_LANE / 2);
    const middle = (depthOf(lower, false) + depthOf(lower, true)) / 2;
    move(side, middle);
    move(lane, middle);
    move(lane, laneDepth);
  } else {
    const start = lowerMid + (towards * breadthSize) / 4;
    move(start, depthOf(lower, sameRow));
    move(start, laneDepth);
  }
  move(upperBreadth, laneDepth);
  move(upperBreadth, depthOf(upper, true));
  const points: number[] = [];
  for (let i = up.length - 2; i >= 0; i -= 2) points.push(up[i], up[i + 1]);
  return edgeFromPoints(layout, "dotted", upperCard, lowerCard, points);
}

/** Every line of a laid-out chart: one reporting line per card but the first, then the dotted lines (when shown). */
export function chartEdges(
  layout: ChartLayout,
  dottedLines: ReadonlyArray<DottedLine>,
  showDottedLines: boolean,
): ChartEdge[] {
  const edges: ChartEdge[] = [];
  const buffer = new Float64Array(12);
  for (let card = 1; card < layout.tree.count; card++) {
    const edge = reportingEdgeOf(layout, card, buffer);
    if (edge !== null) edges.push(edge);
  }
  if (showDottedLines)
    for (const line of dottedLines) {
      const edge = dottedEdgeOf(layout, line);
      if (edge !== null) edges.push(edge);
    }
  return edges;
}
