import type { ColumnMapping } from "./columnMapping";
import { FIELD_KEYS, type FieldKey } from "./fields";

const FIELD_KEY_SET: ReadonlySet<string> = new Set(FIELD_KEYS);

/**
 * The column mapping saved in a workbook (setting `orgwright.columnMapping`, JSON field → header), or
 * an empty mapping when there is none or it is not a mapping: unknown fields, blank and non-text
 * headers are dropped. A hand-edited or damaged setting never stops the workbook from opening.
 */
export function parseColumnMapping(saved: string | undefined): ColumnMapping {
  if (saved === undefined || saved.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return {};
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(value)) {
    if (FIELD_KEY_SET.has(field) && typeof header === "string" && header.trim() !== "")
      mapping[field as FieldKey] = header;
  }
  return mapping;
}

/** The mapping as the JSON saved in the workbook: fields in their usual order, blank headers left out. */
export function serializeColumnMapping(mapping: ColumnMapping): string {
  const ordered: ColumnMapping = {};
  for (const field of FIELD_KEYS) {
    const header = mapping[field];
    if (header !== undefined && header.trim() !== "") ordered[field] = header;
  }
  return JSON.stringify(ordered);
}
