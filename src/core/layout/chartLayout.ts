import type { CardIndex, ChartTree } from "./chartTree";

export type ChartOrientation = "topDown" | "leftRight";

/** An axis-aligned rectangle in world coordinates (px at zoom 1). */
export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LayoutOptions {
  /** Top-down (default) or left-to-right. */
  orientation?: ChartOrientation;
  /** Stack a manager's leaf reports in columns under it (default true). */
  compact?: boolean;
  /** Card size in px (default 200 × 96). Every card has this size. */
  cardWidth?: number;
  cardHeight?: number;
  /**
   * Top-down only: the aspect (breadth / depth) the chart should come close to, usually the pane's. A manager whose
   * subtree side by side would be much wider has its reports wrapped into rows (see `planWrappedRows`). Omitted or
   * 0: no wrapping.
   */
  wrapAspect?: number;
}

/**
 * Where every card of a {@link ChartTree} goes, in world coordinates (px at zoom 1, float64: big orgs are
 * millions of px wide). Made by `layoutChart(tree, options)`; queried with `cardsInRect`, `connectorOf`.
 */
export interface ChartLayout {
  tree: ChartTree;
  orientation: ChartOrientation;
  cardWidth: number;
  cardHeight: number;
  /** Top-left corner of each card. */
  x: Float64Array;
  y: Float64Array;
  /** 1 where the card sits in a compact stack under its parent (its connector runs from the stack's spine). */
  stacked: Uint8Array;
  /**
   * 1 where the card hangs beside its manager's drop line, in the layers between the manager and its other reports:
   * an assistant with no reports (see `hangsBeside`). Its connector is a stub across to the drop line.
   */
  assistant: Uint8Array;
  /** Per card: the layers its hanging assistants take between it and its other reports (0 for most cards). */
  assistantLayers: Int32Array;
  /**
   * Per card that wraps its reports into rows: where the spine joining its rows' buses runs along the breadth axis
   * (NaN for the other cards). Null when no card wraps.
   */
  wrapSpine: Float64Array | null;
  /** Per card: its row among its manager's wrapped rows (0 the first), -1 when not in one. Null when no card wraps. */
  wrapRow: Int32Array | null;
  /** The box around every card. */
  bounds: Rect;
}

/*
 * Queries on a layout (implemented in this folder, O(1) or O(cards returned)):
 *
 *   layoutChart(tree: ChartTree, options?: LayoutOptions): ChartLayout
 *   cardsInRect(layout: ChartLayout, rect: Rect): Int32Array
 *     The cards whose box meets `rect` (a grid index built once per layout). The array may be a view on a
 *     buffer the next call reuses.
 *   connectorOf(layout: ChartLayout, card: CardIndex, out: Float64Array): number
 *     The connector from `card` up to its parent as a polyline written into `out` (x0, y0, x1, y1, …, at most
 *     6 points), from the card's attach point to the parent's; returns the number of points (0 for card 0).
 *     Drawing the connectors of the visible cards and of the first and last child of each visible card draws
 *     every line that crosses the view.
 */
export type { CardIndex };
