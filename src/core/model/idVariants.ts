import { idKey, isIdKey } from "../cells/foldWidth";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { ParsedPositions } from "./parsePositions";

/** In {@link IdVariants}' table: more than one position has this key. */
const AMBIGUOUS = -2;

/** Where an ID may sit inside a longer Reports To text: "P001 - Wang Wei", "Li Na (P002)", "王伟（P001）". */
const ID_SEPARATORS = /[\s()（）[\]【】<>,，;；:：|]+|\s[-–—]\s/;

/**
 * Position IDs as users mean them ({@link idKey}): `１` and `1`, `Ａ１２` and `A12`, `p1` and `P1`, `7` and `007`
 * are one ID. Exact matches come first (the ID index); this answers only for a text that matched no ID as written.
 * The table of IDs written otherwise than their key is built when first asked.
 */
export class IdVariants {
  private keyed: Map<string, number> | undefined;

  constructor(private readonly parsed: ParsedPositions) {}

  /** The one position whose ID has the same key as `text`; undefined when none or several do. */
  find(text: string): number | undefined {
    const key = idKey(text);
    const plain = key === text ? undefined : this.parsed.indexById.get(key);
    const other = this.table().get(key);
    if (other === undefined) return plain;
    return plain !== undefined || other === AMBIGUOUS ? undefined : other;
  }

  /**
   * The one position an ID inside a longer text names ("P001 - Wang Wei", "Li Na (P002)"), exactly or as a variant;
   * undefined when no part of the text is an ID, or parts name different positions.
   */
  findInText(text: string): number | undefined {
    const parts = text.split(ID_SEPARATORS);
    if (parts.length < 2) return undefined;
    let found: number | undefined;
    for (const part of parts) {
      if (part === "") continue;
      const p = this.parsed.indexById.get(part) ?? this.find(part);
      if (p === undefined || p === found) continue;
      if (found !== undefined) return undefined;
      found = p;
    }
    return found;
  }

  /** Key → position, for the IDs written otherwise than their key (AMBIGUOUS when several have one key). */
  private table(): Map<string, number> {
    if (this.keyed !== undefined) return this.keyed;
    const table = new Map<string, number>();
    const { ids } = this.parsed.store;
    const n = this.parsed.store.size;
    for (let p = 0; p < n; p++) {
      const id = ids[p];
      const key = idKey(id);
      if (key === id) continue;
      table.set(key, table.has(key) ? AMBIGUOUS : p);
    }
    this.keyed = table;
    return table;
  }
}

/**
 * Positions whose Reports To matched no ID as written: those whose manager's ID matches written another way (`２`
 * for `2`, `p1` for `P1`, `7` for `007`) or inside a longer text (`P001 - Wang Wei`) are linked to it, in one
 * MANAGER_ID_VARIANT info finding; the others are returned, still unknown.
 */
export function linkManagerVariants(
  unknown: readonly number[],
  parsed: ParsedPositions,
  variants: IdVariants,
  parent: Int32Array,
  findings: FindingDraft[],
): number[] {
  if (unknown.length === 0) return [];
  const stillUnknown: number[] = [];
  const linked: number[] = [];
  const { ids, reportsTo, row: rows } = parsed.store;
  let example: { written: string; managerId: string } | undefined;
  for (const i of unknown) {
    const manager = variants.find(reportsTo[i]) ?? variants.findInText(reportsTo[i]);
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
      code: "MANAGER_ID_VARIANT",
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
 * IDs that differ only in how they are written (`1` and `１`, `P1` and `p1`, `7` and `007` all in the table): each
 * stays a position of its own, and one ID_VARIANTS warning per group says so, naming the rows. Found by looking each
 * ID written otherwise than its key up by the key: nothing is built for a sheet of plain IDs.
 */
export function idVariantFindings(parsed: ParsedPositions): FindingDraft[] {
  const { ids, row: rows } = parsed.store;
  const { indexById } = parsed;
  const n = parsed.store.size;
  // A group is an ID in its key's form and another written otherwise: without both kinds on the sheet (every ID
  // plain, or every ID zero-padded or in lower case), there is none, and no key is made.
  const inKeyForm = parsed.store.idsInKeyForm;
  if (inKeyForm === 0 || inKeyForm === n) return [];
  let groups: Map<number, number[]> | undefined;
  for (let p = 0; p < n; p++) {
    const id = ids[p];
    if (isIdKey(id)) continue;
    const key = idKey(id);
    const plain = indexById.get(key);
    if (plain === undefined) continue;
    groups ??= new Map();
    const group = groups.get(plain);
    if (group) group.push(p);
    else groups.set(plain, [plain, p]);
  }
  if (groups === undefined) return [];
  const findings: FindingDraft[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a - b);
    const groupIds = group.map((p) => ids[p]);
    findings.push({
      code: "ID_VARIANTS",
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
