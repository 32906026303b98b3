import type { PositionStatus } from "../model/position";

/**
 * One change a user makes to a scenario (a plan) from the chart or the pane, as data. The scenario's sheet is
 * the only thing an edit ever writes: the user's own positions table is never edited. An adapter turns an edit
 * into cell changes on the scenario's sheet (see `scenarioChanges`), and the pane keeps the inverse for its undo.
 */
export type ScenarioEdit =
  /** The position now reports to `newManager` (a position ID; "" makes it a top position). */
  | { kind: "move"; id: string; newManager: string }
  /** A new position under `manager` ("" = a top position); the ID is made unique in the scenario. */
  | { kind: "add"; manager: string; fields?: NewPositionFields }
  /** The position's row is removed; its direct reports move up to its manager. */
  | { kind: "remove"; id: string }
  | { kind: "setStatus"; id: string; status: PositionStatus }
  | { kind: "setFte"; id: string; fte: number }
  /** The annual base salary; null clears it. */
  | { kind: "setSalary"; id: string; baseSalary: number | null };

/** What a new position starts with; anything absent is copied from sensible defaults (vacant, 1 FTE, the manager's department). */
export interface NewPositionFields {
  id?: string;
  title?: string;
  department?: string;
  team?: string;
  grade?: string;
  fte?: number;
  baseSalary?: number | null;
  status?: PositionStatus;
  startDate?: string | null;
}
