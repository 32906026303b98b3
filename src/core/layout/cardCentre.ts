import type { CardIndex, ChartLayout } from "./chartLayout";

/** The centre of a card's box, in world coordinates. */
export function cardCentre(layout: ChartLayout, card: CardIndex): { x: number; y: number } {
  return { x: layout.x[card] + layout.cardWidth / 2, y: layout.y[card] + layout.cardHeight / 2 };
}
