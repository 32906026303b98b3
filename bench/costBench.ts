/**
 * The cost suite: `costHeadcount` (12 months, fully loaded, on-costs from a Rates table) of generated orgs against
 * `buildOrgModel` on the same rows, timed interleaved in one process. Targets (issue 10 §4): 100,000 positions
 * costed in ≤ 150 ms, and ≤ 0.5× `buildOrgModel`. `npm run bench -- --suites cost [--sizes 10000,100000]`.
 */
import { buildOrgModel } from "../src/core/buildOrgModel";
import { atMost, type BenchSuite, type SuiteCheck } from "./benchSuite";
import type { CellValue } from "../src/core/cells/cell";
import { costHeadcount } from "../src/core/cost/costHeadcount";
import type { SheetGrid } from "../src/core/sheet/sheetGrid";
import { generateOrg } from "./generateOrg";
import { timeInterleaved } from "./measure";
import { LOCATIONS } from "./orgVocabulary";

export const MAX_COST_MS_AT_100K = 150;
export const MAX_COST_RATIO_TO_MODEL = 0.5;

export interface CostBenchRow {
  size: number;
  costMs: number;
  modelMs: number;
  ratio: number;
  findings: number;
}

/** A Rates table with five China-style lines (floor and cap) for every generated location. */
export function ratesGrid(): SheetGrid {
  const rows: CellValue[][] = [["Location", "Item", "Employer rate", "Base floor", "Base cap", "From", "To"]];
  for (const { name } of LOCATIONS)
    for (const [item, rate] of [
      ["Pension", "16%"],
      ["Unemployment", "0.5%"],
      ["Medical", "9.8%"],
      ["Injury", "0.4%"],
      ["Housing fund", "12%"],
    ])
      rows.push([name, item, rate, 6821, 35283, "2025-01-01", "2025-12-31"]);
  return { sheetName: "Rates", firstRow: 1, firstColumn: 1, rows };
}

/** Times the cost model and buildOrgModel on each size (CPU-time medians, ms). */
export function benchCost(sizes: readonly number[], runs = 7, seed = 42): CostBenchRow[] {
  const rates = ratesGrid();
  return sizes.map((size) => {
    const { grid } = generateOrg(size, seed);
    const analysis = buildOrgModel(grid);
    const cost = () => costHeadcount({ analysis, positions: grid, rates }, { settings: { year: 2025 } });
    const findings = cost().findings.length;
    const { timings } = timeInterleaved(
      [
        { name: "costHeadcount", run: cost },
        { name: "buildOrgModel", run: () => buildOrgModel(grid) },
      ],
      runs,
      size >= 50_000 ? 1 : 3,
    );
    const costMs = timings[0].cpu.median;
    const modelMs = timings[1].cpu.median;
    return { size, costMs, modelMs, ratio: costMs / modelMs, findings };
  });
}

/** A Markdown table of the rows (CPU-time medians). */
export function formatCostBench(rows: readonly CostBenchRow[]): string {
  return [
    "`costHeadcount` for 12 months, fully loaded (five on-cost lines per location from a Rates table, floors and caps,",
    "half-up rounding per line), against `buildOrgModel` on the same generated rows, interleaved, CPU-time medians:",
    "",
    "| positions | costHeadcount, 12 months (ms) | buildOrgModel (ms) | ratio | findings |",
    "|---:|---:|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.size.toLocaleString("en-US")} | ${row.costMs.toFixed(1)} | ${row.modelMs.toFixed(1)} | ${row.ratio.toFixed(2)} | ${row.findings} |`,
    ),
  ].join("\n");
}

/** The targets, judged at 100,000 positions (when that size was run). */
export function costChecks(rows: readonly CostBenchRow[]): SuiteCheck[] {
  const row = rows.find((r) => r.size === 100_000);
  if (!row) return [];
  return [
    atMost("cost of 100,000 positions, 12 months (CPU)", row.costMs, MAX_COST_MS_AT_100K, "ms", 0),
    atMost("cost ÷ buildOrgModel at 100,000 (same run)", row.ratio, MAX_COST_RATIO_TO_MODEL, "×", 2),
  ];
}

export const costSuite: BenchSuite = {
  name: "cost",
  summary: "the cost model (costHeadcount, 12 months) against buildOrgModel on the same rows, in Node",
  run(options) {
    const rows = benchCost(options.sizes, options.runs ?? 7, options.seed);
    return { report: formatCostBench(rows), checks: costChecks(rows) };
  },
};
