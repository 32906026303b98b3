import type { ChangeLegendKind } from "./chartChanges";

/**
 * What one card shows, worked out from the model (see chartCards.ts) and drawn by the renderer as plain SVG
 * text. Every string is cell text or already translated: the renderer sets it as text content, never markup.
 */
export interface CardContent {
  /**
   * Position held, open, planned, the virtual top, or a unit of the departments view; "removed": a ghost card, a
   * baseline position the plan no longer has (the chart of a plan coloured by change).
   */
  kind: "filled" | "vacant" | "planned" | "closed" | "virtualTop" | "department" | "team" | "removed";
  /** Position ID (positions), "" otherwise. */
  id: string;
  /** First line: the title (positions), the unit's name (departments view), the org's name (virtual top). */
  title: string;
  /** Second line: the holder's name, or the translated "Vacant" / "Planned"; the department head for a unit. */
  name: string;
  /** Third line, small: grade (positions) or "Department · Team". */
  detail: string;
  /** Department colour, a CSS colour (stable per department). */
  colour: string;
  /** Direct reports (positions) or positions (units). */
  reports: number;
  /** Badges, already formatted ("12", "11.5 FTE", "¥1.2M"); empty strings are not drawn. */
  badges: { reports: string; fte: string; cost: string };
  /** Findings on this position (0: no warning mark). */
  findings: number;
  /** Reports hidden by collapsing (0: nothing to expand). */
  hiddenReports: number;
  /** Whether the card has children drawn (it can be collapsed). */
  expanded: boolean;
  /** What a screen reader hears: title, name and span, translated. */
  label: string;
  /**
   * The chart of a plan: how this position differs from the baseline (drawn as a coloured outline and its text mark,
   * see `CHANGE_MARKS`); "removed" on a ghost card. Absent: unchanged, or not a plan.
   */
  change?: ChangeLegendKind;
}
