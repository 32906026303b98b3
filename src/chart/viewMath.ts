import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { ChartViewState } from "./chartScene";

/** A zoom transform as d3-zoom keeps it: screen = world × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** The pane's size in CSS px. */
export interface PaneSize {
  width: number;
  height: number;
}

/** The smallest scale at which the full card is drawn (its 13 px title is then 9.1 px on screen, its holder 8.4). */
export const CARD_TEXT_MIN_SCALE = 0.7;
/**
 * The smallest scale at which cards show text at all: reduced to their title, in a font up to 32 px (two lines in a
 * card's height, a 10-letter word on a line), the title stays 8 px on screen (see `reducedCardFont`). Below it, blocks.
 */
export const TITLES_MIN_SCALE = 0.25;
/**
 * The least scale of the top levels' view (see {@link topLevelsView}): reduced cards' titles are then 24 px, three
 * lines of about 13 letters, so that most titles show whole.
 */
export const TOP_LEVELS_MIN_SCALE = 1 / 3;
/** The scale a chart too big to fit legibly opens at. */
export const READABLE_SCALE = 0.8;
/** The most a chart is zoomed in when it opens or is fitted. */
export const FIT_MAX_SCALE = 1;
/** Space kept free around a fitted chart or a revealed card, in screen px. */
export const VIEW_PADDING = 24;

/** The world rectangle the pane shows. */
export function viewRectOf(t: ViewTransform, size: PaneSize): Rect {
  return { minX: -t.x / t.k, minY: -t.y / t.k, maxX: (size.width - t.x) / t.k, maxY: (size.height - t.y) / t.k };
}

export function viewStateOf(t: ViewTransform, size: PaneSize): ChartViewState {
  return { x: (size.width / 2 - t.x) / t.k, y: (size.height / 2 - t.y) / t.k, k: t.k };
}

export function transformOfViewState(state: ChartViewState, size: PaneSize): ViewTransform {
  return { x: size.width / 2 - state.x * state.k, y: size.height / 2 - state.y * state.k, k: state.k };
}

