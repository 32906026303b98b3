import type { Lang } from "../i18n";
import type { ColumnMapping } from "./columns/columnMapping";
import type { FieldKey } from "./columns/fields";
import type { Finding } from "./findings/finding";
import type { OrgModel } from "./model/orgModel";

export interface BuildOrgModelOptions {
  /**
   * @deprecated Read by nothing: findings carry no message (the edges make them with `findingMessage` in the
   * user's language). Still accepted so the callers passing their language keep compiling.
   */
  lang?: Lang;
  /** The user's header choices; they win over the aliases. */
  mapping?: ColumnMapping;
}

/** Where each field was found in the sheet. */
export interface DetectedColumns {
  /** Sheet row of the header (1-based); 0 when the sheet is empty. */
  headerRow: number;
  /** The header row's texts, one per column of the grid. */
  headers: string[];
  /** Field → column offset in the grid's rows (0-based). */
  columnOf: Partial<Record<FieldKey, number>>;
  /** Required fields with no column. */
  missing: FieldKey[];
}

/** Where every data row went: rowsRead = positions + rowsOnlyInFindings. */
export interface RowAccounting {
  /** Non-blank data rows below the header. */
  rowsRead: number;
  /** Rows that became positions in the model. */
  positions: number;
  /** Rows left out of the model; each is named in at least one finding. */
  rowsOnlyInFindings: number;
  /** Blank rows below the header, skipped. */
  blankRowsSkipped: number;
}

/** What the core makes of one positions table. */
export interface OrgAnalysis {
  model: OrgModel;
  findings: Finding[];
  columns: DetectedColumns;
  accounting: RowAccounting;
}
