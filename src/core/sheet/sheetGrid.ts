import type { CellValue } from "../cells/cell";

/**
 * A rectangle of cells read from one sheet (or one Excel table), as the core parses it.
 * Row and column numbers are Excel's: 1-based, so findings can point at `A57`.
 */
export interface SheetGrid {
  /** The worksheet's name ("Positions", "岗位表", or the CSV file's name). */
  sheetName: string;
  /** The Excel table (ListObject) the rows came from, when they came from one. */
  tableName?: string;
  /** Sheet row number of `rows[0]` (1-based). */
  firstRow: number;
  /** Sheet column number of `rows[i][0]` (1-based; 1 = column A). */
  firstColumn: number;
  /** The cells, header row included. Rows may be ragged. */
  rows: CellValue[][];
  /**
   * Merged areas (A1 addresses, "C4:C9") whose blank cells the adapter filled with the area's value, as Excel shows
   * them; the analysis names them in a MERGED_CELLS_FILLED finding. Absent: none filled.
   */
  mergedFilled?: readonly string[];
  /**
   * Rows of a CSV whose quotes were malformed (a quoted cell not closed, or text after its closing quote), read
   * leniently (papaparse's reading); `lines` is how many of the file's lines the row took (more than 1: lines joined
   * into it). The analysis names each in a CSV_LINES_JOINED or CSV_QUOTE_NOT_DOUBLED finding. Absent: none.
   */
  malformedQuotes?: readonly MalformedQuotes[];
}

/** A CSV row read despite malformed quotes (see {@link SheetGrid.malformedQuotes}). */
export interface MalformedQuotes {
  /** Sheet row (1-based). */
  row: number;
  /** Lines of the file the row was read from. */
  lines: number;
}
