import type { OrgAnalysis, RowAccounting } from "../core/analysis";
import { FIELD_KEYS, type FieldKey } from "../core/columns/fields";
import type { FindingCode, Severity } from "../core/findings/finding";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { Lang } from "../i18n";

/** What `orgwright check --format json` prints. Field names are stable: scripts rely on them. */
export interface CheckJson {
  file: string;
  sheet: string;
  /** The Excel table the rows came from, or null. */
  table: string | null;
  /** Sheet row of the header (1-based); 0 when none was found. */
  headerRow: number;
  /** Field → the header text of the column it was read from. */
  columns: Partial<Record<FieldKey, string>>;
  /** Required fields with no column. */
  missingColumns: FieldKey[];
  rowsRead: number;
  positions: number;
  /** Position IDs of the top positions. */
  roots: string[];
  layers: number;
  accounting: RowAccounting;
  summary: Record<Severity, number>;
  findings: CheckJsonFinding[];
  lang: Lang;
}

export interface CheckJsonFinding {
  code: FindingCode;
  severity: Severity;
  rows: number[];
  ids: string[];
  field?: FieldKey;
  message: string;
}

/** The check's result as plain JSON data. */
export function toCheckJson(file: string, grid: SheetGrid, analysis: OrgAnalysis, lang: Lang): CheckJson {
  const { model, findings, columns, accounting } = analysis;
  const headers: Partial<Record<FieldKey, string>> = {};
  for (const field of FIELD_KEYS) {
    const column = columns.columnOf[field];
    if (column !== undefined) headers[field] = columns.headers[column];
  }
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return {
    file,
    sheet: grid.sheetName,
    table: grid.tableName ?? null,
    headerRow: columns.headerRow,
    columns: headers,
    missingColumns: columns.missing,
    rowsRead: accounting.rowsRead,
    positions: accounting.positions,
    roots: model.roots.map((index) => model.positions[index].id),
    layers: model.layerCount,
    accounting,
    summary,
    findings: findings.map(({ code, severity, rows, ids, field, message }) => ({
      code,
      severity,
      rows,
      ids,
      ...(field ? { field } : {}),
      message,
    })),
    lang,
  };
}
