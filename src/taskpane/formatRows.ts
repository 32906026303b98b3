import type { Translate } from "../i18n";

/** How many row numbers a finding shows before it says "and N more". */
export const ROWS_SHOWN = 5;

/** A finding's rows as the user reads them: "Row 57", "Rows 3, 5, 9", "Rows 3, 5, 9, 11, 12 and 95 more". */
export function formatRows(rows: readonly number[], t: Translate, shown = ROWS_SHOWN): string {
  if (rows.length === 0) return "";
  if (rows.length === 1) return t("ui.findings.row", { row: rows[0] });
  const separator = t("ui.listSeparator");
  if (rows.length <= shown) return t("ui.findings.rows", { rows: rows.join(separator) });
  return t("ui.findings.rowsMore", { rows: rows.slice(0, shown).join(separator), count: rows.length - shown });
}
