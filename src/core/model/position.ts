/** Whether a position is held, open, only planned, or closed. */
export type PositionStatus = "filled" | "vacant" | "planned" | "closed";

/**
 * One row of the positions table, parsed. Text fields are trimmed; a blank cell is "". The fields are
 * read-only views of the row (see PositionStore): a cell with a formula error reads as blank.
 */
export interface Position {
  /** Position ID as text, trimmed: "001" and "1" are different positions. */
  readonly id: string;
  /** Sheet row the position was read from (1-based, as Excel numbers rows). */
  readonly row: number;
  readonly title: string;
  readonly department: string;
  readonly team: string;
  /** The manager's position ID as written; "" for a top position. */
  readonly reportsTo: string;
  /** Dotted-line managers' position IDs as written. */
  readonly dottedLineTo: readonly string[];
  /** The holder's name; "" when the position is vacant or its holder is not disclosed (`undisclosed`). */
  readonly name: string;
  /** True when the Name cell says someone holds the position but not who ("N/D", "Not disclosed", "未公开"). */
  readonly undisclosed?: boolean;
  /**
   * Every holder of a post shared by several rows with the same ID, title and manager (a job share, a handover), in
   * sheet order; "" for a holder not disclosed. Absent when one row holds the post. `name` is the first holder's.
   */
  readonly holders?: readonly string[];
  readonly grade: string;
  /** Full-time equivalent of the position; 1 when the cell is blank, null when unreadable. */
  readonly fte: number | null;
  /** Annual base salary; null when blank or unreadable. */
  readonly baseSalary: number | null;
  /** Currency code, upper case. */
  readonly currency: string;
  readonly status: PositionStatus;
  /** ISO dates (YYYY-MM-DD), or null. */
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly costCenter: string;
  readonly location: string;
  /** Capabilities as written in the cell, split on ; ； 、 and ,. */
  readonly capabilities: readonly string[];
  /** The manager archetype as written (Archetype column), "" when blank; see core/checks for its meaning. */
  readonly archetype: string;
  /** True when the Assistant column marks the position as an assistant (not counted in spans of control). */
  readonly assistant: boolean;
}

/** A position as a plain object (for JSON, snapshots and comparisons). */
export function plainPosition(position: Position): Position {
  return {
    id: position.id,
    row: position.row,
    title: position.title,
    department: position.department,
    team: position.team,
    reportsTo: position.reportsTo,
    dottedLineTo: [...position.dottedLineTo],
    name: position.name,
    ...(position.undisclosed ? { undisclosed: true } : {}),
    ...(position.holders ? { holders: [...position.holders] } : {}),
    grade: position.grade,
    fte: position.fte,
    baseSalary: position.baseSalary,
    currency: position.currency,
    status: position.status,
    startDate: position.startDate,
    endDate: position.endDate,
    costCenter: position.costCenter,
    location: position.location,
    capabilities: [...position.capabilities],
    archetype: position.archetype,
    assistant: position.assistant,
  };
}
