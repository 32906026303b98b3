import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { decimalCommaRow } from "../../../src/core/cells/decimalComma";
import { readDecimalCommaText } from "../../../src/core/cells/parseNumber";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "FTE", "Salary"];

describe("sheets that write decimals with a comma (most of Europe; `;`-separated CSV)", () => {
  it("rewrites decimal-comma number text with a decimal point and no grouping", () => {
    expect(readDecimalCommaText("120.000,50")).toBe("120000.50");
    expect(readDecimalCommaText("80.000")).toBe("80000");
    expect(readDecimalCommaText("0,5")).toBe("0.5");
    expect(readDecimalCommaText("€ 1.234.567,89")).toBe("€1234567.89");
    expect(readDecimalCommaText("Vacant")).toBe("Vacant");
  });

  it("tells a decimal-comma sheet from one with decimal points or only thousands separators", () => {
    const rows = (salaries: string[]) => [HEADER, ...salaries.map((s, i) => [String(i), "T", "", "N", "1", s])];
    expect(decimalCommaRow(rows(["80.000", "120.000,50"]), 1, [4, 5])).toBe(2);
    expect(decimalCommaRow(rows(["80.000", "0,5"]), 1, [5])).toBe(2);
    expect(decimalCommaRow(rows(["80,000", "95,000.50"]), 1, [5])).toBeUndefined();
    expect(decimalCommaRow(rows(["120.000,50", "0.5"]), 1, [5])).toBeUndefined();
    expect(decimalCommaRow(rows(["80,000", "1,200"]), 1, [5])).toBeUndefined();
    expect(decimalCommaRow(rows(["80.000", "90.000"]), 1, [5])).toBeUndefined();
  });

  it("reads 80.000 as 80,000 on a sheet that writes 120.000,50 and 0,5, and says so on the row that shows it", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["1", "CEO", null, "Ann", "1", "120.000,50"],
        ["2", "CFO", "1", "Bob", "0,5", "80.000"],
        ["3", "Dev", "1", "Cy", "1", "55.000"],
      ]),
    });
    expect(analysis.model.positions.map((p) => [p.fte, p.baseSalary])).toEqual([
      [1, 120000.5],
      [0.5, 80000],
      [1, 55000],
    ]);
    const finding = analysis.findings.find((f) => f.code === "DECIMAL_COMMA")!;
    expect(finding).toMatchObject({ severity: "info", rows: [2] });
    expect(localizeFinding(finding, "en").message).toContain("row 2: “120.000,50”");
    expect(localizeFinding(finding, "zh-CN").message).toContain("第 2 行");
  });

  it("leaves a sheet of numbers as Excel hands them, and one with decimal points, as it was", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["1", "CEO", null, "Ann", 1, 120000.5],
        ["2", "CFO", "1", "Bob", "0.5", "80.000"],
      ]),
    });
    expect(analysis.model.positions.map((p) => p.baseSalary)).toEqual([120000.5, 80]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("DECIMAL_COMMA");
  });
});
