import type { ColumnMapping } from "./columnMapping";
import { FIELD_KEYS, type FieldKey } from "./fields";

const FIELD_KEY_SET: ReadonlySet<string> = new Set(FIELD_KEYS);

/**
 * The column mapping saved in a workbook (setting `orgwright.columnMapping`, JSON field → header), or
 * an empty mapping when there is none or it is not a mapping: unknown fields and non-text headers are
 * dropped; a blank header is "not used" (""). A hand-edited or damaged setting never stops the workbook
 * from opening.
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
    if (FIELD_KEY_SET.has(field) && typeof header === "string")
      mapping[field as FieldKey] = header.trim() === "" ? "" : header;
  }
  return mapping;
}

/** The mapping as the JSON saved in the workbook: fields in their usual order, a blank header as "" (not used). */
export function serializeColumnMapping(mapping: ColumnMapping): string {
  const ordered: ColumnMapping = {};
  for (const field of FIELD_KEYS) {
    const header = mapping[field];
    if (header !== undefined) ordered[field] = header.trim() === "" ? "" : header;
  }
  return JSON.stringify(ordered);
}
