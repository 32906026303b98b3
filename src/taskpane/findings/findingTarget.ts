import type { Finding, OrgModel, PositionIndex } from "../../core";

/** Where a finding points: a sheet row to select, and the position to focus in the outline (or chart). */
export interface FindingTarget {
  /** The sheet of the row: the finding's own sheet, else the positions sheet. */
  sheet: string;
  /** Sheet row, 1-based; undefined when the finding names no row (a missing column). */
  row?: number;
  /** The position the finding is about, when it is one of the model's. */
  position?: PositionIndex;
}

/**
 * The row and position a click on a finding goes to: the position it is about (its message's
 * subject, else the first position it names) and that position's row; a finding about another
 * sheet (Departments, Capabilities) goes to its first row there.
 */
export function findingTarget(finding: Finding, model: OrgModel, positionsSheet: string): FindingTarget {
  let position: PositionIndex | undefined;
  // The message's subject (`params.id`) first: a one-over-one lists the chain from the top, but is about the middle.
  const subject = typeof finding.params.id === "string" ? [finding.params.id] : [];
  for (const id of [...subject, ...finding.ids]) {
    position = model.indexById.get(id);
    if (position !== undefined) break;
  }
  if (finding.sheet !== undefined && finding.sheet !== positionsSheet) {
    return { sheet: finding.sheet, row: finding.rows[0], position };
  }
  const row = position !== undefined ? model.positions[position].row : finding.rows[0];
  return { sheet: positionsSheet, row, position };
}
