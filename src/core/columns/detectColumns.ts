import type { DetectedColumns } from "../analysis";
import { isBlankRow, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { ColumnMapping } from "./columnMapping";
import { FIELD_KEYS, FIELDS, REQUIRED_FIELDS, type FieldKey } from "./fields";
import { normalizeHeader } from "./normalizeHeader";

/** How far down a sheet the header row is looked for (titles and notes often sit above it). */
const HEADER_SEARCH_ROWS = 30;

interface AliasHit {
  field: FieldKey;
  /** Position of the alias in the field's list: lower is a better match ("Manager ID" beats "Manager"). */
  rank: number;
}

let aliasTable: Map<string, AliasHit[]> | undefined;

function aliasesByNormalizedHeader(): Map<string, AliasHit[]> {
  if (aliasTable) return aliasTable;
  aliasTable = new Map();
  for (const field of FIELD_KEYS) {
    FIELDS[field].aliases.forEach((alias, rank) => {
      const key = normalizeHeader(alias);
      const hits = aliasTable!.get(key) ?? [];
      if (!hits.some((hit) => hit.field === field)) hits.push({ field, rank });
      aliasTable!.set(key, hits);
    });
  }
  return aliasTable;
}

/** No alias is longer than this; longer cells are data, not headers. */
const LONGEST_HEADER = 40;

/** The fields a row's cells name (by alias or by the user's mapping). Numbers and long texts name none. */
function fieldsNamedBy(cells: readonly CellValue[], mapped: ReadonlyMap<string, FieldKey>): Set<FieldKey> {
  const seen = new Set<FieldKey>();
  for (const cell of cells) {
    if (typeof cell !== "string" || cell.length > LONGEST_HEADER) continue;
    const key = normalizeHeader(cell);
    if (key === "") continue;
    const mappedField = mapped.get(key);
    if (mappedField) seen.add(mappedField);
    for (const hit of aliasesByNormalizedHeader().get(key) ?? []) seen.add(hit.field);
  }
  return seen;
}

function mappedHeaders(mapping?: ColumnMapping): Map<string, FieldKey> {
  const mapped = new Map<string, FieldKey>();
  if (mapping)
    for (const [field, header] of Object.entries(mapping))
      if (header) mapped.set(normalizeHeader(header), field as FieldKey);
  return mapped;
}

function scoreFields(seen: ReadonlySet<FieldKey>): number {
  let score = 0;
  for (const field of seen) score += REQUIRED_FIELDS.includes(field) ? 2 : 1;
  return score;
}

/**
 * How much a row looks like the header of a positions table: the number of distinct fields its
 * cells name, with the two required ones counting double. 0 means "not a positions header".
 */
export function scorePositionsHeader(cells: readonly CellValue[], mapping?: ColumnMapping): number {
  return scoreFields(fieldsNamedBy(cells, mappedHeaders(mapping)));
}

/**
 * Index (in grid.rows) of the header row: the first row that names both required fields, else the
 * best-scoring of the first rows, else the first non-blank row.
 */
function findHeaderRowIndex(rows: readonly CellValue[][], mapping?: ColumnMapping): number {
  const mapped = mappedHeaders(mapping);
  let best = -1;
  let bestScore = 0;
  let firstNonBlank = -1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (isBlankRow(rows[r])) continue;
    if (firstNonBlank < 0) firstNonBlank = r;
    const seen = fieldsNamedBy(rows[r], mapped);
    if (REQUIRED_FIELDS.every((field) => seen.has(field))) return r;
    const score = scoreFields(seen);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best >= 0 ? best : firstNonBlank;
}

/**
 * Finds the header row and the column of each field. The user's mapping wins (a field mapped to "" is
 * not used); then each column is claimed by the field whose alias it matches best, each field and
 * column used once.
 */
export function detectColumns(grid: SheetGrid, mapping?: ColumnMapping): DetectedColumns & { headerIndex: number } {
  const headerIndex = findHeaderRowIndex(grid.rows, mapping);
  if (headerIndex < 0) return { headerIndex, headerRow: 0, headers: [], columnOf: {}, missing: [...REQUIRED_FIELDS] };

  const headers = grid.rows[headerIndex].map((cell) => cellText(cell).trim());
  const normalized = headers.map(normalizeHeader);
  const columnOf: Partial<Record<FieldKey, number>> = {};
  const taken = new Set<number>();

  if (mapping) {
    for (const field of FIELD_KEYS) {
      const wanted = mapping[field];
      if (!wanted) continue;
      const column = normalized.findIndex((key, c) => key !== "" && key === normalizeHeader(wanted) && !taken.has(c));
      if (column >= 0) {
        columnOf[field] = column;
        taken.add(column);
      }
    }
  }

  const candidates: { field: FieldKey; column: number; rank: number }[] = [];
  normalized.forEach((key, column) => {
    for (const hit of aliasesByNormalizedHeader().get(key) ?? []) candidates.push({ ...hit, column });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  for (const { field, column } of candidates) {
    if (columnOf[field] !== undefined || taken.has(column)) continue;
    // Set to "not used" by the user: no column, whatever its aliases would find.
    if (mapping?.[field] === "") continue;
    columnOf[field] = column;
    taken.add(column);
  }

  const missing = REQUIRED_FIELDS.filter((field) => columnOf[field] === undefined);
  return { headerIndex, headerRow: grid.firstRow + headerIndex, headers, columnOf, missing };
}
