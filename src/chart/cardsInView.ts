import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import { cardsInRect } from "../core/layout/cardsInRect";

/**
 * Up to this many cards, the cards in a rect are found by one pass over the coordinate arrays (0.15–0.3 ms at
 * 100,000 cards once warm), and the layout's grid index is never built (70 ms at 100,000 cards on the bench
 * machine, for queries of 0.05 ms instead).
 */
export const SCAN_MAX_CARDS = 250_000;

/**
 * The cards whose box meets a rect. Small and mid-sized layouts are scanned; a layout of more than
 * {@link SCAN_MAX_CARDS} cards is scanned too until {@link buildIndex} has run (call it off the first frame's
 * path), then queried through its grid index. Results go to a buffer reused by the next call: copy them to
 * keep them.
 */
export class CardFinder {
  private indexed = false;
  private found = new Int32Array(256);

  constructor(private readonly layout: ChartLayout) {}

  /** Whether {@link buildIndex} would build anything. */
  get wantsIndex(): boolean {
    return !this.indexed && this.layout.tree.count > SCAN_MAX_CARDS;
  }

  /** Builds the layout's grid index when the layout is big enough to need one. */
  buildIndex(): void {
    if (!this.wantsIndex) return;
    cardsInRect(this.layout, { minX: 0, minY: 0, maxX: -1, maxY: -1 });
    this.indexed = true;
  }

  cardsIn(rect: Rect): Int32Array {
    if (this.indexed) return cardsInRect(this.layout, rect);
    const { x, y, cardWidth, cardHeight } = this.layout;
    const count = this.layout.tree.count;
    const minX = rect.minX - cardWidth;
    const minY = rect.minY - cardHeight;
    const { maxX, maxY } = rect;
    let found = this.found;
    let n = 0;
    for (let card: CardIndex = 0; card < count; card++) {
      const left = x[card];
      if (left > maxX || left < minX) continue;
      const top = y[card];
      if (top > maxY || top < minY) continue;
      if (n === found.length) {
        const grown = new Int32Array(found.length * 2);
        grown.set(found);
        found = grown;
        this.found = grown;
      }
      found[n++] = card;
    }
    return found.subarray(0, n);
  }
}
