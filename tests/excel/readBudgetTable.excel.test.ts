import { readBudgetTable } from "../../src/core/budget/budgetTable";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const POSITIONS: FakeValue[][] = [
  ["Position ID", "Title", "Department", "Reports To", "Name", "Base Salary"],
  ["P1", "Director", "Operations", "", "Ann", 120000],
];
const DEPARTMENTS: FakeValue[][] = [
  ["Department", "Parent", "Head position", "Needs support from"],
  ["Operations", "", "P1", ""],
];
/** The Budget table with Chinese headers and a month as Excel holds a date: a serial number (46082 = 2026-03-01). */
const BUDGET: FakeValue[][] = [
  ["部门", "月份", "编制", "预算"],
  ["Operations", 46082, 2, 20000],
  ["Operations", "", 2, 240000],
];

describe("the Excel adapter reads the Budget table through the support-table registry (no budget-specific code)", () => {
  it("finds it as an Excel table beside the positions and a Departments table that also has a Department column", async () => {
    const book = new FakeWorkbook(["Positions", "Departments", "预算"]);
    book.putTable("Positions", "Positions", "A1", POSITIONS);
    book.putTable("Departments", "tblDepartments", "A1", DEPARTMENTS);
    book.putTable("预算", "tblBudget", "B2", BUDGET);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const read = await excel.readSupportTable("budget");
    expect(read).toEqual({
      ok: true,
      grid: { sheetName: "预算", tableName: "tblBudget", firstRow: 2, firstColumn: 2, rows: BUDGET },
    });
    const table = readBudgetTable(read?.ok ? read.grid : undefined)!;
    expect(table.findings).toEqual([]);
    expect(table.lines.map((line) => [line.row, line.name, line.period, line.headcount, line.costTicks])).toEqual([
      [3, "Operations", { kind: "month", year: 2026, month: 3 }, 2, 200_000_000],
      [4, "Operations", { kind: "year" }, 2, 2_400_000_000],
    ]);
    // The Departments table is not read as a budget, nor the budget as a Departments table.
    const departments = await excel.readSupportTable("departments");
    expect(departments?.ok && departments.grid.tableName).toBe("tblDepartments");
  });

  it("a workbook without one: undefined", async () => {
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "Positions", "A1", POSITIONS);
    expect(await new ExcelWorkbookSource(fakeExcelRun(book)).readSupportTable("budget")).toBeUndefined();
  });
});