/** A rectangle grown by a share of its width and height on every side. */
export function expandRect(rect: Rect, share: number): Rect {
  const dx = (rect.maxX - rect.minX) * share;
  const dy = (rect.maxY - rect.minY) * share;
  return { minX: rect.minX - dx, minY: rect.minY - dy, maxX: rect.maxX + dx, maxY: rect.maxY + dy };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.minX >= outer.minX && inner.minY >= outer.minY && inner.maxX <= outer.maxX && inner.maxY <= outer.maxY;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** The box of one card. */
export function cardBox(layout: ChartLayout, card: CardIndex): Rect {
  const minX = layout.x[card];
  const minY = layout.y[card];
  return { minX, minY, maxX: minX + layout.cardWidth, maxY: minY + layout.cardHeight };
}

/** The scale at which `rect` fills the pane, padding kept. */
export function fitScaleOf(rect: Rect, size: PaneSize): number {
  const width = Math.max(1, rect.maxX - rect.minX);
  const height = Math.max(1, rect.maxY - rect.minY);
  const k = Math.min((size.width - 2 * VIEW_PADDING) / width, (size.height - 2 * VIEW_PADDING) / height);
  return k > 0 ? k : Math.min(size.width / width, size.height / height) || 1;
}

/** The view showing the whole rect centred at scale k. */
export function centredOn(rect: Rect, k: number): ChartViewState {
  return { x: (rect.minX + rect.maxX) / 2, y: (rect.minY + rect.maxY) / 2, k };
}

/**
 * Where a new chart opens, and where Fit goes: the whole chart, centred, when it fits at a scale where its titles
 * stay readable ({@link TITLES_MIN_SCALE}; never zoomed in past {@link FIT_MAX_SCALE}); otherwise its top levels
 * (see {@link topLevelsView}).
 */
export function openingView(layout: ChartLayout, size: PaneSize): ChartViewState {
  if (layout.tree.count === 0) return { x: 0, y: 0, k: 1 };
  const fitted = fitScaleOf(layout.bounds, size);
  if (fitted >= TITLES_MIN_SCALE) return wholeView(layout, size);
  return topLevelsView(layout, size);
}

/** The whole chart, centred, as big as the pane allows (never zoomed in past {@link FIT_MAX_SCALE}). */
export function wholeView(layout: ChartLayout, size: PaneSize): ChartViewState {
  return centredOn(layout.bounds, Math.min(FIT_MAX_SCALE, fitScaleOf(layout.bounds, size)));
}

/**
 * The top levels: card 0 and its reports (those of the first row when they are wrapped into rows), as big as the
 * pane allows between {@link TOP_LEVELS_MIN_SCALE} and {@link READABLE_SCALE}, centred across the layers on them
 * (on card 0 when they do not fit), and starting at the chart's top (its left, left-to-right).
 */
export function topLevelsView(layout: ChartLayout, size: PaneSize): ChartViewState {
  const { tree, bounds, wrapRow } = layout;
  const box = cardBox(layout, 0);
  for (let k = tree.childStart[0]; k < tree.childStart[1]; k++) {
    const child = tree.childIndex[k];
    if (wrapRow !== null && wrapRow[child] > 0) continue;
    const { minX, minY, maxX, maxY } = cardBox(layout, child);
    box.minX = Math.min(box.minX, minX);
    box.minY = Math.min(box.minY, minY);
    box.maxX = Math.max(box.maxX, maxX);
    box.maxY = Math.max(box.maxY, maxY);
  }
  const fitted = fitScaleOf(box, size);
  const k = Math.min(READABLE_SCALE, Math.max(TOP_LEVELS_MIN_SCALE, fitted));
  // Centred on the top levels when they fit, else on card 0.
  const on = fitted >= k ? box : cardBox(layout, 0);
  if (layout.orientation === "leftRight") {
    const x = bounds.minX - VIEW_PADDING / k + size.width / 2 / k;
    return { x, y: (on.minY + on.maxY) / 2, k };
  }
  const y = bounds.minY - VIEW_PADDING / k + size.height / 2 / k;
  return { x: (on.minX + on.maxX) / 2, y, k };
}

/**
 * The transform that brings `box` into view with the least panning (centring it when it is bigger than
 * the pane), at the same scale, and clear of `covered` (screen px) if given; null when it is already in view.
 */
export function revealTransform(
  t: ViewTransform,
  size: PaneSize,
  box: Rect,
  covered: Rect | null = null,
): ViewTransform | null {
  const pad = Math.min(VIEW_PADDING, size.width / 4, size.height / 4);
  const left = box.minX * t.k + t.x;
  const right = box.maxX * t.k + t.x;
  const top = box.minY * t.k + t.y;
  const bottom = box.maxY * t.k + t.y;
  let dx = shiftInto(left, right, pad, size.width - pad);
  let dy = shiftInto(top, bottom, pad, size.height - pad);
  // A part of the pane covered by something drawn over the chart (the minimap, in screen px): the card must not end
  // up under it. Move it above or to the left of it, whichever is the shorter move that keeps it in the pane.
  if (
    covered &&
    right + dx > covered.minX &&
    left + dx < covered.maxX &&
    bottom + dy > covered.minY &&
    top + dy < covered.maxY
  ) {
    const up = covered.minY - pad - (bottom + dy);
    const sideways = covered.minX - pad - (right + dx);
    const fitsUp = top + dy + up >= 0;
    const fitsLeft = left + dx + sideways >= 0;
    if (fitsUp && (!fitsLeft || -up <= -sideways)) dy += up;
    else if (fitsLeft) dx += sideways;
    else dy += up;
  }
  if (dx === 0 && dy === 0) return null;
  return { x: t.x + dx, y: t.y + dy, k: t.k };
}

/** How far to move [a, b] so it lies in [lo, hi] (centred when it cannot). */
function shiftInto(a: number, b: number, lo: number, hi: number): number {
  if (b - a > hi - lo) return (lo + hi) / 2 - (a + b) / 2;
  if (a < lo) return lo - a;
  if (b > hi) return hi - b;
  return 0;
}
