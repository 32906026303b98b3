import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { BudgetVariance } from "../budget/budgetVariance";
import type { PlanComparison } from "../compare/planComparison";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { SheetSpec } from "../sheet/sheetSpec";

/** One side of the comparison as the sheet needs it: the table's cells (for formulas and links) and its analysis. */
export interface ComparedTable {
  /** The workbook or table as the notes name it (a file name, "Excel"). */
  label: string;
  analysis: WorkbookAnalysis;
  grid: SheetGrid;
}

/** A Headcount cost sheet already written into the workbook: its spec and the name it was written under. */
export interface CostSheetWritten {
  spec: SheetSpec;
  sheetName: string;
}

export interface PlanComparisonSheetInput {
  comparison: PlanComparison;
  baseline: ComparedTable;
  plan: ComparedTable;
  /**
   * When the baseline's table is in another workbook: that file as the links name it (a path relative to the
   * workbook written). Then the baseline's figures are values and its row links open that file. Undefined: both
   * tables are in the workbook the sheet is written into.
   */
  baselineFile?: string;
  /** The Headcount cost sheets of the two sides, when written into the same workbook: cost formulas read them. */
  costSheets?: { baseline?: CostSheetWritten; plan?: CostSheetWritten };
  /** The plan held against a Budget table: the plan's workbook's (`source: "plan"`), else the baseline's. */
  budget?: { variance: BudgetVariance; source: "plan" | "baseline" };
}
