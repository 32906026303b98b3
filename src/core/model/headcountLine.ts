import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { FieldColumns } from "./fieldColumns";
import type { IdIndex } from "./idIndex";
import { suffixedId } from "./repeatedIds";

/**
 * Headcount lines: a row with a count in the posts column (Number of Posts / Posts / Headcount / 人数 / 编制人数 …) is
 * that many seats of one role under the manager it names. See docs/cost.md, "Headcount lines".
 */

/** Count headers that give a line's FTE in total rather than its number of posts (public organograms' junior staff). */
const POSTS_IN_FTE_HEADERS: ReadonlySet<string> = new Set(
  ["Number of Posts in FTE", "Posts in FTE", "编制人数（全职当量）"].map(normalizeHeader),
);

/** Whether the count column's header says the count is FTE ("Number of Posts in FTE"). */
export function isPostsInFteHeader(header: string): boolean {
  return POSTS_IN_FTE_HEADERS.has(normalizeHeader(header));
}

/**
 * The ID given to a headcount line that has none of its own: its manager, title and sheet row ("D21/Copy Editor/57"),
 * the same on every reading of the same rows; suffixed " (2)" in the rare case a position already has it. Registered
 * in `index`.
 */
export function lineIdOf(cells: readonly CellValue[], columns: FieldColumns, row: number, index: IdIndex): string {
  const manager = columns.reportsTo < 0 ? "" : trimmedText(cells, columns.reportsTo);
  const title = columns.title < 0 ? "" : trimmedText(cells, columns.title);
  const id = `${manager}/${title}/${row}`;
  return index.addIfAbsent(id) === undefined ? id : suffixedId(index, id);
}

/**
 * The seats a line counts for in headcount and spans: its posts rounded up (a line of 2.5 posts in FTE is at least
 * three people), at least 0; 1 for a position that is not a line (NaN: no count).
 */
export function seatsOf(posts: number): number {
  return posts !== posts || posts === 1 ? 1 : posts > 0 ? Math.ceil(posts - 1e-9) : 0;
}
