import { connectorOf } from "../core/layout/connectorOf";
import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { DottedLine } from "./chartScene";
import { svgCoordinate } from "./svgElement";
import { cardBox, intersects } from "./viewMath";

/**
 * Builds the one path of every tree connector that may cross a drawn area, relative to a view origin
 * (SVG is float32: world coordinates of a big org are millions of px). Reuses its buffers between calls.
 */
export class ConnectorPathBuilder {
  private readonly points = new Float64Array(12);
  private stamp = new Uint32Array(0);
  private generation = 0;

  /**
   * The path (`d`) of the connectors of `cards` and of the first and last child of each of them (and of the first
   * and last that are not assistants beside the drop line, whose connectors make the bus).
   */
  build(layout: ChartLayout, cards: ArrayLike<CardIndex>, originX: number, originY: number): string {
    const { tree } = layout;
    if (this.stamp.length !== tree.count) {
      this.stamp = new Uint32Array(tree.count);
      this.generation = 0;
    }
    this.generation = (this.generation + 1) >>> 0 || 1;
    const parts: string[] = [];
    const add = (card: CardIndex): void => {
      if (this.stamp[card] === this.generation) return;
      this.stamp[card] = this.generation;
      const count = connectorOf(layout, card, this.points);
      if (count < 2) return;
      let d = `M${svgCoordinate(this.points[0] - originX)} ${svgCoordinate(this.points[1] - originY)}`;
      for (let i = 1; i < count; i++)
        d += `L${svgCoordinate(this.points[2 * i] - originX)} ${svgCoordinate(this.points[2 * i + 1] - originY)}`;
      parts.push(d);
    };
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i];
      add(card);
      const first = tree.childStart[card];
      const end = tree.childStart[card + 1];
      if (end > first) {
        add(tree.childIndex[first]);
        add(tree.childIndex[end - 1]);
        // An assistant beside the drop line is not on the bus: the bus runs between the first and last other reports.
        if (layout.assistant[tree.childIndex[first]] === 1 || layout.assistant[tree.childIndex[end - 1]] === 1) {
          let k = first;
          while (k < end && layout.assistant[tree.childIndex[k]] === 1) k++;
          if (k < end) add(tree.childIndex[k]);
          k = end - 1;
          while (k >= first && layout.assistant[tree.childIndex[k]] === 1) k--;
          if (k >= first) add(tree.childIndex[k]);
        }
      }
    }
    return parts.join("");
  }
}

/** How far into the gap above a row a dotted line runs: clear of the solid bus, which runs half-way up the gap. */
const DOTTED_LANE = 14;

/**
 * The dashed connectors of dotted-line reporting whose ends are not both far from `area`. Each runs at right angles
 * through the gap just below the upper card's row, where no card is (compact stacks start lower down), so it cannot
 * seem to end at a card it only passes: from the deeper card's top (its bottom when both share a row; in a compact
 * stack, its side facing the other card) into that gap, across, and up to the other card's bottom. Lines attach a quarter of a card off centre so they stay apart from the solid connectors.
 * Left to right is the same with the axes swapped. Lines to a card that is not shown are left out.
 */
export function dottedLinePath(
  layout: ChartLayout,
  lines: ReadonlyArray<DottedLine>,
  area: Rect,
  originX: number,
  originY: number,
): string {
  const count = layout.tree.count;
  const topDown = layout.orientation === "topDown";
  // Breadth runs along a row of cards, depth from a manager down to its reports.
  const breadthSize = topDown ? layout.cardWidth : layout.cardHeight;
  const depthOf = (box: Rect, end: boolean) => (topDown ? (end ? box.maxY : box.minY) : end ? box.maxX : box.minX);
  const breadthOf = (box: Rect, end: boolean) => (topDown ? (end ? box.maxX : box.minX) : end ? box.maxY : box.minY);
  let d = "";
  const move = (breadth: number, depth: number, first: boolean) => {
    const x = topDown ? breadth : depth;
    const y = topDown ? depth : breadth;
    d += `${first ? "M" : "L"}${svgCoordinate(x - originX)} ${svgCoordinate(y - originY)}`;
  };
  for (const line of lines) {
    if (line.from < 0 || line.to < 0 || line.from >= count || line.to >= count || line.from === line.to) continue;
    const a = cardBox(layout, line.from);
    const b = cardBox(layout, line.to);
    if (!intersects(a, area) && !intersects(b, area)) continue;
    // Leave from the deeper card (the later one when both sit on the same row).
    const aDeeper = depthOf(a, false) >= depthOf(b, false);
    const [lower, upper, lowerCard] = aDeeper ? [a, b, line.from] : [b, a, line.to];
    const upperMid = (breadthOf(upper, false) + breadthOf(upper, true)) / 2;
    const lowerMid = (breadthOf(lower, false) + breadthOf(lower, true)) / 2;
    const towards = upperMid >= lowerMid ? 1 : -1;
    const upperBreadth = upperMid - (towards * breadthSize) / 4;
    const sameRow = Math.abs(depthOf(upper, false) - depthOf(lower, false)) < 1;
    // The lane runs in the gap just below the upper card's row: compact stacks hang lower down, so no card is there.
    const laneDepth = depthOf(upper, true) + DOTTED_LANE;
    if (layout.stacked[lowerCard] === 1) {
      // In a stack the card above is close: leave from the side facing the other card, into the lane beside it.
      const side = breadthOf(lower, towards > 0);
      const lane = side + towards * (DOTTED_LANE / 2);
      const middle = (depthOf(lower, false) + depthOf(lower, true)) / 2;
      move(side, middle, true);
      move(lane, middle, false);
      move(lane, laneDepth, false);
    } else {
      // Off the centre, clear of the solid connector (above) and of the collapse control (below).
      const start = lowerMid + (towards * breadthSize) / 4;
      move(start, depthOf(lower, sameRow), true);
      move(start, laneDepth, false);
    }
    move(upperBreadth, laneDepth, false);
    move(upperBreadth, depthOf(upper, true), false);
  }
  return d;
}
