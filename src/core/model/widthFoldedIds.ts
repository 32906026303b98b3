import { foldWidth } from "../cells/foldWidth";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { ParsedPositions } from "./parsePositions";

/** In {@link WidthFoldedIds}' table: more than one position has this folded ID. */
const AMBIGUOUS = -2;

/**
 * Position IDs compared in their width-folded form ({@link foldWidth}): `１` and `1`, `Ａ１２` and `A12` are one ID
 * to a user typing with a Chinese input method. Exact matches come first (the ID index); this answers only for a
 * text that matched no ID as written. Built once, over the IDs that are not ASCII, when first asked.
 */
export class WidthFoldedIds {
  private foldedIndex: Map<string, number> | undefined;

  constructor(private readonly parsed: ParsedPositions) {}

  /** The one position whose ID folds to the same text as `text`; undefined when none or several do. */
  find(text: string): number | undefined {
    const folded = foldWidth(text);
    const plain = folded === text ? undefined : this.parsed.indexById.get(folded);
    const other = this.table().get(folded);
    if (other === undefined) return plain;
    return plain !== undefined || other === AMBIGUOUS ? undefined : other;
  }

  /** Folded ID → position, for the IDs that fold to another text (AMBIGUOUS when several do). */
  table(): Map<string, number> {
    if (this.foldedIndex !== undefined) return this.foldedIndex;
    const table = new Map<string, number>();
    const { ids } = this.parsed.store;
    // Only an ID with a character outside ASCII can fold to another text (the ID index saw every ID's characters).
    const n = this.parsed.indexById.hasNonAscii ? this.parsed.positions.length : 0;
    for (let p = 0; p < n; p++) {
      const id = ids[p];
      const folded = foldWidth(id);
      if (folded === id) continue;
      table.set(folded, table.has(folded) ? AMBIGUOUS : p);
    }
    this.foldedIndex = table;
    return table;
  }
}

/**
 * Positions whose Reports To matched no ID as written: those whose manager's ID matches once folded (`２` for `2`)
 * are linked to it, in one MANAGER_ID_WIDTH info finding; the others are returned, still unknown.
 */
export function linkWidthFoldedManagers(
  unknown: readonly number[],
  parsed: ParsedPositions,
  folded: WidthFoldedIds,
  parent: Int32Array,
  findings: FindingDraft[],
): number[] {
  if (unknown.length === 0) return [];
  const stillUnknown: number[] = [];
  const linked: number[] = [];
  const { ids, reportsTo, row: rows } = parsed.store;
  let example: { written: string; managerId: string } | undefined;
  for (const i of unknown) {
    const manager = folded.find(reportsTo[i]);
    if (manager === undefined || manager === i) {
      stillUnknown.push(i);
      continue;
    }
    parent[i] = manager;
    linked.push(i);
    example ??= { written: reportsTo[i], managerId: ids[manager] };
  }
  if (example !== undefined) {
    const linkedIds = linked.map((i) => ids[i]);
    findings.push({
      code: "MANAGER_ID_WIDTH",
      severity: "info",
      rows: linked.map((i) => rows[i]),
      ids: linkedIds,
      field: "reportsTo",
      params: { count: linked.length, idList: listPreview(linkedIds), ...example },
    });
  }
  return stillUnknown;
}

/**
 * IDs that differ only in character width (`1` and `１` both in the table): each stays a position of its own, and
 * one ID_WIDTH_VARIANTS warning per group says so, naming the rows.
 */
export function widthVariantFindings(parsed: ParsedPositions, folded: WidthFoldedIds): FindingDraft[] {
  const table = folded.table();
  if (table.size === 0) return [];
  const groups = new Map<string, number[]>();
  const { ids, row: rows } = parsed.store;
  const n = parsed.positions.length;
  for (let p = 0; p < n; p++) {
    const id = ids[p];
    const key = foldWidth(id);
    if (!table.has(key)) continue;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const findings: FindingDraft[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const groupIds = group.map((p) => ids[p]);
    findings.push({
      code: "ID_WIDTH_VARIANTS",
      severity: "warning",
      rows: group.map((p) => rows[p]),
      ids: groupIds,
      field: "id",
      params: {
        count: group.length,
        idList: groupIds.map((id) => `“${id}”`).join(", "),
        rowList: group.map((p) => rows[p]).join(", "),
      },
    });
  }
  return findings;
}
