import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { CoverageRow } from "../coverage/coverageTypes";
import type { CoverageChange } from "./planComparison";

/**
 * Capabilities that lose their last holder (held by a filled position in the baseline, by none in the plan) or gain
 * a first one: in the whole org, and in each department both sides have (a department merged away or new is not
 * listed capability by capability: its positions are in the moves).
 */
export function compareCoverage(baseline: WorkbookAnalysis, plan: WorkbookAnalysis): CoverageChange[] {
  const before = baseline.coverage.matrix;
  const after = plan.coverage.matrix;
  const afterRows = new Map(after.rows.map((row) => [row.capability.key, row]));
  const beforeRows = new Map(before.rows.map((row) => [row.capability.key, row]));
  const afterDepartment = new Map(after.departments.map((name, i) => [name, i]));
  const shared = before.departments.flatMap((name, i) => {
    const j = afterDepartment.get(name);
    return j === undefined ? [] : [{ name, i, j }];
  });
  const changes: CoverageChange[] = [];
  const keys = [...beforeRows.keys(), ...[...afterRows.keys()].filter((key) => !beforeRows.has(key))];
  for (const key of keys) {
    const was = beforeRows.get(key);
    const now = afterRows.get(key);
    const capability = (was ?? now)!.capability;
    const push = (department: string | null, baselineHolders: number, planHolders: number) => {
      if (baselineHolders > 0 === planHolders > 0) return;
      changes.push({
        change: planHolders > 0 ? "gained" : "lost",
        capability: key,
        en: capability.en,
        zh: capability.zh,
        department,
        baselineHolders,
        planHolders,
      });
    };
    push(null, holders(was, -1), holders(now, -1));
    for (const { name, i, j } of shared) push(name, holders(was, i), holders(now, j));
  }
  return changes;
}

function holders(row: CoverageRow | undefined, department: number): number {
  if (row === undefined) return 0;
  return (department < 0 ? row.total : row.byDepartment[department]).filledPositions;
}
