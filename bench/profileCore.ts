/**
 * Runs one core step on one generated org a number of times, for a CPU profile (see docs/benchmarks.md):
 *   npx esbuild bench/profileCore.ts --bundle --platform=node --outfile=bench/out/core.js
 *   node --cpu-prof --cpu-prof-dir=bench/out bench/out/core.js analyze|cost|model [size] [runs]
 *   npx tsx bench/summarizeProfile.ts bench/out/<file>.cpuprofile       (self time by function)
 */
import { performance } from "node:perf_hooks";
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { buildOrgModel } from "../src/core/buildOrgModel";
import { costHeadcount } from "../src/core/cost/costHeadcount";
import { ratesGrid } from "./costBench";
import { generateOrg } from "./generateOrg";

const what = process.argv[2] ?? "analyze";
const size = Number(process.argv[3] ?? 100_000);
const runs = Number(process.argv[4] ?? 12);
const { grid } = generateOrg(size);
const analysis = buildOrgModel(grid);
const rates = ratesGrid();
const step: () => unknown =
  what === "model"
    ? () => buildOrgModel(grid)
    : what === "cost"
      ? () => costHeadcount({ analysis, positions: grid, rates }, { settings: { year: 2025 } })
      : () => analyzeWorkbook({ positions: grid });
const times: string[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  step();
  times.push((performance.now() - start).toFixed(1));
}
console.log(`${what} on ${size} positions, ms per run: ${times.join(" ")}`);
