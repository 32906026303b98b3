import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { isPercentHeader } from "../../../src/core/columns/percentHeader";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { makeGrid } from "../makeGrid";

describe("an FTE column in percent", () => {
  it("knows the headers that say percent", () => {
    for (const header of ["FTE %", "FTE (%)", "FTE Percent", "FTE pct", "工时占比", "编制比例（%）", "FTE％"])
      expect(isPercentHeader(header)).toBe(true);
    for (const header of ["FTE", "编制", "Headcount FTE", "Number of Posts in FTE"])
      expect(isPercentHeader(header)).toBe(false);
  });

  it("reads 100 and 50 under “FTE %” as 1 and 0.5 FTE, fractions and 80% as they are, with an info finding", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["Position ID", "Title", "Reports To", "Name", "FTE %"],
        [
          ["1", "CEO", null, "Ann", 100],
          ["2", "CFO", "1", "Bob", "50"],
          ["3", "Dev", "1", "Cy", "80%"],
          ["4", "Ops", "1", "Di", 0.6],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => p.fte)).toEqual([1, 0.5, 0.8, 0.6]);
    const finding = analysis.findings.find((f) => f.code === "FTE_PERCENT")!;
    expect(finding).toMatchObject({ severity: "info", rows: [1] });
    expect(localizeFinding(finding, "en").message).toContain("“FTE %”");
    expect(localizeFinding(finding, "zh-CN").message).toContain("百分数");
  });

  it("leaves an FTE column without a percent header as it reads", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(["Position ID", "Title", "Reports To", "FTE"], [["1", "CEO", null, 2]]),
    });
    expect(analysis.model.positions[0].fte).toBe(2);
    expect(analysis.findings.map((f) => f.code)).not.toContain("FTE_PERCENT");
  });
});
