import type { ChartLayout, LayoutOptions } from "../core/layout/chartLayout";
import type { ChartTree } from "../core/layout/chartTree";
import { layoutChart } from "../core/layout/layoutChart";
import { DEFAULT_CARD_WIDTH } from "../core/layout/layoutSpacing";

/** Charts of up to this many cards (what a pane shows whole at a glance) may be given wider cards. */
export const GLANCE_MAX_CARDS = 400;
/** The widths tried, as multiples of the default card width, widest first: 1.6, 1.55, … 1.05. */
const WIDENINGS = Array.from({ length: 12 }, (_, i) => 1.6 - i * 0.05);
/**
 * The pane's aspect comes rounded to a quarter power of two (see paneAspectOf): the pane may be up to 2^(1/8) times
 * narrower than it says, and a wider layout must still fit it as big.
 */
const ASPECT_MARGIN = Math.pow(2, 1 / 8);

function widthOf(layout: ChartLayout): number {
  return Math.max(layout.bounds.maxX - layout.bounds.minX, 1);
}

/** How big a chart of `layout` shows in a pane of `aspect` (width / height), per px of the pane's height. */
function fitScale(layout: ChartLayout, aspect: number): number {
  return Math.min(aspect / widthOf(layout), 1 / Math.max(layout.bounds.maxY - layout.bounds.minY, 1));
}

/**
 * The layout of a small chart with cards as wide as the pane has room for. A chart whose fit is limited by the pane's
 * height (a wide window, an org several layers deep) shows the whole org with cards whose titles, at the least
 * readable size, are cut; its cards can be wider at no cost to the chart's size on screen. The widest of a few
 * widths (up to 1.6 times the default, in steps of 5 %), with its rows wrapped as for the default cards, whose layout
 * the pane still shows at least as big is kept: each card's title then gets that much more room on screen. Big
 * charts, left-to-right charts and panes of unknown shape keep the default width (and the layout given).
 */
export function withGlanceCardWidth(
  tree: ChartTree,
  options: LayoutOptions,
  layout: ChartLayout = layoutChart(tree, options),
): ChartLayout {
  const aspect = options.wrapAspect;
  if (aspect === undefined || tree.count > GLANCE_MAX_CARDS || options.cardWidth !== undefined) return layout;
  if ((options.orientation ?? "topDown") !== "topDown") return layout;
  const narrowest = aspect / ASPECT_MARGIN;
  const scale = fitScale(layout, narrowest);
  // Only a chart that leaves width unused can take wider cards.
  if (scale >= narrowest / widthOf(layout) - 1e-12) return layout;
  for (const widening of WIDENINGS) {
    // Rows are wrapped as for the default cards: the aspect the wrapping aims at grows with the cards (a subtree is
    // about that much wider), else wider cards would wrap into more rows and make the chart smaller.
    const wider = layoutChart(tree, {
      ...options,
      cardWidth: Math.round(DEFAULT_CARD_WIDTH * widening),
      wrapAspect: aspect * widening,
    });
    if (fitScale(wider, narrowest) >= scale * (1 - 1e-9)) return wider;
  }
  return layout;
}
