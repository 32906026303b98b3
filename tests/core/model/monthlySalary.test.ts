import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { annualOfMonthly, salaryColumnOf } from "../../../src/core/model/monthlySalary";
import { fieldColumnsOf } from "../../../src/core/model/fieldColumns";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { amount, costOf } from "../cost/costOrg";
import { makeGrid } from "../makeGrid";

describe("pay given by the month (月薪, Monthly Salary)", () => {
  it("is 12 × the month on its decimal value, to 1/10,000", () => {
    expect(annualOfMonthly(12345.67)).toBe(148148.04);
    expect(annualOfMonthly(30000)).toBe(360000);
    expect(annualOfMonthly(0.1)).toBe(1.2);
    expect(0.1 * 12).not.toBe(1.2); // what binary floating point gives
    expect(annualOfMonthly(8333.33)).toBe(99999.96);
  });

  it("reads a Chinese sheet's 月薪 column as the annual base salary, and says so on the header row", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["岗位编号", "职位", "汇报对象", "姓名", "月薪", "币种"],
        [
          ["A1", "总监", "", "王芳", 50000, "CNY"],
          ["A2", "经理", "A1", "李雷", "12,345.67", "CNY"],
          ["A3", "专员", "A1", "", null, "CNY"],
        ],
      ),
    });
    expect(analysis.columns.columnOf.monthlySalary).toBe(4);
    expect(analysis.model.positions.map((p) => p.baseSalary)).toEqual([600000, 148148.04, null]);
    const finding = analysis.findings.find((f) => f.code === "MONTHLY_SALARY")!;
    expect(finding).toMatchObject({ severity: "info", rows: [1] });
    expect(localizeFinding(finding, "zh-CN").message).toContain("“月薪”列（表头在第 1 行）为月薪");
    expect(localizeFinding(finding, "zh-CN").message).toContain("月薪 × 12");
    expect(localizeFinding(finding, "en").message).toContain("read as 12 × it");
  });

  it("costs the year from the monthly pay: 12 months of it, to the cent", () => {
    const header = ["Position ID", "Reports To", "Name", "Monthly Salary", "Currency", "Location"];
    const monthly = costOf(header, [["A", "", "Ann", 12345.67, "GBP", "Testville"]], {
      settings: { year: 2025, startMonth: 1 },
    });
    const annual = costOf(
      ["Position ID", "Reports To", "Name", "Base Salary", "Currency", "Location"],
      [["A", "", "Ann", 148148.04, "GBP", "Testville"]],
      { settings: { year: 2025, startMonth: 1 } },
    );
    expect(amount(monthly.total)).toBe(amount(annual.total));
    expect(amount(monthly.total)).toBeGreaterThanOrEqual(148148.04);
  });

  it("reads the annual column when the sheet has both, and names the monthly column in its findings", () => {
    const both = analyzeWorkbook({
      positions: makeGrid(["Position ID", "Reports To", "Base Salary", "Monthly Salary"], [["A", "", 120000, 10000]]),
    });
    expect(both.model.positions[0].baseSalary).toBe(120000);
    expect(both.findings.map((f) => f.code)).not.toContain("MONTHLY_SALARY");
    expect(salaryColumnOf(fieldColumnsOf(both.columns.columnOf))).toEqual({ column: 2, monthly: false });

    const bad = analyzeWorkbook({
      positions: makeGrid(["Position ID", "Reports To", "Monthly Pay"], [["A", "", "lots"]]),
    });
    const invalid = bad.findings.find((f) => f.code === "INVALID_NUMBER")!;
    expect(invalid).toMatchObject({ field: "monthlySalary", rows: [2] });
    expect(localizeFinding(invalid, "en").message).toContain("Monthly Pay");
    expect(bad.model.positions[0].baseSalary).toBeNull();
  });

  it("reads a monthly column written with decimal commas", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(["Position ID", "Reports To", "FTE", "Monthly Salary"], [["A", "", "0,5", "4.250,50"]]),
    });
    expect(analysis.model.positions[0].baseSalary).toBe(51006);
    expect(analysis.model.positions[0].fte).toBe(0.5);
  });
});
