import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { budgetVarianceJson } from "../../../src/core/budget/budgetJson";
import { openWorkbookFile } from "../../../src/files";
import { loadWorkbook } from "../../../src/pipeline/loadWorkbook";
import { budgetWorkbookBytes } from "../../fixtures/budgetWorkbook";

async function load(lang: "en" | "zh-CN") {
  const opened = await openWorkbookFile(await budgetWorkbookBytes(), "budget.xlsx");
  if (!opened.ok) throw new Error(opened.problem.code);
  const result = await loadWorkbook(opened.source, { lang, costSettings: { year: 2026 } });
  if (!result.ok) throw new Error(result.problem.code);
  return result.loaded;
}

describe("a Budget table in a real .xlsx, read through the file adapter and the pipeline", () => {
  test("the variance is computed beside the cost, and its findings join the cost's", async () => {
    const loaded = await load("en");
    expect(loaded.budget).toBeDefined();
    const json = budgetVarianceJson(loaded.budget!);
    expect(json.sheet).toBe("预算");
    expect(json.departments.map((d) => [d.name, d.year.basis, d.year.costVariance])).toEqual([
      ["Ops", "months", 63600],
      ["Finance", "annual", 6000],
    ]);
    const july = json.departments[0].months[6];
    expect([july.actualCost, july.budgetCost, july.volumeEffect, july.rateEffect]).toEqual([30800, 20000, 10000, 800]);
    expect(json.total).toEqual({
      actualCost: 369600,
      budgetCost: 300000,
      costVariance: 69600,
      volumeEffect: 30000,
      rateEffect: 39600,
      unsplit: 0,
    });
    expect(json.unmatched).toEqual([{ name: "市场部", by: "department", rows: [15] }]);
    const codes = loaded.cost!.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["OVER_BUDGET_HEADCOUNT", "OVER_BUDGET_COST", "BUDGET_UNMATCHED"]));
    const unmatched = loaded.cost!.findings.find((f) => f.code === "BUDGET_UNMATCHED")!;
    expect(unmatched).toMatchObject({ rows: [15], sheet: "预算" });
  });

  test("in Chinese", async () => {
    const loaded = await load("zh-CN");
    const messages = loaded.cost!.findings.map((f) => findingMessage(f, "zh-CN"));
    expect(messages).toContain("Ops在2026年7–12月的编制超出预算：最多时实际 3 个，预算 2 个（超出 1 个）。");
    expect(messages).toContain("“预算”第 15 行的预算“市场部”（部门）在岗位表中找不到对应部门，这 1 行预算未参与比较。");
  });
});
