import { connectorOf } from "../core/layout/connectorOf";
import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { DottedLine } from "./chartScene";
import { cardBox, intersects } from "./viewMath";

/** Coordinates go to SVG with 0.1 px precision: enough at any zoom the chart allows. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Builds the one path of every tree connector that may cross a drawn area, relative to a view origin
 * (SVG is float32: world coordinates of a big org are millions of px). Reuses its buffers between calls.
 */
export class ConnectorPathBuilder {
  private readonly points = new Float64Array(12);
  private stamp = new Uint32Array(0);
  private generation = 0;

  /** The path (`d`) of the connectors of `cards` and of the first and last child of each of them. */
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
      let d = `M${round(this.points[0] - originX)} ${round(this.points[1] - originY)}`;
      for (let i = 1; i < count; i++)
        d += `L${round(this.points[2 * i] - originX)} ${round(this.points[2 * i + 1] - originY)}`;
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
      }
    }
    return parts.join("");
  }
}

/**
 * The dashed curves of dotted-line reporting whose ends are not both far from `area`: from the edge of one
 * card facing the other to the facing edge of the other. Lines to a card that is not shown are left out.
 */
export function dottedLinePath(
  layout: ChartLayout,
  lines: ReadonlyArray<DottedLine>,
  area: Rect,
  originX: number,
  originY: number,
): string {
  const count = layout.tree.count;
  let d = "";
  for (const line of lines) {
    if (line.from < 0 || line.to < 0 || line.from >= count || line.to >= count || line.from === line.to) continue;
    const a = cardBox(layout, line.from);
    const b = cardBox(layout, line.to);
    if (!intersects(a, area) && !intersects(b, area)) continue;
    const ax = (a.minX + a.maxX) / 2;
    const ay = (a.minY + a.maxY) / 2;
    const bx = (b.minX + b.maxX) / 2;
    const by = (b.minY + b.maxY) / 2;
    const dx = bx - ax;
    const dy = by - ay;
    let x0: number, y0: number, x1: number, y1: number, c0x: number, c0y: number, c1x: number, c1y: number;
    if (Math.abs(dx) * layout.cardHeight > Math.abs(dy) * layout.cardWidth) {
      // Side by side: leave from the facing sides.
      const sign = dx > 0 ? 1 : -1;
      x0 = sign > 0 ? a.maxX : a.minX;
      x1 = sign > 0 ? b.minX : b.maxX;
      y0 = ay;
      y1 = by;
      const bend = Math.max(24, Math.abs(x1 - x0) / 3) * sign;
      c0x = x0 + bend;
      c0y = y0;
      c1x = x1 - bend;
      c1y = y1;
    } else {
      const sign = dy > 0 ? 1 : -1;
      y0 = sign > 0 ? a.maxY : a.minY;
      y1 = sign > 0 ? b.minY : b.maxY;
      x0 = ax;
      x1 = bx;
      const bend = Math.max(24, Math.abs(y1 - y0) / 3) * sign;
      c0x = x0;
      c0y = y0 + bend;
      c1x = x1;
      c1y = y1 - bend;
    }
    d +=
      `M${round(x0 - originX)} ${round(y0 - originY)}` +
      `C${round(c0x - originX)} ${round(c0y - originY)} ${round(c1x - originX)} ${round(c1y - originY)} ` +
      `${round(x1 - originX)} ${round(y1 - originY)}`;
  }
  return d;
}
