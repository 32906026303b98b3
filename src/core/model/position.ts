/** Whether a position is held, open, only planned, or closed. */
export type PositionStatus = "filled" | "vacant" | "planned" | "closed";

/** One row of the positions table, parsed. Text fields are trimmed; a blank cell is "". */
export interface Position {
  /** Position ID as text, trimmed: "001" and "1" are different positions. */
  id: string;
  /** Sheet row the position was read from (1-based, as Excel numbers rows). */
  row: number;
  title: string;
  department: string;
  team: string;
  /** The manager's position ID as written; "" for a top position. */
  reportsTo: string;
  /** Dotted-line managers' position IDs as written. */
  dottedLineTo: string[];
  /** The holder's name; "" when the position is vacant. */
  name: string;
  grade: string;
  /** Full-time equivalent of the position; 1 when the cell is blank, null when unreadable. */
  fte: number | null;
  /** Annual base salary; null when blank or unreadable. */
  baseSalary: number | null;
  currency: string;
  status: PositionStatus;
  /** ISO dates (YYYY-MM-DD), or null. */
  startDate: string | null;
  endDate: string | null;
  costCenter: string;
  location: string;
  /** Capabilities as written in the cell, split on ; ； 、 and ,. */
  capabilities: string[];
  /** The manager archetype as written (Archetype column), "" when blank; see core/checks for its meaning. */
  archetype: string;
  /** True when the Assistant column marks the position as an assistant (not counted in spans of control). */
  assistant: boolean;
}
