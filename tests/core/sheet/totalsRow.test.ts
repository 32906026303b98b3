import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { isTotalsLabel } from "../../../src/core/sheet/totalsRow";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "FTE", "Salary"];

describe("totals rows", () => {
  it("knows the labels in English and Chinese, whatever the case, spacing or colon, and no ID", () => {
    for (const label of [
      "Total",
      "TOTAL",
      "Grand Total",
      "Subtotal",
      "Total:",
      "Sum",
      "合计",
      "合计：",
      "总计",
      "小计",
      "汇总",
    ])
      expect(isTotalsLabel(label)).toBe(true);
    for (const text of ["T001", "S12", "Totally", "Total Rewards Manager", "P1", "总经理", "", "SUM-1"])
      expect(isTotalsLabel(text)).toBe(false);
  });

  it("leaves a totals row out of the org (ID cell “Total” or “合计”, or a blank ID and “Total” further on), with an info finding on its row", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", null, "Ann", 1, "120,000"],
      ["2", "CFO", "1", "Bob", 1, "80,000"],
      ["小计", null, null, null, 2, "200,000"],
      ["3", "COO", "1", "Cy", 1, "90,000"],
      [null, "Total", null, null, 3, "290,000"],
      ["合计", null, null, null, 3, "290,000"],
    ]);
    const analysis = analyzeWorkbook({ positions: grid });
    expect(analysis.model.positions.map((p) => p.id)).toEqual(["1", "2", "3"]);
    expect(analysis.model.roots).toHaveLength(1);
    const totals = analysis.findings.filter((f) => f.code === "TOTALS_ROW");
    expect(totals.map((f) => f.rows)).toEqual([[4], [6], [7]]);
    expect(totals.every((f) => f.severity === "info")).toBe(true);
    expect(analysis.findings.map((f) => f.code)).not.toContain("MISSING_ID");
    expect(analysis.accounting).toMatchObject({ rowsRead: 6, positions: 3, rowsOnlyInFindings: 3 });
    expect(localizeFinding(totals[2], "en").message).toContain("Row 7 (“合计”) is a totals row");
    expect(localizeFinding(totals[2], "zh-CN").message).toContain("第 7 行（“合计”）是合计行");
    // The year's cost counts each position once.
    const cost = costHeadcount({ analysis, positions: grid }, { settings: { year: 2026 }, defaultRates: [] });
    expect(Math.round(cost.total / 10_000)).toBe(290_000); // ticks of 1/10,000
  });

  it("keeps a row labelled like a total that reports to someone or names a holder: a position", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", null, "Ann", 1, 100],
      ["Sum", "Analyst", "1", null, 1, 100],
      ["Total", "Analyst", null, "Bo", 1, 100],
    ]);
    const analysis = analyzeWorkbook({ positions: grid });
    expect(analysis.model.positions.map((p) => p.id)).toEqual(["1", "Sum", "Total"]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("TOTALS_ROW");
  });
});
