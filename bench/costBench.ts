/**
 * The cost suite: `costHeadcount` (12 months, fully loaded, on-costs from a Rates table) of generated orgs against
 * `buildOrgModel` on the same rows, timed interleaved in one process. Targets (issue 10 §4): 100,000 positions
 * costed in ≤ 150 ms, and ≤ 0.5× `buildOrgModel`. Run: `npx tsx bench/costBench.ts [--sizes 1000,100000]` (not yet
 * a suite of `npm run bench`).
 */
import { buildOrgModel } from "../src/core/buildOrgModel";
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
function ratesGrid(): SheetGrid {
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
export function benchCost(sizes: readonly number[], runs = 7): CostBenchRow[] {
  const rates = ratesGrid();
  return sizes.map((size) => {
    const { grid } = generateOrg(size);
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

/** A Markdown table of the rows, with PASS/MISS against the targets at 100k. */
export function formatCostBench(rows: readonly CostBenchRow[]): string {
  const lines = [
    "| positions | costHeadcount, 12 months (ms) | buildOrgModel (ms) | ratio | targets |",
    "|---:|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const targets =
      row.size >= 100_000
        ? `${row.costMs <= MAX_COST_MS_AT_100K ? "PASS" : "MISS"} ≤ ${MAX_COST_MS_AT_100K} ms, ${
            row.ratio <= MAX_COST_RATIO_TO_MODEL ? "PASS" : "MISS"
          } ≤ ${MAX_COST_RATIO_TO_MODEL}×`
        : "";
    lines.push(
      `| ${row.size.toLocaleString("en-US")} | ${row.costMs.toFixed(1)} | ${row.modelMs.toFixed(1)} | ${row.ratio.toFixed(2)} | ${targets} |`,
    );
  }
  return lines.join("\n");
}

if (require.main === module) {
  const at = process.argv.indexOf("--sizes");
  const sizes = at > 0 ? process.argv[at + 1].split(",").map(Number) : [1_000, 10_000, 100_000];
  console.log(formatCostBench(benchCost(sizes)));
}
