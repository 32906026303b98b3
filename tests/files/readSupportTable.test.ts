import { gridFromSheetSpec } from "../../src/core/sheet/gridFromSheetSpec";
import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { workbookReport } from "../../src/core/report/workbookReport";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { sampleAnalysis } from "../core/report/reportFixtures";
import { makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";
import type ExcelJS from "exceljs";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function open(bytes: Uint8Array, name: string): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}`);
  return opened.source;
}

function addTable(sheet: ExcelJS.Worksheet, name: string, ref: string, rows: (string | number)[][]): void {
  sheet.addTable({
    name,
    ref,
    headerRow: true,
    columns: rows[0].map((header) => ({ name: String(header) })),
    rows: rows.slice(1),
  });
}

const POSITIONS_EN = [
  ["Position ID", "Title", "Department", "Reports To", "Name", "Capabilities"],
  ["P1", "Director", "Operations", "", "Ann", "Acquisition"],
];
const CAPABILITIES_EN = [
  ["Capability", "Area", "Required holders", "Owner department"],
  ["Acquisition", "User ops", 2, "Operations"],
  ["Incident response", "Tech", 3, "Tech Support"],
];
const DEPARTMENTS_EN = [
  ["Department", "Parent", "Head position", "Needs support from", "Partner"],
  ["Operations", "", "P1", "Data Analysis", ""],
];
const CAPABILITIES_ZH = [
  ["职责", "领域", "所需人数", "主责部门"],
  ["拉新", "用户运营", 2, "运营部门"],
];
const DEPARTMENTS_ZH = [
  ["部门", "上级部门", "负责人岗位", "需要支持的部门"],
  ["运营部门", "", "P1", "数据分析部门"],
];

describe("FileWorkbookSource.readSupportTable(kind)", () => {
  it("reads the Capabilities and Departments tables of an .xlsx (English headers)", async () => {
    const bytes = await writeXlsxFile(temp.file("en.xlsx"), (workbook) => {
      addTable(workbook.addWorksheet("Positions"), "Positions", "A1", POSITIONS_EN);
      addTable(workbook.addWorksheet("Capabilities"), "tblCapabilities", "B3", CAPABILITIES_EN);
      addTable(workbook.addWorksheet("Departments"), "tblDepartments", "A1", DEPARTMENTS_EN);
    });
    const source = await open(bytes, "en.xlsx");
    expect(await source.readSupportTable("capabilities")).toEqual({
      ok: true,
      grid: {
        sheetName: "Capabilities",
        tableName: "tblCapabilities",
        firstRow: 3,
        firstColumn: 2,
        rows: CAPABILITIES_EN,
      },
    });
    const departments = await source.readSupportTable("departments");
    expect(departments).toMatchObject({
      ok: true,
      grid: { sheetName: "Departments", tableName: "tblDepartments", firstRow: 1, firstColumn: 1 },
    });
    expect(departments?.ok && departments.grid.rows[1].slice(0, 4)).toEqual([
      "Operations",
      null,
      "P1",
      "Data Analysis",
    ]);
  });

  it("reads them with Chinese headers, from a sheet's used range when they are not tables", async () => {
    const bytes = await writeXlsxFile(temp.file("zh.xlsx"), (workbook) => {
      workbook.addWorksheet("岗位表").addRows([
        ["岗位编号", "汇报对象"],
        ["P1", ""],
      ]);
      addTable(workbook.addWorksheet("职责表"), "职责", "A1", CAPABILITIES_ZH);
      const departments = workbook.addWorksheet("部门表");
      departments.getCell("A1").value = "部门支持关系";
      departments.getRow(3).values = DEPARTMENTS_ZH[0];
      departments.getRow(4).values = DEPARTMENTS_ZH[1];
    });
    const source = await open(bytes, "zh.xlsx");
    expect(await source.readSupportTable("capabilities")).toEqual({
      ok: true,
      grid: { sheetName: "职责表", tableName: "职责", firstRow: 1, firstColumn: 1, rows: CAPABILITIES_ZH },
    });
    expect(await source.readSupportTable("departments")).toEqual({
      ok: true,
      grid: {
        sheetName: "部门表",
        firstRow: 1,
        firstColumn: 1,
        rows: [["部门支持关系"], [], DEPARTMENTS_ZH[0], ["运营部门", null, "P1", "数据分析部门"]],
      },
    });
  });

  it("gives undefined for a workbook without them, and for a CSV file", async () => {
    const bytes = await writeXlsxFile(temp.file("none.xlsx"), (workbook) => {
      addTable(workbook.addWorksheet("Positions"), "Positions", "A1", POSITIONS_EN);
      workbook.addWorksheet("Notes").addRows([["Department notes"], ["none yet"]]);
    });
    const source = await open(bytes, "none.xlsx");
    expect(await source.readSupportTable("capabilities")).toBeUndefined();
    expect(await source.readSupportTable("departments")).toBeUndefined();

    const csv = await open(
      writeBytesFile(temp.file("org.csv"), "Position ID,Reports To,Department\nP1,,Ops\n"),
      "org.csv",
    );
    expect(await csv.readSupportTable("departments")).toBeUndefined();
  });

  it("finds the sample's Departments table before and after the workbook is saved, and never the Coverage sheet", async () => {
    const specs = operationsCenterWorkbook("zh-CN");
    const sample = FileWorkbookSource.fromSheetSpecs("sample.xlsx", specs);
    const expected = { ...gridFromSheetSpec(specs[1]), sheetName: "部门表", tableName: "Departments" };
    expect(await sample.readSupportTable("departments")).toEqual({ ok: true, grid: expected });
    expect(await sample.readSupportTable("capabilities")).toBeUndefined();

    const { analysis } = sampleAnalysis("zh-CN");
    for (const spec of workbookReport(analysis, "zh-CN", { positionsSheet: "岗位表" })) await sample.writeSheet(spec);
    expect(await sample.listSheets()).toEqual(["岗位表", "部门表", "组织检查", "职责覆盖"]);
    expect(await sample.readSupportTable("capabilities")).toBeUndefined();
    // Now held by exceljs, not as specs: the same table (rows end at their last value).
    const trimmed = expected.rows.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      return row.slice(0, end);
    });
    expect(await sample.readSupportTable("departments")).toEqual({ ok: true, grid: { ...expected, rows: trimmed } });

    const reopened = await open(await sample.toXlsx(), "sample.xlsx");
    const departments = await reopened.readSupportTable("departments");
    expect(departments).toMatchObject({
      ok: true,
      grid: { sheetName: "部门表", tableName: "Departments", firstRow: 1 },
    });
    expect(departments?.ok && departments.grid.rows.length).toBe(expected.rows.length);
    expect(await reopened.readSupportTable("capabilities")).toBeUndefined();
  });
});
