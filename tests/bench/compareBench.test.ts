import { compareChecks, planOf } from "../../bench/compareBench";
import { generateOrg } from "../../bench/generateOrg";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { comparePlans } from "../../src/core/compare/planComparison";

describe("the compare bench", () => {
  test("the plan changes 5% of a generated org, 1% each way, and the comparison finds them", () => {
    const { grid } = generateOrg(2_000, 7);
    const planGrid = planOf(grid, 7);
    const baseline = { analysis: analyzeWorkbook({ positions: grid }), grid };
    const plan = { analysis: analyzeWorkbook({ positions: planGrid }), grid: planGrid };
    const comparison = comparePlans(baseline, plan);
    expect(comparison.added).toHaveLength(20);
    expect(comparison.removed).toHaveLength(20);
    // 20 moved on purpose, and the reports of the 20 removed positions moved up to their manager's manager.
    expect(comparison.moved.length).toBeGreaterThanOrEqual(20);
    // 20 paid differently, 20 with another department and title.
    expect(comparison.changed).toHaveLength(40);
    expect(plan.analysis.findings.filter((f) => f.code === "UNKNOWN_MANAGER" || f.severity === "error")).toEqual([]);
  });

  test("the target is judged at 100,000 positions only", () => {
    const row = { compareMs: 250, modelMs: 200, ratio: 1.25, added: 1, removed: 1, moved: 1, changed: 1 };
    expect(compareChecks([{ size: 10_000, ...row }])).toEqual([]);
    expect(compareChecks([{ size: 100_000, ...row }])).toEqual([
      expect.objectContaining({ measured: "250 ms", target: "≤ 300 ms", verdict: "PASS" }),
    ]);
  });
});
