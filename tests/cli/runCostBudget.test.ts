import { writeFileSync } from "node:fs";
import { runCli } from "../../src/cli/runCli";
import { BUDGET_POSITIONS, BUDGET_RATES, budgetWorkbookBytes } from "../fixtures/budgetWorkbook";
import { makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function cli(args: string[], lang = "en_US.UTF-8") {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { LANG: lang }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function budgetFile(): Promise<string> {
  const file = temp.file("budget.xlsx");
  writeFileSync(file, await budgetWorkbookBytes());
  return file;
}

describe("orgwright cost with a Budget table", () => {
  test("JSON: a `budget` object with the variance, and the budget's findings among the findings", async () => {
    const { code, stdout, stderr } = await cli(["cost", await budgetFile(), "--year", "2026"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // Hand-computed in tests/fixtures/budgetWorkbook.ts.
    expect(json.budget.total).toEqual({
      actualCost: 369600,
      budgetCost: 300000,
      costVariance: 69600,
      volumeEffect: 30000,
      rateEffect: 39600,
      unsplit: 0,
    });
    expect(json.budget.months).toHaveLength(12);
    const ops = json.budget.departments[0];
    expect(ops.months[6]).toEqual({
      month: "2026-07",
      actualHeadcount: 3,
      budgetHeadcount: 2,
      headcountVariance: 1,
      actualCost: 30800,
      budgetCost: 20000,
      costVariance: 10800,
      volumeEffect: 10000,
      rateEffect: 800,
      overHeadcount: true,
      overCost: true,
    });
    expect(json.budget.unmatched).toEqual([{ name: "市场部", by: "department", rows: [15] }]);
    const codes = json.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["OVER_BUDGET_HEADCOUNT", "OVER_BUDGET_COST", "BUDGET_UNMATCHED"]));
  });

  test("text: a short budget table and the total's split", async () => {
    const { stdout } = await cli(["cost", await budgetFile(), "--year", "2026", "--format", "text"]);
    expect(stdout).toContain("Budget against plan (“预算”), variance = actual − budget:");
    expect(stdout).toContain(
      "  Ops | Jan–Dec 2026 | 2.5/2 | 303,600.00 | 240,000.00 | +63,600.00 (+60,000.00 +3,600.00) ← over",
    );
    expect(stdout).toContain(
      "  Finance | Jan–Dec 2026 | 1/2 | 66,000.00 | 60,000.00 | +6,000.00 (-30,000.00 +36,000.00) ← over",
    );
    expect(stdout).toContain("Total variance +69,600.00 = volume +30,000.00 + rate +39,600.00");
  });

  test("text in Chinese", async () => {
    const { stdout } = await cli(["cost", await budgetFile(), "--year", "2026", "--format", "text", "--lang", "zh-CN"]);
    expect(stdout).toContain("预算对比（“预算”），差异 = 实际 − 预算：");
    expect(stdout).toContain("  Ops | 2026年1–12月 | 2.5/2 |");
    expect(stdout).not.toMatch(/FTE/);
  });

  test("a workbook without a Budget table has no `budget` object", async () => {
    const file = temp.file("plain.xlsx");
    await writeXlsxFile(file, (book) => {
      book.addWorksheet("Positions").addRows(BUDGET_POSITIONS);
      book.addWorksheet("Rates").addRows(BUDGET_RATES);
    });
    const { stdout } = await cli(["cost", file, "--year", "2026"]);
    const json = JSON.parse(stdout);
    expect(json.total).toBe(369600);
    expect(json.budget).toBeUndefined();
  });
});
