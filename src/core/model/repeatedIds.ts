import type { CellValue } from "../cells/cell";
import { isCellError } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { FieldColumns } from "./fieldColumns";
import type { IdIndex } from "./idIndex";
import type { PositionRecord } from "./positionRecord";

/**
 * What a row repeating an earlier row's position ID is:
 * - `pasted`: the same in every cell (a row pasted twice): left out, DUPLICATE_ID;
 * - `shared`: the same post (same title and manager) held by another person (a job share, a handover): the row
 *   joins the earlier position as another holder, SHARED_POST;
 * - `collision`: another post under the same ID (a different title or manager): kept under a suffixed ID so no
 *   one vanishes from the chart, DUPLICATE_ID.
 */
export type RepeatKind = "pasted" | "shared" | "collision";

/** Two cells alike as the user sees them: blank is blank, text compared trimmed, dates by time. */
function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  const aBlank = a === null || a === undefined || (typeof a === "string" && a.trim() === "");
  const bBlank = b === null || b === undefined || (typeof b === "string" && b.trim() === "");
  if (aBlank || bBlank) return aBlank && bBlank;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (isCellError(a!) && isCellError(b!)) return a.error === b.error;
  return false;
}

export function sameRow(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  const length = Math.max(a.length, b.length);
  for (let c = 0; c < length; c++) if (!sameCell(a[c], b[c])) return false;
  return true;
}

/** How the row `cells` relates to the earlier position `first` with the same ID (see {@link RepeatKind}). */
export function classifyRepeat(
  first: PositionRecord,
  firstCells: readonly CellValue[],
  cells: readonly CellValue[],
  columns: FieldColumns,
): RepeatKind {
  if (sameRow(firstCells, cells)) return "pasted";
  const sameTitle = trimmedText(cells, columns.title) === trimmedText(firstCells, columns.title);
  const sameManager = trimmedText(cells, columns.reportsTo) === first.reportsTo;
  return sameTitle && sameManager ? "shared" : "collision";
}

/** `id (2)`, `id (3)`…: the first that no position has yet, added to the index (so it stays unique). */
export function suffixedId(indexById: IdIndex, id: string): string {
  for (let k = 2; ; k++) {
    const candidate = `${id} (${k})`;
    if (indexById.addIfAbsent(candidate) === undefined) return candidate;
  }
}

interface SharedPost {
  id: string;
  /** The cells of the rows that joined the post (the first row is the position's own). */
  joined: (readonly CellValue[])[];
  rows: number[];
  /** The holders' names as written, vacant rows left out. */
  names: string[];
  /** FTE of each row (null: unreadable). */
  ftes: (number | null)[];
}

interface Collision {
  rows: number[];
  keptAs: string[];
  /** "“A (2)” (row 9)" per later row. */
  renamed: string[];
}

/** Collects the rows that repeat an ID while the parser reads, and reports them when it is done. */
export class RepeatedIds {
  private readonly pasted = new Map<string, number[]>();
  private readonly collisions = new Map<string, Collision>();
  private readonly shared = new Map<number, SharedPost>();

  addPasted(id: string, firstRow: number, row: number): void {
    const rows = this.pasted.get(id);
    if (rows) rows.push(row);
    else this.pasted.set(id, [firstRow, row]);
  }

  addCollision(id: string, firstRow: number, row: number, keptAs: string): void {
    let collision = this.collisions.get(id);
    if (collision === undefined) this.collisions.set(id, (collision = { rows: [firstRow], keptAs: [], renamed: [] }));
    collision.rows.push(row);
    collision.keptAs.push(keptAs);
    collision.renamed.push(`“${keptAs}” (${row})`);
  }

  /** True when `cells` repeat, cell for cell, a row that joined position `index` as another holder. */
  pastesAHolder(index: number, cells: readonly CellValue[]): boolean {
    const post = this.shared.size === 0 ? undefined : this.shared.get(index);
    return post !== undefined && post.joined.some((joined) => sameRow(joined, cells));
  }

  /** Row `row` (`cells`) holds the post of position `index` too (`first`: the position as its own row read it). */
  addShared(
    cells: readonly CellValue[],
    index: number,
    first: { id: string; row: number; name: string; fte: number | null },
    row: number,
    name: string,
    fte: number | null,
  ): void {
    let post = this.shared.get(index);
    if (post === undefined) {
      post = {
        id: first.id,
        joined: [],
        rows: [first.row],
        names: first.name === "" ? [] : [first.name],
        ftes: [first.fte],
      };
      this.shared.set(index, post);
    }
    post.joined.push(cells);
    post.rows.push(row);
    if (name !== "") post.names.push(name);
    post.ftes.push(fte);
  }

  /** DUPLICATE_ID for pasted rows and collisions; SHARED_POST, and SHARED_POST_OVER_FTE when the holders add up to more than the post. */
  findings(totalFteOf: (index: number) => number | null): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const [id, rows] of this.pasted) {
      findings.push({
        code: "DUPLICATE_ID",
        severity: "error",
        rows,
        ids: [id],
        field: "id",
        params: { id, count: rows.length, rowList: listPreview(rows) },
      });
    }
    for (const [id, { rows, keptAs, renamed }] of this.collisions) {
      findings.push({
        code: "DUPLICATE_ID",
        severity: "error",
        rows,
        ids: [id, ...keptAs],
        field: "id",
        params: { id, count: rows.length, rowList: listPreview(rows), renamed: listPreview(renamed) },
      });
    }
    for (const [index, { id, rows, names, ftes }] of this.shared) {
      const rowList = listPreview(rows);
      findings.push({
        code: "SHARED_POST",
        severity: "info",
        rows,
        ids: [id],
        field: "id",
        params: { id, count: rows.length, rowList, holderList: listPreview(names.length > 0 ? names : ["–"]) },
      });
      // The post's own FTE: 1, unless one of its rows states more (a post of 2 FTE held by two rows of 1 is not over).
      let postFte = 1;
      for (const fte of ftes) if (fte !== null && fte > postFte) postFte = fte;
      const total = totalFteOf(index);
      if (total !== null && total > postFte + 1e-9) {
        findings.push({
          code: "SHARED_POST_OVER_FTE",
          severity: "warning",
          rows,
          ids: [id],
          field: "fte",
          params: { id, fte: total, postFte, rowList },
        });
      }
    }
    return findings;
  }
}
