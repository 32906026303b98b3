import { detectColumns } from "../src/core/columns/detectColumns";
import { sortFindings } from "../src/core/findings/sortFindings";
import { linkHierarchy } from "../src/core/model/linkHierarchy";
import { parsePositions } from "../src/core/model/parsePositions";
import type { SheetGrid } from "../src/core/sheet/sheetGrid";
import { summarizeTimings, type TimingSummary } from "./measure";

export const STAGE_NAMES = ["detectColumns", "parsePositions", "linkHierarchy", "sort findings"] as const;

/**
 * The stages of `buildOrgModel` (src/core/buildOrgModel.ts) run one after the other and timed one by
 * one (CPU time), to see where the time goes. Mirrors that function's body: keep the two in step.
 */
export function timeStages(
  grid: SheetGrid,
  runs: number,
  warmups: number,
  gc?: () => void,
): { name: string; timing: TimingSummary }[] {
  const samples = STAGE_NAMES.map((): number[] => []);
  for (let r = -warmups; r < runs; r++) {
    gc?.();
    const times: number[] = [];
    let start = process.cpuUsage();
    const lap = (): void => {
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
      start = process.cpuUsage();
    };
    const detected = detectColumns(grid);
    lap();
    const parsed = parsePositions(grid, detected);
    lap();
    const { findings } = linkHierarchy(parsed);
    lap();
    sortFindings([...parsed.findings, ...findings]);
    lap();
    if (r >= 0) times.forEach((time, i) => samples[i].push(time));
  }
  return STAGE_NAMES.map((name, i) => ({ name, timing: summarizeTimings(samples[i]) }));
}
