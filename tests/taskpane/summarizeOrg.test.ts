import { buildOrgModel, gridFromSheetSpec, operationsCenterSample } from "../../src/core";
import { summarizeOrg } from "../../src/taskpane/summarizeOrg";
import { makeGrid } from "../core/makeGrid";

describe("summarizeOrg(analysis)", () => {
  test("counts the sample: 35 positions in 4 layers under one top, 2 vacancies, FTE and salary", () => {
    const summary = summarizeOrg(buildOrgModel(gridFromSheetSpec(operationsCenterSample("en"))));
    const fte = operationsCenterSample("en").rows.reduce((sum, row) => sum + Number(row[8]), 0);
    const salary = operationsCenterSample("en").rows.reduce((sum, row) => sum + Number(row[9]), 0);
    expect(summary).toEqual({
      rowsRead: 35,
      positions: 35,
      rowsOnlyInFindings: 0,
      blankRowsSkipped: 0,
      reconciled: true,
      layers: 4,
      tops: 1,
      vacancies: 2,
      totalFte: Math.round(fte * 1000) / 1000,
      totalSalary: [{ currency: "CNY", amount: salary }],
    });
    expect(summary.totalFte).toBe(33.8);
  });

  test("reconciles rows left out of the model: rows read = positions + rows only in findings", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "Name"],
      [
        ["A", "", "Ann"],
        ["A", "", "Dup"],
        ["", "A", "No id"],
        [null, null, null],
        ["B", "A", "Bo"],
      ],
    );
    const summary = summarizeOrg(buildOrgModel(grid));
    expect(summary).toMatchObject({
      rowsRead: 4,
      positions: 2,
      rowsOnlyInFindings: 2,
      blankRowsSkipped: 1,
      reconciled: true,
    });
  });

  test("has no salary total without a salary column, and adds up each currency apart", () => {
    expect(summarizeOrg(buildOrgModel(makeGrid(["Position ID", "Reports To"], [["A", ""]]))).totalSalary).toBeNull();
    const grid = makeGrid(
      ["Position ID", "Reports To", "Base Salary", "Currency"],
      [
        ["A", "", 100, "cny"],
        ["B", "A", 50, "USD"],
        ["C", "A", 20, "CNY"],
        ["D", "A", null, "USD"],
      ],
    );
    expect(summarizeOrg(buildOrgModel(grid)).totalSalary).toEqual([
      { currency: "CNY", amount: 120 },
      { currency: "USD", amount: 50 },
    ]);
  });

  test("leaves closed positions out of FTE and salary, and counts vacancies by status", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "Name", "Status", "FTE", "Base Salary"],
      [
        ["A", "", "Ann", "Filled", 1, 100],
        ["B", "A", "", "", 0.5, 40],
        ["C", "A", "", "Closed", 1, 70],
        ["D", "A", "", "Planned", 1, 30],
      ],
    );
    const summary = summarizeOrg(buildOrgModel(grid));
    expect(summary.vacancies).toBe(1);
    expect(summary.totalFte).toBe(2.5);
    expect(summary.totalSalary).toEqual([{ currency: "", amount: 170 }]);
  });

  test("counts the tops of an org with several", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To"],
      [
        ["A", ""],
        ["B", ""],
        ["C", "B"],
      ],
    );
    expect(summarizeOrg(buildOrgModel(grid))).toMatchObject({ tops: 2, layers: 2, positions: 3 });
  });
});
