import type { ChartOrientation } from "../core/layout/chartLayout";

/** Which chart the pane draws. */
export type ChartViewKind = "positions" | "departments" | "focus";

/**
 * How the user set the chart up. Kept by position ID (not index), so that it survives a refresh of the
 * data: a row inserted above shifts every index but no ID.
 */
export interface ChartOptions {
  view: ChartViewKind;
  /** The manager the focus view shows (its position ID). */
  focusId?: string;
  orientation: ChartOrientation;
  compact: boolean;
  showDottedLines: boolean;
  /** Positions whose reports are hidden, by ID. */
  collapsedIds: ReadonlySet<string>;
  /** Departments view: units whose teams and sub-departments are hidden, by unit key. */
  collapsedUnits: ReadonlySet<string>;
}

/** Orgs up to this size open all expanded; bigger ones open expanded to {@link OPEN_LEVEL}. */
export const OPEN_ALL_EXPANDED_UP_TO = 2_000;
export const OPEN_LEVEL = 3;

export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  view: "positions",
  orientation: "topDown",
  compact: true,
  showDottedLines: true,
  collapsedIds: new Set(),
  collapsedUnits: new Set(),
};
