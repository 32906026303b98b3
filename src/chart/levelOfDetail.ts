import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { DensityGrid } from "./densityGrid";
import { TEXT_MIN_SCALE } from "./viewMath";

/**
 * How the chart is drawn at a zoom: `cards` with text where it can be read; `blocks`, every card a plain
 * rectangle in its department's colour (batched in one path per colour), where text would be too small;
 * `density`, shaded squares of a few screen px counting the cards under them, when so many cards are in view
 * that even rectangles would cost more than the pane's pixels are worth; `empty` before there is a scene.
 */
export type LevelOfDetail = "cards" | "blocks" | "density" | "empty";

/** Blocks give way to density above this many cards in view (and come back below the lower mark). */
export const BLOCKS_MAX_CARDS = 3000;
const BLOCKS_RETURN_CARDS = 2400;
/** Cards narrower than this many screen px are always drawn as density. */
const BLOCK_MIN_PX = 3;

export function chooseLevelOfDetail(
  layout: ChartLayout,
  k: number,
  view: Rect,
  previous: LevelOfDetail,
  densityGrid: () => DensityGrid,
): LevelOfDetail {
  if (layout.tree.count === 0) return "empty";
  if (k >= TEXT_MIN_SCALE) return "cards";
  if (Math.min(layout.cardWidth, layout.cardHeight) * k < BLOCK_MIN_PX) return "density";
  const limit = previous === "density" ? BLOCKS_RETURN_CARDS : BLOCKS_MAX_CARDS;
  // Small charts never need density: skip building its grid.
  if (layout.tree.count <= limit) return "blocks";
  return densityGrid().estimateCards(view) > limit ? "density" : "blocks";
}
