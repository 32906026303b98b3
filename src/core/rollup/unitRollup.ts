import type { PositionIndex } from "../model/orgModel";

/**
 * A department, or a team inside one, in the departments view, with what its positions add up to. The counts are
 * the unit's own positions (a department's include its teams', not those of the departments hung under it), so
 * the departments' counts add up to the org's.
 */
export interface UnitRollup {
  kind: "department" | "team";
  /**
   * Stays the same across refreshes of the data while the names do (the normalized department, and for a team
   * "\u0000" and the normalized team): use it to remember which units are collapsed.
   */
  key: string;
  /** The department as first written; "" for the positions with no department. */
  department: string;
  /** The team as first written; "" for a department. */
  team: string;
  /** The unit of the positions whose Department cell is blank (its name is translated where it is shown). */
  noDepartment: boolean;
  /** Index (in the units) of the department: itself for a department, the department a team belongs to. */
  departmentUnit: number;
  /** The unit it hangs under (-1: under the org itself): a team under its department, a department under the department of its head's manager. */
  parentUnit: number;
  /** The unit's highest position: lowest layer, first in sheet order. */
  head: PositionIndex;
  /** Positions (headcount of the plan) and how many of them are filled, vacant, planned and closed. */
  positions: number;
  filled: number;
  vacant: number;
  planned: number;
  closed: number;
  /** FTE and cost (main currency, FTE-adjusted; see PositionRollups) of the unit's positions. */
  fte: number;
  cost: number;
  /** Positions paid in another currency, left out of {@link cost}. */
  otherCurrency: number;
}

/** The key of a team unit: its department's key and its own, both normalized (`normalizeUnitName`). */
export function teamUnitKey(departmentKey: string, teamKey: string): string {
  return `${departmentKey}\u0000${teamKey}`;
}
