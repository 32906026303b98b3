import { translatorFor } from "../../../src/i18n";
import {
  costStatement,
  costTotals,
  departmentRows,
  monthLabel,
  moneyOf,
  onCostRows,
  periodText,
} from "../../../src/taskpane/cost/costFigures";
import { areaPath, linearScale, polylinePath } from "../../../src/taskpane/cost/costScales";
import { costOf } from "../../core/cost/costOrg";

const H = ["Position ID", "Reports To", "Department", "Status", "FTE", "Base Salary", "Currency", "Location"];
const ROWS = [
  ["P1", "", "Ops", "Filled", 1, 120000, "CNY", "Beijing"],
  ["P2", "P1", "Ops", "Filled", 1, 60000, "CNY", "Beijing"],
  ["P3", "P1", "Tech", "Vacant", 0.5, 48000, "CNY", "Beijing"],
  ["P4", "P1", "Tech", "Closed", 1, 99000, "CNY", "Beijing"],
];

describe("the Cost tab's figures", () => {
  const cost = costOf(H, ROWS, { settings: { year: 2025, startMonth: 7 } });

  test("pay and on-costs add up to the total; headcount and FTE leave the closed post out", () => {
    const totals = costTotals(cost);
    expect(totals.pay + totals.onCosts).toBe(cost.total);
    expect(totals.onCosts).toBeGreaterThan(0);
    expect(totals.headcount).toBe(3);
    expect(totals.fte).toBe(2.5);
  });

  test("departments largest first, their totals and shares adding up to the year", () => {
    const rows = departmentRows(cost);
    expect(rows.map((row) => row.department)).toEqual(["Ops", "Tech"]);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(cost.total);
    expect(rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 12);
  });

  test("on-cost lines add up to the on-costs", () => {
    const rows = onCostRows(cost);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(costTotals(cost).onCosts);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].total).toBeGreaterThanOrEqual(rows[i].total);
  });

  test("money, months and the period in each language", () => {
    expect(moneyOf("en", cost, 12_345_678)).toBe("CN¥1,234.57");
    expect(moneyOf("zh-CN", cost, 12_345_678)).toBe("¥1,234.57");
    expect(periodText("en", translatorFor("en"), cost.months)).toBe("Jul 2025 – Jun 2026");
    expect(periodText("zh-CN", translatorFor("zh-CN"), cost.months)).toBe("2025年7月 – 2026年6月");
    expect(monthLabel("en", cost.months[0], false)).toBe("Jul");
  });

  test("the statement names the salary basis, the proration, the pay point, the vacancies and the currency", () => {
    expect(costStatement(translatorFor("en"), cost)).toBe(
      "Salary basis: the salary as paid; part months by calendar days; pay ranges at the midpoint; undated vacancies funded all year; in CNY.",
    );
    const fullTime = costOf(H, ROWS, { settings: { year: 2025, salaryBasis: "full-time", proration: "months" } });
    expect(costStatement(translatorFor("zh-CN"), fullTime)).toBe(
      "薪资口径：全职薪资 × 编制；不足一月按整月计算；薪资范围取中位值；无日期的空缺全年计入；币种 CNY。",
    );
  });
});

describe("the curve's plain SVG", () => {
  test("a linear scale from zero, a polyline and its area down to the baseline", () => {
    const y = linearScale(200, 100, 0);
    expect([y(0), y(100), y(200)]).toEqual([100, 50, 0]);
    expect(linearScale(0, 5, 50)(10)).toBe(5);
    expect(
      polylinePath([
        [0, 10],
        [5.555, 20],
      ]),
    ).toBe("M0,10L5.56,20");
    expect(
      areaPath(
        [
          [0, 10],
          [5, 20],
        ],
        30,
      ),
    ).toBe("M0,10L5,20L5,30L0,30Z");
    expect(areaPath([], 30)).toBe("");
  });
});
