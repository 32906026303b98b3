/** The fields whose old and new values a changed position lists, in this order. */
export const CHANGE_FIELDS = [
  "title",
  "department",
  "team",
  "grade",
  "fte",
  "baseSalary",
  "currency",
  "status",
  "name",
  "startDate",
  "endDate",
  "costCenter",
  "location",
  "capabilities",
] as const;

/** A field of {@link CHANGE_FIELDS}: the positions table's field keys (`core/columns/fields.ts`), so labels are shared. */
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/**
 * A field's value as compared: text ("" for blank; a shared post's holders and the capabilities as one text joined by
 * "; "), a number, a status, or null (blank or unreadable).
 */
export type FieldValue = string | number | null;

export interface FieldChange {
  field: ChangeField;
  before: FieldValue;
  after: FieldValue;
}

/** The bit of a field in a mask of changed fields. */
export function fieldBit(field: ChangeField): number {
  return 1 << CHANGE_FIELDS.indexOf(field);
}
