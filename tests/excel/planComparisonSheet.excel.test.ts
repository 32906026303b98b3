import { loadComparedSides } from "../../src/cli/loadComparedSides";
import { comparePlans } from "../../src/core/compare/planComparison";
import { headcountCostSheet } from "../../src/core/report/headcountCostSheet";
import { PLAN_COMPARISON_TABLE, planComparisonSheet } from "../../src/core/report/planComparisonSheet";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { translatorFor } from "../../src/i18n";
import { writeOneWorkbook } from "../cli/compareFixtures";
import { makeTempDir } from "../fixtures/workbookFiles";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const temp = makeTempDir();
afterAll(() => temp.remove());

describe("the Plan comparison sheet written through Office.js", () => {
  it("writes the same spec as the file adapter: live summary formulas, links to both tables, the change table", async () => {
    const file = temp.file("one.xlsx");
    await writeOneWorkbook(file);
    const command = {
      kind: "compare" as const,
      baseline: file,
      plan: file,
      sheet: "Positions",
      planSheet: "Plan 2026",
      format: "json" as const,
      settings: { year: 2025 },
    };
    const sides = await loadComparedSides(command, translatorFor("zh-CN"));
    if (!sides.ok) throw new Error(sides.message);
    const { baseline, plan } = sides;
    const comparison = comparePlans(
      { analysis: baseline.loaded.analysis, cost: baseline.loaded.cost },
      { analysis: plan.loaded.analysis, cost: plan.loaded.cost },
    );

    // Excel holds the user's tables, and a sheet of the user's named like the add-in's comparison sheet.
    const book = new FakeWorkbook(["Positions", "Plan 2026", "方案对比"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const planCostSpec = {
      ...headcountCostSheet(
        { analysis: plan.loaded.analysis, positions: plan.read.positions, rates: plan.read.support.rates },
        plan.loaded.cost!,
        "zh-CN",
      ),
      name: "方案人力成本",
    };
    const planCost = await excel.writeSheet(planCostSpec);
    const spec = planComparisonSheet(
      {
        comparison,
        baseline: { label: "Excel", analysis: baseline.loaded.analysis, grid: baseline.read.positions },
        plan: { label: "Excel", analysis: plan.loaded.analysis, grid: plan.read.positions },
        costSheets: { plan: { spec: planCostSpec, sheetName: planCost.sheetName } },
      },
      "zh-CN",
    );
    const result = await excel.writeSheet(spec);

    expect(result.sheetName).toBe("方案对比 (2)");
    expect(book.values("方案对比")).toEqual([]); // the user's sheet is left as it was (empty)
    const values = book.values("方案对比 (2)");
    const formulas: string[] = [];
    values.forEach((row, r) =>
      row.forEach((_, c) => {
        const formula = book.cell("方案对比 (2)", `${String.fromCharCode(65 + c)}${r + 1}`)?.formula;
        if (formula) formulas.push(formula);
      }),
    );
    expect(formulas).toEqual(
      expect.arrayContaining([
        "=COUNTA(Staff[Position ID])",
        "=COUNTA('Plan 2026'!$A$2:$A$7)",
        "=ROUND(SUM(Staff[FTE]),6)",
        `=HYPERLINK("#'Plan 2026'!A6",6)`,
        `=HYPERLINK("#'Positions'!A4",4)`,
      ]),
    );
    expect(formulas.some((formula) => formula.includes("'方案人力成本'!$N$"))).toBe(true);
    // The change list is an Excel table; the headers are Chinese (编制, never FTE).
    expect(book.tables.map((table) => table.name)).toContain(PLAN_COMPARISON_TABLE);
    const texts = values.flat().filter((value): value is string => typeof value === "string");
    expect(texts).toEqual(expect.arrayContaining(["汇总", "编制", "变化明细", "新增", "删除", "调整汇报"]));
    expect(texts.join("\n")).not.toMatch(/FTE/);
  });
});
