import { FIELD_KEYS, REQUIRED_FIELDS, type ColumnMapping, type DetectedColumns, type FieldKey } from "../core";

/** The user's column per field in the mapping step: field → column offset in the header row. */
export type ColumnChoices = Partial<Record<FieldKey, number>>;

/** A column the user can pick: its offset and its header text. */
export interface HeaderOption {
  column: number;
  header: string;
}

/** Two or more fields given the same column. */
export interface DuplicateChoice {
  header: string;
  fields: FieldKey[];
}

/** Fields in the order the mapping step lists them: the required ones first. */
export function mappingFieldOrder(): FieldKey[] {
  return [...REQUIRED_FIELDS, ...FIELD_KEYS.filter((field) => !REQUIRED_FIELDS.includes(field))];
}

/** The header row's columns that have a header (a column without one cannot be named in a mapping). */
export function headerOptions(headers: readonly string[]): HeaderOption[] {
  const options: HeaderOption[] = [];
  headers.forEach((header, column) => {
    if (header.trim() !== "") options.push({ column, header: header.trim() });
  });
  return options;
}

/** The choices the mapping step starts from: where the core found each field. */
export function choicesFromColumns(columns: DetectedColumns): ColumnChoices {
  return { ...columns.columnOf };
}

/**
 * The choices after the user picks `column` for `field` (undefined: "Not used"). A column serves one field: any
 * other field that had it (auto-detected or chosen) gives it up and is left without a column.
 */
export function chooseColumn(choices: ColumnChoices, field: FieldKey, column: number | undefined): ColumnChoices {
  const next: ColumnChoices = {};
  for (const other of FIELD_KEYS) {
    const chosen = other === field ? column : choices[other];
    if (chosen === undefined || (other !== field && chosen === column)) continue;
    next[other] = chosen;
  }
  return next;
}

/** Required fields the choices give no column. */
export function unchosenRequiredFields(choices: ColumnChoices): FieldKey[] {
  return REQUIRED_FIELDS.filter((field) => choices[field] === undefined);
}

/**
 * The mapping to save for the user's choices: each chosen field named by its column's header, and each field the
 * core had found but the user set to "Not used" as "" (so that its aliases do not claim a column again).
 */
export function mappingFromChoices(
  choices: ColumnChoices,
  headers: readonly string[],
  detected: Partial<Record<FieldKey, number>> = {},
): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of FIELD_KEYS) {
    const column = choices[field];
    if (column === undefined) {
      if (detected[field] !== undefined) mapping[field] = "";
      continue;
    }
    const header = headers[column]?.trim();
    if (header) mapping[field] = header;
  }
  return mapping;
}

/** Columns chosen for more than one field (the mapping cannot be applied while there are any). */
export function findDuplicateChoices(choices: ColumnChoices, headers: readonly string[]): DuplicateChoice[] {
  const fieldsByColumn = new Map<number, FieldKey[]>();
  for (const field of FIELD_KEYS) {
    const column = choices[field];
    if (column === undefined) continue;
    fieldsByColumn.set(column, [...(fieldsByColumn.get(column) ?? []), field]);
  }
  const duplicates: DuplicateChoice[] = [];
  for (const [column, fields] of fieldsByColumn) {
    if (fields.length > 1) duplicates.push({ header: headers[column]?.trim() ?? "", fields });
  }
  return duplicates;
}
