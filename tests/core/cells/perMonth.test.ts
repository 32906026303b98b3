import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { perMonthAmount } from "../../../src/core/cells/perMonth";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { readNumberCell } from "../../../src/core/model/readCells";
import { amount, costOf } from "../cost/costOrg";
import { makeGrid } from "../makeGrid";

describe("pay by the month typed in the annual salary column (12,000元/月, £2,500 per month)", () => {
  it("reads the amount of a cell that says a month, before or after it", () => {
    const read = (text: string) => perMonthAmount(text, readNumberCell);
    expect(read("12,000元/月")).toBe(12000);
    expect(read("¥12000/月")).toBe(12000);
    expect(read("£2,500 per month")).toBe(2500);
    expect(read("2500/mo")).toBe(2500);
    expect(read("$4,000 monthly")).toBe(4000);
    expect(read("月薪12000")).toBe(12000);
    expect(read("每月 8,000 元")).toBe(8000);
    expect(read("£2,000 pcm")).toBe(2000);
    expect(read("1.2万/月")).toBe(12000);
    expect(read("１２０００元／月")).toBe(12000); // full width
  });

  it("reads nothing from a cell that says no month, or no number", () => {
    const read = (text: string) => perMonthAmount(text, readNumberCell);
    expect(read("120,000")).toBeUndefined();
    expect(read("120,000元/年")).toBeUndefined();
    expect(read("monthly")).toBeUndefined();
    expect(read("lots/月")).toBeUndefined();
    expect(read("-500/月")).toBeUndefined();
    expect(perMonthAmount(12000, readNumberCell)).toBeUndefined();
  });

  const HEADER = ["Position ID", "Reports To", "Name", "Base Salary", "Currency", "Location"];
  const ROWS = [
    ["A", "", "Ann", 150000, "GBP", "Testville"],
    ["B", "A", "Bo", "£2,500 per month", "GBP", "Testville"],
    ["C", "A", "Cy", "12,345.67元/月", "GBP", "Testville"],
    ["D", "A", "Di", "lots", "GBP", "Testville"],
  ];

  it("reads them as 12 × the amount on its decimal value, and names their rows in one info finding", () => {
    const analysis = analyzeWorkbook({ positions: makeGrid(HEADER, ROWS) });
    expect(analysis.model.positions.map((p) => p.baseSalary)).toEqual([150000, 30000, 148148.04, null]);
    const finding = analysis.findings.find((f) => f.code === "SALARY_PER_MONTH")!;
    expect(finding).toMatchObject({ severity: "info", rows: [3, 4], ids: ["B", "C"], field: "baseSalary" });
    expect(localizeFinding(finding, "en").message).toBe(
      "2 cells of the salary column “Base Salary” give pay by the month (rows 3, 4; e.g. “£2,500 per month”): each is read as an annual base salary of 12 × the amount, not left at 0.",
    );
    expect(localizeFinding(finding, "zh-CN").message).toContain("第 3, 4 行");
    // A cell with no number at all is still a warning.
    const invalid = analysis.findings.filter((f) => f.code === "INVALID_NUMBER");
    expect(invalid.map((f) => f.rows)).toEqual([[5]]);
  });

  it("costs them as the same year typed as a number, to the cent", () => {
    const settings = { settings: { year: 2025, startMonth: 1 } };
    const typed = costOf(HEADER, ROWS.slice(0, 3), settings);
    const numbers = costOf(
      HEADER,
      [ROWS[0], ["B", "A", "Bo", 30000, "GBP", "Testville"], ["C", "A", "Cy", 148148.04, "GBP", "Testville"]],
      settings,
    );
    expect(amount(typed.total)).toBe(amount(numbers.total));
    expect(amount(typed.total)).toBeGreaterThan(150000 + 30000 + 148148.04 - 0.01);
  });

  it("reads them in a Monthly Salary column too (the month as written), without the finding", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["岗位编号", "汇报对象", "月薪"],
        [
          ["A", "", "12,000元/月"],
          ["B", "A", 8000],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => p.baseSalary)).toEqual([144000, 96000]);
    const codes = analysis.findings.map((f) => f.code);
    expect(codes).not.toContain("SALARY_PER_MONTH");
    expect(codes).not.toContain("INVALID_NUMBER");
  });

  it("reads a year's pay typed in a Monthly Salary column (144,000元/年, £30,000 p.a.) as the year, not 12 × it", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["岗位编号", "汇报对象", "月薪"],
        [
          ["A", "", "144,000元/年"],
          ["B", "A", 8000],
          ["C", "A", "£30,000 p.a."],
          ["D", "A", "12,000元"],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => p.baseSalary)).toEqual([144000, 96000, 30000, 144000]);
    const finding = analysis.findings.find((f) => f.code === "SALARY_PER_YEAR")!;
    expect(finding).toMatchObject({ severity: "info", rows: [2, 4], ids: ["A", "C"], field: "monthlySalary" });
    expect(localizeFinding(finding, "en").message).toBe(
      "2 cells of the monthly salary column “月薪” give a year's pay (rows 2, 4; e.g. “144,000元/年”): each is read as that annual base salary, not 12 × it.",
    );
    expect(localizeFinding(finding, "zh-CN").message).toContain("而不是再 × 12");
  });
});
