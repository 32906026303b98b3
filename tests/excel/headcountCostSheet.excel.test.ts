import { generateOrg } from "../../bench/generateOrg";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { costHeadcount } from "../../src/core/cost/costHeadcount";
import { headcountCostSheet } from "../../src/core/report/headcountCostSheet";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { EXCEL_PAYLOAD_LIMIT_BYTES, FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

describe("the Headcount cost sheet written through Office.js", () => {
  it("writes live formulas (the positions table by its real table name) in requests each under 5 MB", async () => {
    const { grid } = generateOrg(3_000, 7);
    const positions = { ...grid, tableName: "Staff_2" }; // the table's real name in the workbook
    const analysis = analyzeWorkbook({ positions }, { lang: "zh-CN" });
    const cost = costHeadcount({ analysis, positions }, { settings: { year: 2025, currency: "CNY" } });
    const spec = headcountCostSheet({ analysis, positions }, cost, "zh-CN");
    const book = new FakeWorkbook(["Positions"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));

    const result = await excel.writeSheet(spec);

    expect(result.sheetName).toBe("人力成本");
    const values = book.values("人力成本");
    // The Total row is labelled 合计; month cells are formulas over the table by its real name.
    const totalRow = values.findIndex((row) => row[0] === "合计");
    expect(totalRow).toBeGreaterThan(0);
    const text: string[] = [];
    for (let row = 1; row <= values.length; row++)
      for (const column of ["B", "E"]) {
        const formula = book.cell("人力成本", `${column}${row}`)?.formula;
        if (formula) text.push(formula);
      }
    expect(text.some((formula) => formula.includes("INDEX(Staff_2[Base Salary],"))).toBe(true);
    expect(text.filter((formula) => formula.includes("SUMPRODUCT(")).length).toBeGreaterThan(2_000);
    const written = book.requests.reduce((sum, request) => sum + request.requestBytes, 0);
    expect(written).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT_BYTES); // one request would have been refused
    for (const request of book.requests) expect(request.requestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    // The figure docs/benchmarks.md records (cell data per position row, all blocks of the sheet).
    console.log(
      `Headcount cost sheet, ${analysis.model.positions.length} positions: ${written} bytes in ${book.requests.length} requests ` +
        `(largest ${Math.max(...book.requests.map((request) => request.requestBytes))}); ` +
        `${Math.round(written / analysis.model.positions.length)} bytes per position`,
    );
  }, 180_000);
});
