import type { OrgAnalysis } from "../analysis";
import type { Finding } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { CostSettings, SalaryBasis } from "./costSettings";
import type { CostMonth } from "./fiscalYear";
import type { RateLine } from "./rateLines";

/** Months in the cost model's year. */
export const MONTHS = 12;

/** The workbook's tables the cost model reads. */
export interface CostInput {
  analysis: OrgAnalysis;
  /** The positions grid the analysis was built from (the cost columns are read from it). */
  positions: SheetGrid;
  rates?: SheetGrid;
  fx?: SheetGrid;
  /**
   * When headcount lines of another sheet or file were joined below the positions (`core/lines`): how many of the
   * grid's rows (header included) are the user's positions sheet itself. The rows after it are not on that sheet, so
   * the Headcount cost sheet writes their inputs as values, never as references. Undefined: every row is the sheet's.
   */
  ownRows?: number;
}

export interface CostOptions {
  settings?: Partial<CostSettings>;
  /** Default: the shipped rates (defaultRates.ts). */
  defaultRates?: readonly RateLine[];
}

/** One on-cost item's monthly totals (reporting currency, ticks). */
export interface OnCostItemTotal {
  item: string;
  months: Float64Array;
}

export interface DepartmentCost {
  department: string;
  /** Posts of the department's positions that are not closed (a headcount line counts its posts). */
  headcount: number;
  fte: number;
  /** Ticks. */
  total: number;
  months: Float64Array;
}

/**
 * What every position costs, month by month, fully loaded, in one reporting currency. Amounts are in ticks
 * (1/10,000 of a unit; see decimal.ts): `pay` and `onCosts` hold 12 values per position (index p × 12 + month).
 */
export interface HeadcountCost {
  settings: CostSettings & { salaryBasis: SalaryBasis };
  currency: string;
  months: CostMonth[];
  pay: Float64Array;
  onCosts: Float64Array;
  /** Each position's year (pay + on-costs), ticks. */
  positionTotals: Float64Array;
  /** 1 where the position is costed (not closed, not an unfunded vacancy, and has a salary or a pay range). */
  costed: Uint8Array;
  /** Posts of each position (1, or the headcount line's count) and its FTE × posts. */
  posts: Float64Array;
  fte: Float64Array;
  monthTotals: Float64Array;
  total: number;
  onCostItems: OnCostItemTotal[];
  departments: DepartmentCost[];
  findings: Finding[];
}
