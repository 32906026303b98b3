import type { ScenarioMeta } from "../scenario/scenarioInfo";

/**
 * A sheet the add-in writes back into a workbook, described once as data and written by either
 * adapter (Office.js in Excel, exceljs for files and the command line).
 *
 * Layout, top to bottom from A1 (see `layoutSheetSpec`):
 * 1. the `notes`, one line each, then a blank row;
 * 2. the spec's own block (its `title`, `columns` header, `rows`);
 * 3. each of `sections`, a blank row before each.
 * A block with no columns takes no rows. A block that is an Excel table and has no rows gets one
 * blank data row (Excel wants one).
 */
export interface SheetSpec extends SheetSection {
  /** The wanted sheet name. An adapter never overwrites a sheet it did not create: it picks "Name (2)" instead. */
  name: string;
  /** Lines of text above everything else (e.g. the reconciliation line), one per row, in column A. */
  notes?: string[];
  /** Further blocks below the spec's own, top to bottom, a blank row between. */
  sections?: SheetSection[];
  /** Freeze the rows down to the first block's header row (notes and title included). */
  freezeHeader?: boolean;
  /** Freeze column A too (the row labels of a wide matrix). */
  freezeFirstColumn?: boolean;
  /** Make the written sheet the active one. */
  activate?: boolean;
  /**
   * "report" (the default): the add-in's output, rewritten in place on the next write and never read
   * as the positions. "data": a table handed to the user (the sample): read like the user's own
   * sheets, and never replaced once the user has changed it. "scenario": a plan (a full copy of a positions table,
   * see core/scenario): never rewritten nor chosen as the positions, read as positions only when asked for by name,
   * and edited only through `WorkbookSource.applyScenarioChanges`.
   */
  role?: "report" | "data" | "scenario";
  /** A scenario's title, source and date (role "scenario"), recorded with the sheet's ownership. */
  scenario?: ScenarioMeta;
}

/** One block of a sheet: an optional title line, a header row, data rows; optionally an Excel table. */
export interface SheetSection {
  /** A bold line right above the header. */
  title?: string;
  /** Write the header and rows as an Excel table (ListObject) with this name and style. */
  table?: { name: string; style?: string };
  columns: SheetColumnSpec[];
  rows: SpecCell[][];
  /** Conditional formats over the block's data cells (not the header). */
  conditionalFormats?: ConditionalFormatSpec[];
}

export interface SheetColumnSpec {
  header: string;
  /** Column width in characters (Excel's unit). Blocks sharing a sheet column: the widest wins. */
  width?: number;
  /** Excel number format for the data cells of this column, e.g. "#,##0" or "0.0". */
  numberFormat?: string;
}

/** A cell to write: a plain value, or a formula (with the value it is expected to show). */
export type SpecCell = string | number | boolean | null | { formula: string; value?: string | number | boolean };

/**
 * A conditional format over the data cells of columns `column`…`lastColumn` (zero-based offsets in
 * the block's columns; `lastColumn` defaults to `column`). Earlier formats in the list take priority.
 */
export type ConditionalFormatSpec = { column: number; lastColumn?: number } & ConditionalRule;

export type ConditionalRule =
  /** Cells whose text equals `text` (Excel compares without case). */
  | { kind: "textEquals"; text: string; style: HighlightStyle }
  /** Cells whose number equals `value`. Excel counts a blank cell as 0: use it on columns without blanks. */
  | { kind: "numberEquals"; value: number; style: HighlightStyle }
  /** A colour scale over the numbers: lowest → (midpoint at the 50th percentile →) highest. */
  | { kind: "colorScale"; colors: [low: string, high: string] | [low: string, mid: string, high: string] };

/** Colours as "#RRGGBB". */
export interface HighlightStyle {
  fill: string;
  font?: string;
}

/** What an adapter did with a {@link SheetSpec}. */
export interface WriteSheetResult {
  /** The name the sheet was actually written under. */
  sheetName: string;
  /** True when a sheet the add-in had created earlier was replaced. */
  replaced: boolean;
}
