import { FIELD_KEYS, FIELDS, type FieldKey } from "../core/columns/fields";
import { normalizeHeader } from "../core/columns/normalizeHeader";

/**
 * The field a `--map` name means: the field key ("reportsTo") or its canonical English or Chinese
 * header ("Reports To", "汇报对象"), without regard to case, spaces or punctuation.
 */
export function fieldKeyForName(name: string): FieldKey | undefined {
  const wanted = normalizeHeader(name);
  if (wanted === "") return undefined;
  return FIELD_KEYS.find((field) =>
    [field, FIELDS[field].aliases[0], FIELDS[field].aliases[1]].some((text) => normalizeHeader(text) === wanted),
  );
}
