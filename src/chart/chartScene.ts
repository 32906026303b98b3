import type { CardIndex } from "../core/layout/chartTree";
import type { ChartLayout } from "../core/layout/chartLayout";
import type { PositionStatus } from "../core/model/position";
import type { CardContent } from "./cardContent";
import type { ChangeCounts } from "./chartChanges";
import type { ChangeColours } from "./chartTheme";

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
  /** The chart of a plan coloured by change: how many positions of each kind (the legend). Absent: not coloured. */
  changeCounts?: ChangeCounts;
  /** The colours of the changes (light or dark pane); with `changeCounts`. */
  changeColours?: ChangeColours;
  /**
   * A position card's editable values (the card menu's Change FTE… / Change salary… start from them); undefined for a
   * card that is not a position. Absent: the editors start empty.
   */
  editValues?(card: CardIndex): CardEditValues | undefined;
}

/** What the card menu's editors start from. */
export interface CardEditValues {
  /** null when the cell is blank. */
  fte: number | null;
  /** Annual base salary; null when the cell is blank. */
  baseSalary: number | null;
  status: PositionStatus;
}

/** Where the chart is looked at: the world point at the pane's centre and the zoom scale. */
export interface ChartViewState {
  x: number;
  y: number;
  k: number;
}
