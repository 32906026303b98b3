import type { CellValue } from "../../../src/core/cells/cell";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import type { CostSettings } from "../../../src/core/cost/costSettings";
import type { PlanSide } from "../../../src/core/compare/planComparison";
import { analyseWorkbookRead } from "../../../src/pipeline/loadWorkbook";
import { makeGrid } from "../makeGrid";

/** The columns the comparison tests write. */
export const HEADER = [
  "Position ID",
  "Title",
  "Reports To",
  "Name",
  "Department",
  "Status",
  "FTE",
  "Base Salary",
  "Location",
  "Start Date",
  "End Date",
];

/** A Rates table with one 10% line for "Testville" (no floor, cap or threshold) over 2025. */
export const TEN_PERCENT: CellValue[][] = [
  ["Location", "Item", "Employer rate", "From", "To"],
  ["Testville", "Levy", "10%", "2025-01-01", "2025-12-31"],
];

/**
 * One side of a comparison made by the real pipeline (`analyseWorkbookRead`: org model, checks, coverage, cost) from
 * a positions table (header + rows), costed for 2025 with {@link TEN_PERCENT} unless other rates are given.
 */
export function sideOf(
  rows: CellValue[][],
  options: { header?: string[]; rates?: CellValue[][] | null; settings?: Partial<CostSettings>; label?: string } = {},
): PlanSide {
  const rates = options.rates === undefined ? TEN_PERCENT : options.rates;
  const loaded = analyseWorkbookRead({
    positions: makeGrid(options.header ?? HEADER, rows),
    support: rates ? { rates: makeGrid(rates[0] as string[], rates.slice(1), "Rates") } : {},
    mapping: {},
    rules: DEFAULT_ORG_RULES,
    costSettings: { settings: { year: 2025, ...options.settings }, shown: "loaded" },
  });
  return { analysis: loaded.analysis, cost: loaded.cost, grid: loaded.grid, label: options.label };
}
