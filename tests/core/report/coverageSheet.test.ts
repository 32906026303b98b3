import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { scoreSupportTableHeader } from "../../../src/core/coverage/supportTables";
import { COVERAGE_TABLES, coverageSheet } from "../../../src/core/report/coverageSheet";
import { layoutSheetSpec } from "../../../src/core/sheet/sheetSpecLayout";
import { blocksOf, grid, sampleAnalysis, tableBlock } from "./reportFixtures";

/** Three departments; P3 is vacant (no name). */
const POSITIONS = grid("Positions", 1, 1, [
  ["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Capabilities"],
  ["P1", "Director", "Ops", "", "Ann", 1, "Acquisition; Retention"],
  ["P2", "Analyst", "Data", "P1", "Bo", 0.5, "Acquisition"],
  ["P3", "Analyst", "Data", "P1", "", 1, "Retention"],
  ["P4", "Designer", "Design", "P1", "Cy", 1, "Content planning"],
]);

describe("coverageSheet(analysis, lang) on a small crafted org", () => {
  const analysis = analyzeWorkbook({ positions: POSITIONS }, { lang: "en" });
  const spec = coverageSheet(analysis, "en");
  const filled = tableBlock(spec, COVERAGE_TABLES.filled);
  const vacant = tableBlock(spec, COVERAGE_TABLES.vacant);
  const rowOf = (rows: typeof filled.rows, name: string) => rows.find((row) => row[0] === name);

  it("gives capability × department with filled FTE, people and totals; blank where none", () => {
    expect(spec.name).toBe("Coverage");
    expect(filled.columns.map((column) => column.header)).toEqual([
      "Capability \\ Department",
      "Area",
      "Owner department",
      "Required holders",
      "People",
      "Filled FTE",
      "Vacant FTE",
      "Ops",
      "Data",
      "Design",
    ]);
    expect(rowOf(filled.rows, "Acquisition")).toEqual(["Acquisition", "User ops", null, 2, 2, 1.5, 0, 1, 0.5, null]);
    // P3 is vacant: Retention has one person, and 1 FTE vacant in Data.
    expect(rowOf(filled.rows, "Retention")).toEqual(["Retention", "User ops", null, 2, 1, 1, 1, 1, null, null]);
    expect(rowOf(filled.rows, "Content planning")).toEqual([
      "Content planning",
      "Content ops",
      null,
      2,
      1,
      1,
      0,
      null,
      null,
      1,
    ]);
    expect(rowOf(filled.rows, "Activation")).toEqual(["Activation", "User ops", null, 2, 0, 0, 0, null, null, null]);
    expect(filled.rows).toHaveLength(analysis.catalogue.capabilities.length);
  });

  it("gives the vacant FTE in a second table, only for capabilities with vacancies", () => {
    expect(vacant.columns.map((column) => column.header)).toEqual([
      "Capability \\ Department",
      "Vacant FTE",
      "Ops",
      "Data",
      "Design",
    ]);
    expect(vacant.rows).toEqual([["Retention", 1, null, 1, null]]);
  });

  it("flags zeros and single holders, and shades the department cells on a colour scale", () => {
    expect(filled.conditionalFormats).toEqual([
      { column: 4, kind: "numberEquals", value: 0, style: { fill: "#FFC7CE", font: "#9C0006" } },
      { column: 4, kind: "numberEquals", value: 1, style: { fill: "#FFEB9C", font: "#9C5700" } },
      { column: 5, kind: "numberEquals", value: 0, style: { fill: "#FFC7CE", font: "#9C0006" } },
      { column: 7, lastColumn: 9, kind: "colorScale", colors: ["#FFFFFF", "#63BE7B"] },
    ]);
    expect(vacant.conditionalFormats).toEqual([
      { column: 2, lastColumn: 4, kind: "colorScale", colors: ["#FFFFFF", "#F4B183"] },
    ]);
    expect(filled.columns.slice(5).every((column) => column.numberFormat === "0.0")).toBe(true);
    // 2 notes, a blank row, the title, the header; and the capability names.
    expect(layoutSheetSpec(spec)).toMatchObject({ frozenRows: 5, frozenColumns: 1 });
  });

  it("says where the catalogue comes from", () => {
    expect(spec.notes?.[0]).toBe(
      `Capability catalogue: the default operations-center catalogue (${analysis.catalogue.capabilities.length} capabilities) · departments: 3`,
    );
    const capabilities = grid("Catalogue", 1, 1, [
      ["Capability", "Area", "Owner department"],
      ["Incident response", "Tech", "Ops"],
    ]);
    const own = analyzeWorkbook({ positions: POSITIONS, capabilities }, { lang: "en" });
    expect(coverageSheet(own, "en").notes?.[0]).toBe(
      "Capability catalogue: the workbook's table on “Catalogue” (1 capabilities) · departments: 3",
    );
    expect(tableBlock(coverageSheet(own, "en"), COVERAGE_TABLES.filled).rows[0].slice(0, 3)).toEqual([
      "Incident response",
      "Tech",
      "Ops",
    ]);
  });

  it("is in Chinese for Chinese users, a blank department named as such", () => {
    const noDepartment = grid("岗位表", 1, 1, [
      ["岗位编号", "汇报对象", "姓名", "部门", "职责"],
      ["P1", "", "王芳", "", "拉新"],
    ]);
    const zh = coverageSheet(analyzeWorkbook({ positions: noDepartment }, { lang: "zh-CN" }), "zh-CN");
    const table = tableBlock(zh, COVERAGE_TABLES.filled);
    expect(zh.name).toBe("职责覆盖");
    expect(table.title).toBe("在职编制（按部门）");
    expect(table.columns.map((column) => column.header)).toEqual([
      "职责 \\ 部门",
      "领域",
      "主责部门",
      "所需人数",
      "承担人数",
      "在职编制",
      "空缺编制",
      "（未填部门）",
    ]);
    expect(table.rows[0]).toEqual(["拉新", "用户运营", null, 2, 1, 1, 0, 1]);
  });

  it("is never read back as a Capabilities or Departments table", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      for (const block of blocksOf(coverageSheet(sampleAnalysis(lang).analysis, lang))) {
        const headers = block.columns.map((column) => column.header);
        expect(scoreSupportTableHeader("capabilities", headers)).toBe(0);
        expect(scoreSupportTableHeader("departments", headers)).toBe(0);
      }
    }
  });
});

describe("coverageSheet(analysis, lang) on the sample", () => {
  it("has one row per capability and one column per department, FTE adding up to the totals", () => {
    const { analysis } = sampleAnalysis("en");
    const spec = coverageSheet(analysis, "en");
    const filled = tableBlock(spec, COVERAGE_TABLES.filled);
    const departments = analysis.coverage.matrix.departments;
    expect(departments).toHaveLength(9);
    expect(filled.columns).toHaveLength(7 + 9);
    expect(filled.rows).toHaveLength(analysis.catalogue.capabilities.length);
    for (const row of filled.rows) {
      const byDepartment = (row.slice(7) as (number | null)[]).reduce<number>((sum, fte) => sum + (fte ?? 0), 0);
      expect(byDepartment).toBeCloseTo(row[5] as number, 6);
    }
    for (const row of tableBlock(spec, COVERAGE_TABLES.vacant).rows) {
      const byDepartment = (row.slice(2) as (number | null)[]).reduce<number>((sum, fte) => sum + (fte ?? 0), 0);
      expect(byDepartment).toBeCloseTo(row[1] as number, 6);
      expect(row[1]).toBeGreaterThan(0);
    }
  });
});
