import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { buildDepartmentTree } from "../../../src/core/rollup/buildDepartmentTree";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { positionValuesOf, sumByGroup, sumUpTree } from "../../../src/core/rollup/positionValues";
import { preOrder } from "../../../src/core/rollup/preOrder";
import { summarizeOrg } from "../../../src/taskpane/summarizeOrg";
import { makeGrid } from "../makeGrid";

describe("one value-and-aggregation model", () => {
  // The case: three rows, one Closed post. The pyramid used to count its FTE, the rollups did not; the
  // summary added salary per currency (blank apart) while the rollups took the main currency (blank included).
  const analysis = analyzeWorkbook({
    positions: makeGrid(
      ["Position ID", "Reports To", "Department", "Status", "FTE", "Base Salary", "Currency"],
      [
        ["A", "", "Ops", "Filled", 1, 300000, "CNY"],
        ["B", "A", "Ops", "Filled", 0.5, 120000, ""],
        ["C", "A", "Data", "Closed", 1, 200000, "CNY"],
      ],
    ),
  });
  const { model } = analysis;
  const rollups = rollUpPositions(model);
  const summary = summarizeOrg(analysis);
  const pyramid = analysis.checks.layers.layers;
  const units = buildDepartmentTree(model, rollups, { teams: false }).units;

  test("the pyramid, the rollups, the summary and the departments view agree on FTE", () => {
    const pyramidFte = pyramid.reduce((sum, row) => sum + row.fte, 0);
    expect(pyramid.map((row) => [row.layer, row.positions, row.fte])).toEqual([
      [1, 1, 1],
      [2, 2, 0.5],
    ]);
    expect(pyramidFte).toBe(1.5);
    expect(rollups.totals.fte).toBe(1.5);
    expect(summary.totalFte).toBe(1.5);
    expect(units.reduce((sum, unit) => sum + unit.fte, 0)).toBe(1.5);
  });

  test("the pyramid still counts the closed post as a position of its layer", () => {
    expect(pyramid.reduce((sum, row) => sum + row.positions, 0)).toBe(3);
    expect(rollups.totals.positions).toBe(3);
  });

  test("salary: a blank currency is the main currency everywhere, and closed posts add none", () => {
    expect(summary.totalSalary).toEqual([{ currency: "CNY", amount: 420000 }]);
    expect(rollups.currency).toBe("CNY");
    expect(rollups.totals.cost).toBe(420000);
    expect(rollups.costUnder[0]).toBe(420000);
    expect(units.reduce((sum, unit) => sum + unit.cost, 0)).toBe(420000);
  });

  test("another currency is listed apart by the summary and left out of the rollups' cost", () => {
    const other = analyzeWorkbook({
      positions: makeGrid(
        ["Position ID", "Reports To", "Base Salary", "Currency"],
        [
          ["A", "", 100, "CNY"],
          ["B", "A", 50, "USD"],
          ["C", "A", 20, ""],
        ],
      ),
    });
    const otherRollups = rollUpPositions(other.model);
    const otherSummary = summarizeOrg(other);
    expect(otherSummary.totalSalary).toEqual([
      { currency: "CNY", amount: 120 },
      { currency: "USD", amount: 50 },
    ]);
    expect(otherRollups.totals.cost).toBe(otherSummary.totalSalary![0].amount);
    expect(otherRollups.totals.otherCurrency).toBe(1);
  });

  test("sumUpTree and sumByGroup add any per-position values", () => {
    const values = positionValuesOf(model);
    const { under, total } = sumUpTree(model, [1, 2, 4], preOrder(model));
    expect([...under]).toEqual([7, 2, 4]);
    expect(total).toBe(7);
    expect([...sumByGroup(values.salary, [0, 1, 1], 2)]).toEqual([300000, 120000]);
    expect([...sumByGroup([1, 2, 4], [0, -1, 0], 1)]).toEqual([5]);
  });
});
