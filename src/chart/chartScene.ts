import type { CardIndex } from "../core/layout/chartTree";
import type { ChartLayout } from "../core/layout/chartLayout";
import type { CardContent } from "./cardContent";

/** A dotted-line (secondary) reporting link between two cards. */
export interface DottedLine {
  from: CardIndex;
  to: CardIndex;
}

/** Everything {@link OrgChartView} draws: a laid-out tree and what each card says. */
export interface ChartScene {
  layout: ChartLayout;
  /** What a card shows. Called once per card when it comes into view (and kept while it stays drawn). */
  content(card: CardIndex): CardContent;
  /**
   * The card's department colour, for the zoomed-out drawing where thousands of cards are shown as plain
   * rectangles. Optional: without it the renderer asks `content(card).colour`.
   */
  colour?(card: CardIndex): string;
  dottedLines: ReadonlyArray<DottedLine>;
  showDottedLines: boolean;
  /** The chart's accessible name. */
  label: string;
}

/** Where the chart is looked at: the world point at the pane's centre and the zoom scale. */
export interface ChartViewState {
  x: number;
  y: number;
  k: number;
}
