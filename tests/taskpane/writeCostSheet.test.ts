import ExcelJS from "exceljs";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { openWorkbookFile } from "../../src/files";
import { loadWorkbook } from "../../src/pipeline/loadWorkbook";
import { writeCostSheet, writeReportSheets } from "../../src/taskpane/writeReportSheets";
import { FakeWorkbook, type FakeValue } from "../excel/fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "../excel/fakeExcel/mockExcelContext";
import { addCostSheets, COST_FX, COST_POSITIONS } from "../fixtures/costWorkbook";
import { loadXlsx } from "../fixtures/workbookFiles";

/** The fixture's cells as Excel holds them: dates as serials, blanks as "". */
function excelCells(rows: ExcelJS.CellValue[][]): FakeValue[][] {
  return rows.map((row) =>
    row.map((value) =>
      value instanceof Date
        ? value.getTime() / 86_400_000 + 25_569
        : value === null || value === undefined
          ? ""
          : (value as FakeValue),
    ),
  );
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the pane writes the Headcount cost sheet (Write cost sheet, the Cost tab)", () => {
  it("in Excel: live formulas over the user's table by its real name, beside (never over) a user's sheet of that name", async () => {
    const book = new FakeWorkbook(["Positions", "FX", "Headcount cost"]);
    book.putTable("Positions", "Staff", "A1", excelCells(COST_POSITIONS));
    book.putCells("FX", "A1", excelCells(COST_FX));
    book.putCells("Headcount cost", "A1", [["my own cost notes"]]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const read = await loadWorkbook(excel, { lang: "en" });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.loaded.cost?.costed.every((costed) => costed === 1)).toBe(true);

    const written = await writeCostSheet(excel, read.loaded, { lang: "en" });

    expect(written).toEqual([{ sheetName: "Headcount cost (2)", replaced: false }]);
    expect(book.values("Headcount cost")).toEqual([["my own cost notes"]]);
    const formulas = book
      .values("Headcount cost (2)")
      .flatMap((row, r) =>
        row.map((_, c) => book.sheet("Headcount cost (2)").rows[r]?.[c]?.formula).filter((f): f is string => !!f),
      );
    for (const expected of [
      "INDEX(Staff[Base Salary],",
      "=N(INDEX(Staff[Bonus %],",
      "=ROUND(N(INDEX(Staff[Allowances],",
      "=INT(N(INDEX(Staff[Start Date],",
      "=ROUND('FX'!$B$2,8)",
      "SUMPRODUCT(",
    ])
      expect(formulas.some((formula) => formula.includes(expected))).toBe(true);
    // The reconciliation compares the formulas' total with the pane's (the Office.js fake does not calculate).
    const rows = book.values("Headcount cost (2)");
    expect(rows.find((row) => row[0] === "Orgwright's total (pane and orgwright cost)")?.[1]).toBe(
      Math.round(read.loaded.cost!.total / 100) / 100,
    );
    // The Write report button's sheets are unchanged: Org checks and Coverage only.
    const report = await writeReportSheets(excel, read.loaded, { lang: "en" });
    expect(report.map((sheet) => sheet.sheetName)).toEqual(["Org checks", "Coverage"]);

    // Writing again replaces the add-in's own sheet in place; the user's stays.
    expect(await writeCostSheet(excel, read.loaded, { lang: "en" })).toEqual([
      { sheetName: "Headcount cost (2)", replaced: true },
    ]);
    expect(book.sheetNames().filter((name) => name.startsWith("Headcount cost"))).toEqual([
      "Headcount cost",
      "Headcount cost (2)",
    ]);
    expect(book.values("Headcount cost")).toEqual([["my own cost notes"]]);
  });

  it("in the browser (a file): the sheet in the saved .xlsx, in Chinese, beside the user's 人力成本", async () => {
    const workbook = new ExcelJS.Workbook();
    addCostSheets(workbook, "Staff");
    workbook.addWorksheet("人力成本").addRow(["我的成本备注"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const opened = await openWorkbookFile(bytes, "org.xlsx");
    if (!opened.ok) throw new Error(opened.problem.code);
    const read = await loadWorkbook(opened.source, { lang: "zh-CN" });
    if (!read.ok) throw new Error(read.problem.code);

    const written = await writeCostSheet(opened.source, read.loaded, { lang: "zh-CN" });

    expect(written).toEqual([{ sheetName: "人力成本 (2)", replaced: false }]);
    const saved = await loadXlsx(await opened.source.toXlsx());
    expect(saved.getWorksheet("人力成本")!.getCell("A1").value).toBe("我的成本备注");
    const sheet = saved.getWorksheet("人力成本 (2)")!;
    const formulas: string[] = [];
    let total: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "合计") total = (row.getCell(14).value as { result?: unknown }).result;
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string };
        if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
      });
    });
    expect(formulas).toContain("N(INDEX(Staff[Bonus %],10))");
    expect(formulas).toContain("ROUND('FX'!$B$3,8)");
    expect(formulas.join("\n")).not.toMatch(/XLOOKUP|LET\(|LAMBDA|FILTER\(/);
    // The grand total cached is the pane's total.
    expect(Math.round(Number(total) * 100)).toBe(Math.round(read.loaded.cost!.total / 100));
  });
});
