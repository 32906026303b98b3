import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { DensityGrid } from "./densityGrid";
import { CARD_TEXT_MIN_SCALE, TITLES_MIN_SCALE } from "./viewMath";

/**
 * How the chart is drawn at a zoom: `cards`, the full card (title, holder, grade, badges), where its text can be
 * read; `titles`, the card reduced to its title (and holder when there is room) in a font that grows as the chart
 * is zoomed out so that it keeps about {@link READABLE_TEXT_PX} on screen (see {@link reducedCardFont}); `blocks`,
 * every card a plain rectangle in its department's colour (batched in one path per colour), where even a title
 * filling the card would be too small; `density`, shaded squares of a few screen px counting the cards under them,
 * when so many cards are in view that even rectangles would cost more than the pane's pixels are worth; `empty`
 * before there is a scene.
 */
export type LevelOfDetail = "cards" | "titles" | "blocks" | "density" | "empty";

/** Blocks give way to density above this many cards in view (and come back below the lower mark). */
export const BLOCKS_MAX_CARDS = 3000;
const BLOCKS_RETURN_CARDS = 2400;
/** Reduced cards give way to blocks above this many cards in view. */
export const TITLES_MAX_CARDS = 900;
/** Cards narrower than this many screen px are always drawn as density. */
const BLOCK_MIN_PX = 3;

/**
 * The smallest on-screen font size (px) of a reduced card's text: text smaller than this is not drawn. (Its lines are
 * about 1.2–1.45 times as high on screen, by the font: 9.5–11.5 px.)
 */
export const READABLE_TEXT_PX = 8;
/** A reduced card's title is drawn up to this many times bigger than the least readable size when it fits whole. */
export const REDUCED_FONT_GROWTH = 1.5;
/** Reduced cards' title sizes (world px): few, so that zooming refills the cards only now and then. */
export const REDUCED_FONT_SIZES = [12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30, 32] as const;

/** Whether the level draws card elements (with text) rather than blocks or density. */
export function drawsCards(lod: LevelOfDetail): boolean {
  return lod === "cards" || lod === "titles";
}

/**
 * The least title size (world px) of a reduced card at scale `k`: the smallest of {@link REDUCED_FONT_SIZES} that is
 * at least {@link READABLE_TEXT_PX} on screen. A card whose title fits whole in a bigger size, up to
 * {@link REDUCED_FONT_GROWTH} times this one, is drawn in the biggest such (see `layOutReducedCard`).
 */
export function reducedCardFont(k: number): number {
  for (const size of REDUCED_FONT_SIZES) if (size * k >= READABLE_TEXT_PX - 1e-9) return size;
  return REDUCED_FONT_SIZES[REDUCED_FONT_SIZES.length - 1];
}

export function chooseLevelOfDetail(
  layout: ChartLayout,
  k: number,
  view: Rect,
  previous: LevelOfDetail,
  densityGrid: () => DensityGrid,
): LevelOfDetail {
  if (layout.tree.count === 0) return "empty";
  if (k >= CARD_TEXT_MIN_SCALE) return "cards";
  if (k >= TITLES_MIN_SCALE) {
    // Thousands of titles in view would cost more frames than they are worth: blocks instead.
    if (layout.tree.count <= TITLES_MAX_CARDS || densityGrid().estimateCards(view) <= TITLES_MAX_CARDS) return "titles";
    return "blocks";
  }
  if (Math.min(layout.cardWidth, layout.cardHeight) * k < BLOCK_MIN_PX) return "density";
  const limit = previous === "density" ? BLOCKS_RETURN_CARDS : BLOCKS_MAX_CARDS;
  // Small charts never need density: skip building its grid.
  if (layout.tree.count <= limit) return "blocks";
  return densityGrid().estimateCards(view) > limit ? "density" : "blocks";
}
