import { readDepartmentsTable } from "../../../src/core/coverage/readDepartmentsTable";
import { tableGrid } from "./coverageOrg";

describe("readDepartmentsTable(grid)", () => {
  test("no grid, or no Departments header: no table", () => {
    expect(readDepartmentsTable(undefined)).toEqual({ findings: [] });
    expect(
      readDepartmentsTable(
        tableGrid("Notes", [
          ["Department", "Budget"],
          ["Ops", 100],
        ]),
      ),
    ).toEqual({ findings: [] });
  });

  test("reads the table below a title, in Chinese, splitting lists like the positions table", () => {
    const grid = tableGrid("部门表", [
      ["运营中心部门", null, null, null, null],
      [null, null, null, null, null],
      ["部门", "上级部门", "负责人岗位", "需要支持的部门", "对接人"],
      ["运营部门", "管理层", "OC-010", "数据分析部门、技术支持部门；设计部门", "OC-031, OC-041"],
      [null, null, null, null, null],
      ["管理层", null, "OC-001", null, null],
    ]);
    expect(readDepartmentsTable(grid)).toEqual({
      departments: {
        sheetName: "部门表",
        departments: [
          {
            name: "运营部门",
            parent: "管理层",
            head: "OC-010",
            needsSupportFrom: ["数据分析部门", "技术支持部门", "设计部门"],
            partners: ["OC-031", "OC-041"],
            row: 4,
          },
          { name: "管理层", parent: "", head: "OC-001", needsSupportFrom: [], partners: [], row: 6 },
        ],
      },
      findings: [],
    });
  });

  test("every row is a department or in a finding: no name, a repeat, a formula error", () => {
    const grid = tableGrid(
      "Departments",
      [
        ["Department", "Needs support from", "Note"],
        ["Ops", "Data", null],
        [null, "Data", "to be named"],
        ["ops", "Design", null],
        [{ error: "#REF!" }, "Data", null],
        ["Data", { error: "#N/A" }, null],
      ],
      5,
    );
    const { departments, findings } = readDepartmentsTable(grid);
    expect(departments?.departments.map((d) => [d.name, d.row, d.needsSupportFrom])).toEqual([
      ["Ops", 6, ["Data"]],
      ["Data", 10, []],
    ]);
    expect(findings).toEqual([
      {
        code: "MISSING_DEPARTMENT_NAME",
        severity: "warning",
        rows: [7],
        ids: [],
        sheet: "Departments",
        params: { row: 7, column: "Department", sheet: "Departments" },
      },
      {
        code: "FORMULA_ERROR",
        severity: "error",
        rows: [9],
        ids: [],
        sheet: "Departments",
        params: { row: 9, column: "Department", value: "#REF!", id: "", table: "departments" },
      },
      {
        code: "FORMULA_ERROR",
        severity: "warning",
        rows: [10],
        ids: [],
        sheet: "Departments",
        params: { row: 10, column: "Needs support from", value: "#N/A", id: "Data", table: "departments" },
      },
      {
        code: "DUPLICATE_DEPARTMENT",
        severity: "warning",
        rows: [6, 8],
        ids: [],
        sheet: "Departments",
        params: { id: "Ops", count: 2, rowList: "6, 8", sheet: "Departments" },
      },
    ]);
  });
});
