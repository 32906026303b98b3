import { workbookReport } from "../../src/core/report/workbookReport";
import { SETTINGS_SHEET_NAME } from "../../src/core/sheet/workbookSource";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { sampleAnalysis } from "../core/report/reportFixtures";
import { FakeExcelError, FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const POSITIONS_EN: FakeValue[][] = [
  ["Position ID", "Title", "Department", "Reports To", "Name", "Capabilities"],
  ["P1", "Director", "Operations", "", "Ann", "Acquisition"],
  ["P2", "Analyst", "Data Analysis", "P1", "Bo", "Retention"],
];
const CAPABILITIES_EN: FakeValue[][] = [
  ["Capability", "Area", "Required holders", "Owner department", "English name", "Chinese name"],
  ["Acquisition", "User ops", 2, "Operations", "Acquisition", "拉新"],
  ["Incident response", "Tech", 3, "Tech Support", "Incident response", "故障响应"],
];
const DEPARTMENTS_EN: FakeValue[][] = [
  ["Department", "Parent", "Head position", "Needs support from", "Partner"],
  ["Operations", "", "P1", "Data Analysis", ""],
  ["Data Analysis", "Operations", "P2", "", ""],
];
const POSITIONS_ZH: FakeValue[][] = [
  ["岗位编号", "岗位名称", "部门", "汇报对象", "姓名", "职责"],
  ["P1", "运营总监", "运营部门", "", "张伟", "拉新"],
];
const CAPABILITIES_ZH: FakeValue[][] = [
  ["职责", "领域", "所需人数", "主责部门", "英文名称", "中文名称"],
  ["拉新", "用户运营", 2, "运营部门", "Acquisition", "拉新"],
];
const DEPARTMENTS_ZH: FakeValue[][] = [
  ["部门", "上级部门", "负责人岗位", "需要支持的部门", "对接人"],
  ["运营部门", "", "P1", "数据分析部门", ""],
];

function source(book: FakeWorkbook): ExcelWorkbookSource {
  return new ExcelWorkbookSource(fakeExcelRun(book));
}

describe("ExcelWorkbookSource.readSupportTable(kind)", () => {
  it("reads the Capabilities and Departments tables beside the positions (English headers)", async () => {
    const book = new FakeWorkbook(["Positions", "Capabilities", "Departments"]);
    book.putTable("Positions", "Positions", "A1", POSITIONS_EN);
    book.putTable("Capabilities", "tblCapabilities", "B3", CAPABILITIES_EN);
    book.putTable("Departments", "tblDepartments", "A1", DEPARTMENTS_EN);
    const excel = source(book);

    expect(await excel.readSupportTable("capabilities")).toEqual({
      ok: true,
      grid: {
        sheetName: "Capabilities",
        tableName: "tblCapabilities",
        firstRow: 3,
        firstColumn: 2,
        rows: CAPABILITIES_EN,
      },
    });
    expect(await excel.readSupportTable("departments")).toEqual({
      ok: true,
      grid: {
        sheetName: "Departments",
        tableName: "tblDepartments",
        firstRow: 1,
        firstColumn: 1,
        rows: DEPARTMENTS_EN,
      },
    });
  });

  it("reads them with Chinese headers, and from a sheet's used range when they are not tables", async () => {
    const book = new FakeWorkbook(["岗位表", "职责表", "部门表"]);
    book.putTable("岗位表", "Positions", "A1", POSITIONS_ZH);
    book.putTable("职责表", "Capabilities", "A1", CAPABILITIES_ZH);
    // A title above the header, no table: the sheet's used range, header found within the first rows.
    book.putCells("部门表", "A1", [["部门支持关系（2025）"], [""], ...DEPARTMENTS_ZH]);
    const excel = source(book);

    const capabilities = await excel.readSupportTable("capabilities");
    expect(capabilities).toEqual({
      ok: true,
      grid: { sheetName: "职责表", tableName: "Capabilities", firstRow: 1, firstColumn: 1, rows: CAPABILITIES_ZH },
    });
    const departments = await excel.readSupportTable("departments");
    expect(departments).toEqual({
      ok: true,
      grid: {
        sheetName: "部门表",
        firstRow: 1,
        firstColumn: 1,
        rows: [["部门支持关系（2025）", "", "", "", ""], ["", "", "", "", ""], ...DEPARTMENTS_ZH],
      },
    });
  });

  it("gives undefined when the workbook has neither table: the positions table is never taken for one", async () => {
    const book = new FakeWorkbook(["Positions", "Notes", SETTINGS_SHEET_NAME]);
    book.putTable("Positions", "Positions", "A1", POSITIONS_EN);
    book.putCells("Notes", "A1", [["Capability planning is next quarter"]]);
    // The settings sheet is never read as a table, whatever it holds.
    book.putCells(SETTINGS_SHEET_NAME, "A1", [["Department", "Needs support from"]]);
    const excel = source(book);
    expect(await excel.readSupportTable("capabilities")).toBeUndefined();
    expect(await excel.readSupportTable("departments")).toBeUndefined();
  });

  it("prefers a table over a sheet, and the best-scoring table", async () => {
    const book = new FakeWorkbook(["Raw", "Small", "Full"]);
    book.putCells("Raw", "A1", CAPABILITIES_EN);
    book.putTable("Small", "Small", "A1", [["Capability"], ["Acquisition"]]);
    book.putTable("Full", "Full", "A1", CAPABILITIES_EN);
    const read = await source(book).readSupportTable("capabilities");
    expect(read?.ok && read.grid.tableName).toBe("Full");
  });

  it("never takes the add-in's own Coverage sheet for the catalogue", async () => {
    const { analysis, positions } = sampleAnalysis("en");
    const book = new FakeWorkbook(["Positions"]);
    book.putTable(
      "Positions",
      "Positions",
      "A1",
      positions.rows.map((row) => row.map((cell) => (cell === null ? "" : (cell as FakeValue)))),
    );
    const excel = source(book);
    for (const spec of workbookReport(analysis, "en", { positionsSheet: "Positions" })) await excel.writeSheet(spec);
    expect(book.sheetNames()).toEqual(["Positions", "Org checks", "Coverage"]);
    expect(await excel.readSupportTable("capabilities")).toBeUndefined();
    expect(await excel.readSupportTable("departments")).toBeUndefined();
  });

  it("reports an Excel failure as a problem value", async () => {
    const book = new FakeWorkbook(["Positions"]);
    book.failingSync = { index: 0, error: new FakeExcelError("GeneralException", "Busy") };
    expect(await source(book).readSupportTable("departments")).toEqual({
      ok: false,
      problem: { code: "EXCEL_API_ERROR", detail: "GeneralException: Busy" },
    });
  });
});
