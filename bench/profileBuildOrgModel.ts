/**
 * Runs `buildOrgModel` on one generated org a number of times, for a CPU profile (see docs/benchmarks.md):
 *   npx esbuild bench/profileBuildOrgModel.ts --bundle --platform=node --outfile=bench/out/profile.js
 *   node --cpu-prof --cpu-prof-dir=bench/out bench/out/profile.js [size] [runs]
 */
import { performance } from "node:perf_hooks";
import { buildOrgModel } from "../src/core/buildOrgModel";
import { generateOrg } from "./generateOrg";

const size = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 12);
const { grid } = generateOrg(size);
const times: string[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  buildOrgModel(grid);
  times.push((performance.now() - start).toFixed(1));
}
console.log(`buildOrgModel on ${size} positions, ms per run: ${times.join(" ")}`);
