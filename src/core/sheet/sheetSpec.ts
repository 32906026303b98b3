/**
 * A sheet the add-in writes back into a workbook, described once as data and written by either
 * adapter (Office.js in Excel, exceljs for files and the command line).
 */
export interface SheetSpec {
  /** The wanted sheet name. An adapter never overwrites a sheet it did not create: it picks "Name (2)" instead. */
  name: string;
  /** Write the rows as an Excel table (ListObject) with this name and style. */
  table?: { name: string; style?: string };
  columns: SheetColumnSpec[];
  rows: SpecCell[][];
  /** Freeze the header row. */
  freezeHeader?: boolean;
  /** Make the written sheet the active one. */
  activate?: boolean;
}

export interface SheetColumnSpec {
  header: string;
  /** Column width in characters (Excel's unit). */
  width?: number;
  /** Excel number format for the data cells of this column, e.g. "#,##0" or "0.0". */
  numberFormat?: string;
}

/** A cell to write: a plain value, or a formula (with the value it is expected to show). */
export type SpecCell = string | number | boolean | null | { formula: string; value?: string | number | boolean };

/** What an adapter did with a {@link SheetSpec}. */
export interface WriteSheetResult {
  /** The name the sheet was actually written under. */
  sheetName: string;
  /** True when a sheet the add-in had created earlier was replaced. */
  replaced: boolean;
}
