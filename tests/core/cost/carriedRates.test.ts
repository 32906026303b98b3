import { DEFAULT_RATE_LINES } from "../../../src/core/cost/defaultRates";
import { lineContributionCents } from "../../../src/core/cost/rateLines";
import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { amount, costOf, monthsOf } from "./costOrg";

const H = ["Position ID", "Reports To", "Department", "Status", "Base Salary", "Currency", "Location", "End Date"];
const year2026 = { settings: { year: 2026, startMonth: 1 } };

describe("built-in default rates carried forward after their last period", () => {
  test("a Beijing position costed Jan–Dec 2026 gets on-costs every month, July on equal to June's lines", () => {
    const cost = costOf(H, [["A", "", "Ops", "Filled", 120000, "CNY", "北京", null]], year2026);
    const onCosts = monthsOf(cost, 0, "onCosts");
    // June 2026 by hand from the 2025-07/2026-06 lines: base 10,000 (between floor 7,162 and cap 35,811).
    const june = DEFAULT_RATE_LINES.filter(
      (line) =>
        line.location === "Beijing" && line.source.kind === "default" && line.source.reference.includes("2025-07"),
    ).reduce((sum, line) => sum + lineContributionCents(line, 120000 * 10_000), 0);
    expect(june).toBe(387000); // 16% + 0.5% + 9.8% + 0.4% + 12% = 38.7% of 10,000 = 3,870.00
    expect(onCosts).toEqual(Array(12).fill(3870));
    const byItem = cost.onCostItems.map((item) => Array.from(item.months, amount));
    for (const months of byItem) for (let m = 6; m < 12; m++) expect(months[m]).toBe(months[5]);
    expect(cost.findings.filter((f) => f.code === "MISSING_RATE")).toEqual([]);

    const carried = cost.findings.filter((f) => f.code === "RATE_CARRIED_FORWARD");
    expect(carried).toHaveLength(1);
    expect(carried[0].severity).toBe("info");
    expect(carried[0].ids).toEqual(["A"]);
    expect(carried[0].params).toMatchObject({
      location: "北京",
      monthKeys: "2026-07,2026-08,2026-09,2026-10,2026-11,2026-12",
      periodFrom: "2025-07-01",
      periodTo: "2026-06-30",
    });
    const en = findingMessage(carried[0], "en");
    expect(en).toContain("Jul–Dec 2026");
    expect(en).toContain("Rates table");
    expect(en).toContain("“北京”");
    const zh = findingMessage(carried[0], "zh-CN");
    expect(zh).toContain("2026年7–12月");
    expect(zh).toContain("费率表");
    expect(zh).not.toMatch(/FTE/);
  });

  test("one finding per location, naming only the months its positions are costed in", () => {
    const cost = costOf(
      H,
      [
        ["A", "", "Ops", "Filled", 120000, "CNY", "Beijing", "2026-08-15"],
        ["B", "A", "Ops", "Filled", 120000, "CNY", "Beijing", "2026-09-30"],
        ["C", "A", "Ops", "Filled", 120000, "CNY", "Shanghai", "2026-05-31"],
        ["D", "A", "Ops", "Filled", 30000, "GBP", "UK", null],
      ],
      year2026,
    );
    const carried = cost.findings.filter((f) => f.code === "RATE_CARRIED_FORWARD");
    expect(carried.map((f) => [f.params.location, f.ids, f.params.monthKeys])).toEqual([
      ["Beijing", ["A", "B"], "2026-07,2026-08,2026-09"],
      ["UK", ["D"], "2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11,2026-12"],
    ]);
    expect(findingMessage(carried[1], "en")).toContain("Apr–Dec 2026");
    // UK: from April 2026 the 2025/26 lines (15% above £417) carry on: 15% × (2,500 − 417) + 3% × (2,500 − 520).
    const uk = costOf(H, [["D", "", "Ops", "Filled", 30000, "GBP", "UK", null]], year2026);
    expect(monthsOf(uk, 0, "onCosts").slice(2)).toEqual(Array(10).fill(371.85));
  });

  test("a workbook Rates table that ends early is not carried forward: MISSING_RATE", () => {
    const rates = [
      ["Location", "Item", "Employer rate", "From", "To"],
      ["Beijing", "Pension", "16%", "2025-07-01", "2026-06-30"],
    ];
    const cost = costOf(H, [["A", "", "Ops", "Filled", 120000, "CNY", "Beijing", null]], { ...year2026, rates });
    expect(monthsOf(cost, 0, "onCosts")).toEqual([...Array(6).fill(1600), ...Array(6).fill(0)]);
    expect(cost.findings.map((f) => [f.code, f.params.monthList])).toEqual([
      ["MISSING_RATE", "2026-07, 2026-08, 2026-09, 2026-10, 2026-11, … (+1)"],
    ]);
  });

  test("months before the first built-in period and locations with no rates stay MISSING_RATE", () => {
    const cost = costOf(
      H,
      [
        ["A", "", "Ops", "Filled", 120000, "CNY", "Beijing", null],
        ["B", "A", "Ops", "Filled", 120000, "CNY", "Hangzhou", null],
      ],
      { settings: { year: 2024, startMonth: 1 } },
    );
    expect(cost.findings.map((f) => [f.code, f.params.subject, f.ids])).toEqual([
      ["MISSING_RATE", "Beijing", ["A"]],
      ["MISSING_RATE", "Hangzhou", ["B"]],
    ]);
    expect(monthsOf(cost, 0, "onCosts").slice(0, 6)).toEqual(Array(6).fill(0));
    const hangzhou = costOf(H, [["B", "", "Ops", "Filled", 120000, "CNY", "Hangzhou", null]], year2026);
    expect(hangzhou.findings.map((f) => f.code)).toEqual(["MISSING_RATE"]);
    expect(monthsOf(hangzhou, 0, "onCosts")).toEqual(Array(12).fill(0));
  });
});
