import type { FieldKey } from "./fields";

/**
 * The user's choice of header per field, for columns the aliases do not recognise
 * (`--map reportsTo="Manager No."` on the command line, the mapping step in the pane).
 * An empty header means "not used": the field is read from no column, whatever the aliases would find.
 * Saved in the workbook as JSON under the setting `orgwright.columnMapping`.
 */
export type ColumnMapping = Partial<Record<FieldKey, string>>;
