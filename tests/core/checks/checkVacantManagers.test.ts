import { checkVacantManagers } from "../../../src/core/checks/checkVacantManagers";
import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { positionValuesOf } from "../../../src/core/rollup/positionValues";
import { makeGrid } from "../makeGrid";
import { craftOrg } from "./craftOrg";

describe("checkVacantManagers", () => {
  it("reports vacant and planned positions with reports, assistants counted", () => {
    // Rows: V 2, V1 3, V2 4, P 5, PA 6, E 7, F 8, F1 9, C 10, C1 11.
    const model = craftOrg(
      { id: "V", name: null, title: "Open Lead" },
      { id: "V1", reportsTo: "V" },
      { id: "V2", reportsTo: "V" },
      { id: "P", name: "Someone", status: "Planned" },
      { id: "PA", reportsTo: "P", assistant: true },
      { id: "E", name: null },
      { id: "F" },
      { id: "F1", reportsTo: "F" },
      { id: "C", status: "Closed" },
      { id: "C1", reportsTo: "C" },
    );
    expect(checkVacantManagers(model)).toEqual([
      {
        code: "VACANT_MANAGER",
        severity: "warning",
        rows: [2],
        ids: ["V"],
        params: { id: "V", title: "Open Lead", reports: 2, status: "vacant" },
      },
      {
        code: "VACANT_MANAGER",
        severity: "warning",
        rows: [5],
        ids: ["P"],
        params: { id: "P", title: "Title P", reports: 1, status: "planned" },
      },
    ]);
  });

  it("reads a status word in Chinese", () => {
    const model = craftOrg({ id: "V", status: "空缺" }, { id: "V1", reportsTo: "V" });
    expect(checkVacantManagers(model).map((f) => f.ids)).toEqual([["V"]]);
  });
});

describe("a sheet with no Name and no Status column (a position-based plan)", () => {
  // Position ID, Title, Reports To, Salary: nothing says whether a post is held.
  const grid = makeGrid(
    ["Position ID", "Title", "Reports To", "Department", "Salary"],
    [
      ["1", "CEO", null, "Exec", 120000],
      ["2", "CFO", "1", "Finance", 96000],
      ["3", "Analyst", "2", "Finance", 60000],
    ],
  );

  it("reads vacancy as unknown: one info finding, no VACANT_MANAGER per manager", () => {
    const analysis = analyzeWorkbook({ positions: grid });
    const codes = analysis.findings.map((f) => f.code);
    expect(codes).not.toContain("VACANT_MANAGER");
    const unknown = analysis.findings.filter((f) => f.code === "HOLDERS_UNKNOWN");
    expect(unknown).toHaveLength(1);
    expect(unknown[0].severity).toBe("info");
    expect(localizeFinding(unknown[0], "en").message).toContain("no Name or Status column");
    expect(localizeFinding(unknown[0], "en").message).toContain("(2 managers)");
    expect(localizeFinding(unknown[0], "zh-CN").message).toContain("没有姓名列");
  });

  it("counts every position as held: statuses, vacancy counts and an unfunded-vacancies cost", () => {
    const analysis = analyzeWorkbook({ positions: grid });
    expect(analysis.model.positions.map((p) => p.status)).toEqual(["filled", "filled", "filled"]);
    expect(positionValuesOf(analysis.model).vacant.reduce((a, b) => a + b, 0)).toBe(0);
    const cost = costHeadcount(
      { analysis, positions: grid },
      { settings: { year: 2026, vacancies: "unfunded" }, defaultRates: [] },
    );
    expect(cost.total).toBe(276000 * 10_000); // ticks of 1/10,000
  });

  it("still reports a vacant manager when the sheet has a Status column but no Name column", () => {
    const withStatus = makeGrid(
      ["Position ID", "Title", "Reports To", "Status"],
      [
        ["1", "CEO", null, "Open"],
        ["2", "CFO", "1", "Filled"],
      ],
    );
    const codes = analyzeWorkbook({ positions: withStatus }).findings.map((f) => f.code);
    expect(codes).toContain("VACANT_MANAGER");
    expect(codes).not.toContain("HOLDERS_UNKNOWN");
  });
});
