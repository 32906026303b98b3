import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { TICKS } from "../../../src/core/cost/decimal";
import { buildDepartmentTree } from "../../../src/core/rollup/buildDepartmentTree";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { positionCostAmounts, rollupsWithCost } from "../../../src/taskpane/cost/costRollups";
import { makeGrid } from "../../core/makeGrid";

const positions = makeGrid(
  ["Position ID", "Reports To", "Department", "Status", "FTE", "Base Salary", "Currency", "Location"],
  [
    ["P1", "", "Ops", "Filled", 1, 120000, "CNY", "Beijing"],
    ["P2", "P1", "Ops", "Filled", 1, 60000, "CNY", "Beijing"],
    ["P3", "P2", "Tech", "Filled", 1, 48000, "CNY", "Beijing"],
    ["P4", "P1", "Tech", "Closed", 1, 99000, "CNY", "Beijing"],
  ],
);
const analysis = buildOrgModel(positions);
const cost = costHeadcount({ analysis, positions }, { settings: { year: 2025 } });
const model = analysis.model;

describe("the chart's cost badges and departments view from the cost model", () => {
  test("fully loaded: each subtree's cost is its positions' years, pay and on-costs; the top's total is the cost model's", () => {
    const rollups = rollupsWithCost(rollUpPositions(model), model, cost, "loaded");
    const year = (p: number) => cost.positionTotals[p] / TICKS;
    expect(rollups.costUnder[2]).toBeCloseTo(year(2), 6);
    expect(rollups.costUnder[1]).toBeCloseTo(year(1) + year(2), 6);
    expect(rollups.costUnder[0]).toBeCloseTo(cost.total / TICKS, 6);
    expect(rollups.totals.cost).toBeCloseTo(cost.total / TICKS, 6);
    // More than the salaries: the on-costs are in.
    expect(rollups.totals.cost).toBeGreaterThan(rollUpPositions(model).totals.cost);
    expect(rollups.currency).toBe("CNY");
    expect(rollups.hasSalaries).toBe(true);
  });

  test("base pay: the pay alone, which for a whole year at one salary is the salaries' sum", () => {
    const amounts = positionCostAmounts(cost, "base");
    expect(Array.from(amounts)).toEqual([120000, 60000, 48000, 0]);
    const rollups = rollupsWithCost(rollUpPositions(model), model, cost, "base");
    expect(rollups.totals.cost).toBe(228000);
  });

  test("the departments view sums the same figures per department", () => {
    const rollups = rollupsWithCost(rollUpPositions(model), model, cost, "loaded");
    const tree = buildDepartmentTree(model, rollups, { teams: false });
    const byName = new Map(
      tree.units.filter((unit) => unit.kind === "department").map((unit) => [unit.department, unit.cost]),
    );
    const department = (name: string) => cost.departments.find((d) => d.department === name)!.total / TICKS;
    expect(byName.get("Ops")).toBeCloseTo(department("Ops"), 6);
    expect(byName.get("Tech")).toBeCloseTo(department("Tech"), 6);
  });
});
