/** Where the analysed positions table is, so the report can link each finding to its row. */
export interface ReportSource {
  /** The sheet of the positions table (`SheetGrid.sheetName`). */
  positionsSheet: string;
  /** Sheet column (1-based) of the grid's first column (`SheetGrid.firstColumn`); default 1 (A). */
  firstColumn?: number;
  /**
   * Which sheets: `checks` (the default: Org checks, then Coverage — the pane's Write report) or `cost` (the
   * Headcount cost sheet of live formulas — the Cost tab's Write cost sheet).
   */
  sheets?: "checks" | "cost";
}
