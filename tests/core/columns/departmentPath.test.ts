import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import type { CellValue } from "../../../src/core/cells/cell";
import { departmentPathOf } from "../../../src/core/columns/departmentPath";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { positionColumnsOf } from "../../../src/core/model/positionColumns";
import { makeGrid } from "../makeGrid";

const column = (...texts: CellValue[]) => texts.map((text) => [text]);

describe("a Department column written as paths (运营中心/内容运营部/编辑组, Operations > Content > Editorial)", () => {
  it("reads the unit under the common root as the department and the last unit as the team", () => {
    const path = departmentPathOf(
      column("运营中心/内容运营部/编辑组", "运营中心/内容运营部/审核组", "运营中心/用户运营部", "运营中心"),
      0,
      0,
    )!;
    expect(path.separator).toBe("/");
    expect(path.root).toBe("运营中心");
    expect(path.of("运营中心/内容运营部/编辑组")).toEqual({ department: "内容运营部", team: "编辑组", isPath: true });
    expect(path.of("运营中心/用户运营部")).toEqual({ department: "用户运营部", team: "", isPath: true });
    expect(path.of("运营中心")).toEqual({ department: "运营中心", team: "", isPath: false });
  });

  it("reads a path of two units as department and team, with any of its separators", () => {
    const slash = departmentPathOf(column("Ops / Content", "Ops / Support", "Finance / AP"), 0, 0)!;
    expect(slash.root).toBe("");
    expect(slash.of("Ops / Content")).toMatchObject({ department: "Ops", team: "Content" });
    const arrow = departmentPathOf(column("Operations > Content > Editorial", "Operations＞Sales＞EMEA"), 0, 0)!;
    expect(arrow.separator).toBe(">");
    expect(arrow.of("Operations＞Sales＞EMEA")).toMatchObject({ department: "Sales", team: "EMEA" });
    const backslash = departmentPathOf(column("Group\\Finance\\Tax"), 0, 0)!;
    expect(backslash.of("Group\\Finance\\Tax")).toMatchObject({ department: "Finance", team: "Tax" });
    const dash = departmentPathOf(column("Sales - EMEA - UK", "Sales - APAC"), 0, 0)!;
    expect(dash.of("Sales - EMEA - UK")).toMatchObject({ department: "EMEA", team: "UK" });
  });

  it("leaves names that merely hold a separator as they are (R&D / QA, HR/Admin, Sales - EMEA)", () => {
    expect(departmentPathOf(column("R&D / QA", "HR/Admin", "Sales / Marketing"), 0, 0)).toBeUndefined();
    expect(departmentPathOf(column("R&D / QA", "Finance", "Sales", "Ops", "HR"), 0, 0)).toBeUndefined();
    expect(
      departmentPathOf(column("Sales - EMEA", "Sales - APAC", "Finance", "HR", "Ops", "IT"), 0, 0),
    ).toBeUndefined();
    expect(departmentPathOf(column("Finance", "Sales", null), 0, 0)).toBeUndefined();
  });

  const HEADER = ["Position ID", "Reports To", "Name", "Department", "Team"];

  it("reads the positions' department and team from the path when no Team is given, and names the rows", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["A", "", "Ann", "运营中心", ""],
        ["B", "A", "Bo", "运营中心/内容运营部/编辑组", ""],
        ["C", "A", "Cy", "运营中心/内容运营部/审核组", "夜班"],
        ["D", "A", "Di", "运营中心/用户运营部", null],
      ]),
    });
    const positions = analysis.model.positions;
    expect(positions.map((p) => [p.department, p.team])).toEqual([
      ["运营中心", ""],
      ["内容运营部", "编辑组"],
      ["内容运营部", "夜班"],
      ["用户运营部", ""],
    ]);
    expect([...positionColumnsOf(analysis.model).departments].sort()).toEqual(["内容运营部", "用户运营部", "运营中心"]);
    const finding = analysis.findings.find((f) => f.code === "DEPARTMENT_PATH")!;
    expect(finding).toMatchObject({ severity: "info", rows: [3, 4, 5], ids: ["B", "C", "D"], field: "department" });
    expect(localizeFinding(finding, "en").message).toContain(
      "“运营中心/内容运营部/编辑组” is department “内容运营部”, team “编辑组”",
    );
    expect(localizeFinding(finding, "zh-CN").message).toContain(
      "“Department”列为部门路径，各级以“/”分隔（3 行：第 3, 4, 5 行）",
    );
  });

  it("counts the departments of the paths in the department rollup, not the paths", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["Position ID", "Reports To", "Department"],
        [
          ["A", "", "Operations > Content > Editorial"],
          ["B", "A", "Operations > Content > Review"],
          ["C", "A", "Operations > Support"],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => [p.department, p.team])).toEqual([
      ["Content", "Editorial"],
      ["Content", "Review"],
      ["Support", ""],
    ]);
    expect(positionColumnsOf(analysis.model).departments).toEqual(["Content", "Support"]);
  });

  it("reads a plain Department column as written, without the finding", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["A", "", "Ann", "R&D / QA", ""],
        ["B", "A", "Bo", "Finance", ""],
      ]),
    });
    expect(analysis.model.positions.map((p) => p.department)).toEqual(["R&D / QA", "Finance"]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("DEPARTMENT_PATH");
  });
});
