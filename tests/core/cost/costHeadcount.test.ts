import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { DEFAULT_RATE_LINES } from "../../../src/core/cost/defaultRates";
import { lineContributionCents, type RateLine } from "../../../src/core/cost/rateLines";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { costWorkings } from "../../../src/core/report/costWorkings";
import { makeGrid } from "../makeGrid";
import { amount, costOf, monthsOf } from "./costOrg";

const H = [
  "Position ID",
  "Reports To",
  "Department",
  "Name",
  "Status",
  "FTE",
  "Base Salary",
  "Currency",
  "Location",
  "Start Date",
  "End Date",
];
const year2025 = { settings: { year: 2025 } };
/** A Rates table with one 10% line for "Testville" (no floor, cap or threshold), all of 2025. */
const TEN_PERCENT = [
  ["Location", "Item", "Employer rate", "From", "To"],
  ["Testville", "Levy", "10%", "2025-01-01", "2025-12-31"],
];

function line(item: string, from: string): RateLine {
  const found = DEFAULT_RATE_LINES.find(
    (l) =>
      l.location === "Beijing" &&
      l.item.startsWith(item) &&
      l.source.kind === "default" &&
      l.source.reference.includes(from),
  );
  if (!found) throw new Error(`no default line ${item} ${from}`);
  return found;
}

describe("costHeadcount: hand-computed cases", () => {
  test("rounding: 35,283 × 0.5% = 176.415 → 176.42 (half up on the decimal; binary floating point gives 176.41)", () => {
    expect((35283 * 0.005).toFixed(2)).toBe("176.41");
    const unemployment = line("Unemployment", "2024-07");
    expect(lineContributionCents(unemployment, 35283 * 12 * 10_000)).toBe(17642);
  });

  test("a base at the cap: Beijing's five insurances and housing fund, RMB 13,654.52 a month", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 600000, "CNY", "北京", null, null]], year2025);
    // January 2025 is in the July 2024 – June 2025 base year: 5,645.28 + 176.42 + 3,457.73 + 141.13 + 4,233.96.
    expect(monthsOf(cost, 0, "onCosts")[0]).toBe(13654.52);
    expect(monthsOf(cost, 0, "pay")[0]).toBe(50000);
    expect(cost.findings).toEqual([]);
  });

  test("a base at the floor: social insurance on 6,821, the housing fund on the pay (above its floor)", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 60000, "CNY", "Beijing", null, null]], year2025);
    // 1,091.36 + 34.11 (34.105) + 668.46 (668.458) + 27.28 (27.284) + 600.00
    expect(monthsOf(cost, 0, "onCosts")[0]).toBe(2421.21);
  });

  test("the July base-year change: the floor rises from 6,821 to 7,162 in July", () => {
    const rates = [
      ["Location", "Item", "Employer rate", "Base floor", "Base cap", "From", "To"],
      ["Beijing", "Pension", "16%", 6821, 35283, "2024-07-01", "2025-06-30"],
      ["Beijing", "Pension", "16%", 7162, 35811, "2025-07-01", "2026-06-30"],
    ];
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 84000, "CNY", "Beijing", null, null]], {
      ...year2025,
      rates,
    });
    const onCosts = monthsOf(cost, 0, "onCosts");
    expect(onCosts.slice(0, 6)).toEqual(Array(6).fill(1120)); // 16% × 7,000 (above 6,821)
    expect(onCosts.slice(6)).toEqual(Array(6).fill(1145.92)); // 16% × 7,162 (the new floor)
  });

  test("a 20 July start costs 12/31 of July, pay and on-costs alike", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 120000, "CNY", "Testville", "2025-07-20", null]], {
      ...year2025,
      rates: TEN_PERCENT,
    });
    const pay = monthsOf(cost, 0, "pay");
    expect(pay.slice(0, 6)).toEqual(Array(6).fill(0));
    expect(pay[6]).toBe(3870.97); // 10,000 × 12/31
    expect(pay.slice(7)).toEqual(Array(5).fill(10000));
    expect(monthsOf(cost, 0, "onCosts")[6]).toBe(387.1); // 1,000.00 × 12/31 = 387.096… → 387.10
    expect(amount(cost.total)).toBe(53870.97 + 387.1 + 5 * 1000);
  });

  test("by whole months, the start month counts in full", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 120000, "CNY", "Testville", "2025-07-20", null]], {
      settings: { year: 2025, proration: "months" },
      rates: TEN_PERCENT,
    });
    expect(monthsOf(cost, 0, "pay")[6]).toBe(10000);
    expect(cost.settings.proration).toBe("months");
  });

  test("a leaver costs until the end date", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 120000, "CNY", "Testville", null, "2025-03-15"]], {
      ...year2025,
      rates: TEN_PERCENT,
    });
    expect(monthsOf(cost, 0, "pay").slice(0, 4)).toEqual([10000, 10000, 4838.71, 0]);
    // Pay 24,838.71; on-costs 1,000.00 + 1,000.00 + 483.87.
    expect(amount(cost.positionTotals[0])).toBe(27322.58);
  });

  test("a planned hire from its Start Date; a funded vacancy all year; unfunded vacancies left out as a setting", () => {
    const rows = [
      ["A", "", "Ops", "Ann", "Filled", 1, 120000, "CNY", "Testville", null, null],
      ["B", "A", "Ops", "", "Vacant", 1, 120000, "CNY", "Testville", "2025-10-01", null],
      ["C", "A", "Ops", "", "Vacant", 1, 120000, "CNY", "Testville", null, null],
    ];
    const funded = costOf(H, rows, { ...year2025, rates: TEN_PERCENT });
    expect(monthsOf(funded, 1, "pay")).toEqual([...Array(9).fill(0), 10000, 10000, 10000]);
    expect(amount(funded.positionTotals[2])).toBe(132000);
    const unfunded = costOf(H, rows, { settings: { year: 2025, vacancies: "unfunded" }, rates: TEN_PERCENT });
    expect(unfunded.costed[2]).toBe(0);
    expect(unfunded.positionTotals[2]).toBe(0);
    expect(amount(unfunded.positionTotals[1])).toBe(33000); // the planned hire is still costed
  });

  test("a job share: two 0.5 FTE posts, the salary as paid or as a full-time rate", () => {
    const rows = [
      ["A", "", "Ops", "Ann", "Filled", 0.5, 60000, "CNY", "Testville", null, null],
      ["B", "", "Ops", "Bo", "Filled", 0.5, 60000, "CNY", "Testville", null, null],
    ];
    const actual = costOf(H, rows, { ...year2025, rates: TEN_PERCENT });
    expect(actual.settings.salaryBasis).toBe("actual");
    expect(amount(actual.total)).toBe(132000);
    expect(actual.departments[0].fte).toBe(1);
    const fteHeader = H.map((h) => (h === "Base Salary" ? "FTE salary" : h));
    const fullTime = costOf(
      fteHeader,
      rows.map((r) => r.map((c, i) => (i === 6 ? 120000 : c))),
      { ...year2025, rates: TEN_PERCENT },
    );
    expect(fullTime.settings.salaryBasis).toBe("full-time");
    expect(amount(fullTime.total)).toBe(132000);
    const zh = costOf(
      H.map((h) => (h === "Base Salary" ? "全职年薪" : h)),
      rows,
      { ...year2025, rates: TEN_PERCENT },
    );
    expect(zh.settings.salaryBasis).toBe("full-time");
    expect(amount(zh.total)).toBe(66000);
  });

  test("a pay range at min, mid and max (a full-time rate, × FTE)", () => {
    const header = ["Position ID", "Reports To", "Location", "FTE", "Pay Min", "薪资上限"];
    const rows = [["A", "", "Testville", 1, 100000, 140000]];
    const at = (payPoint: "min" | "mid" | "max") =>
      amount(costOf(header, rows, { settings: { year: 2025, payPoint }, rates: TEN_PERCENT }).positionTotals[0]);
    // On-costs are rounded each month, as payroll does: 10% of 8,333.33… is 833.33 a month, 9,999.96 a year.
    expect([at("min"), at("mid"), at("max")]).toEqual([109999.96, 132000, 154000.04]);
  });

  test("an organogram's pay floor and ceiling are a pay range (floor read as the salary column, ceiling as Pay Max)", () => {
    const header = [
      "Post Unique Reference",
      "Reports to Senior Post",
      "Actual Pay Floor (£)",
      "Actual Pay Ceiling (£)",
      "Location",
    ];
    const cost = costOf(header, [["1", "", 120000, 124999, "Testville"]], { ...year2025, rates: TEN_PERCENT });
    expect(amount(cost.pay.slice(0, 12).reduce((a, b) => a + b))).toBe(122499.5);
  });

  test("a headcount line: three seats of one role, pay and on-costs per post", () => {
    const header = ["Position ID", "Reports To", "Department", "Title", "Base Salary", "Location", "编制人数"];
    const cost = costOf(
      header,
      [
        ["A", "", "Ops", "Editor in chief", 120000, "Testville", null],
        ["A-CE", "A", "Ops", "Copy Editor", 60000, "Testville", 3],
      ],
      { ...year2025, rates: TEN_PERCENT },
    );
    expect(amount(cost.positionTotals[1])).toBe(198000);
    expect(cost.departments[0].headcount).toBe(4);
    expect(cost.posts[1]).toBe(3);
  });

  test("UK employer NI and pension per month, and the April change of tax year", () => {
    const cost = costOf(H, [["A", "", "Ops", "Ann", "Filled", 1, 25000, "GBP", "UK", null, null]], {
      settings: { year: 2025, startMonth: 1 },
    });
    const byItem = new Map(cost.onCostItems.map((item) => [item.item, Array.from(item.months, amount)]));
    // 2025/26 (from April): 15% × (2,083.33 − 417) = 249.95; 3% × (2,083.33 − 520) = 46.90.
    expect(byItem.get("Employer NI")![3]).toBe(249.95);
    expect(byItem.get("Pension (auto-enrolment minimum)")![3]).toBe(46.9);
    // 2024/25 (January–March): 13.8% × (2,083.33 − 758) = 182.90.
    expect(byItem.get("Employer NI")![0]).toBe(182.9);
    expect(cost.currency).toBe("GBP");
  });

  test("FX: amounts are computed in the position's currency, then converted", () => {
    const fx = [
      ["Currency", "Rate", "From", "To"],
      ["GBP", 9.2, "2025-01-01", "2025-12-31"],
    ];
    const cost = costOf(
      H,
      [
        ["A", "", "Ops", "Ann", "Filled", 1, 120000, "CNY", "Testville", null, null],
        ["B", "A", "Ops", "Bo", "Filled", 1, 12000, "GBP", "UK", null, null],
        ["C", "A", "Ops", "Cy", "Filled", 1, 12000, "USD", "Testville", null, null],
      ],
      { ...year2025, rates: TEN_PERCENT, fx },
    );
    expect(cost.currency).toBe("CNY");
    expect(monthsOf(cost, 1, "pay")[0]).toBe(9200);
    // January 2025 (UK 2024/25): NI 13.8% × (1,000 − 758) = 33.40; pension 3% × (1,000 − 520) = 14.40; £47.80 × 9.2.
    expect(monthsOf(cost, 1, "onCosts")[0]).toBe(439.76);
    const missing = cost.findings.find((f) => f.code === "MISSING_RATE" && f.params.table === "fx")!;
    expect(missing.ids).toEqual(["C"]);
    expect(findingMessage(missing, "en")).toContain("No FX rate for USD");
    expect(monthsOf(cost, 2)).toEqual(Array(12).fill(0));
  });

  test("MISSING_SALARY and MISSING_RATE name the position and the location; pay without a rate is still costed", () => {
    const cost = costOf(
      H,
      [
        ["A", "", "Ops", "Ann", "Filled", 1, null, "CNY", "Beijing", null, null],
        ["B", "A", "Ops", "Bo", "Filled", 1, 120000, "CNY", "Atlantis", null, null],
      ],
      year2025,
    );
    expect(cost.findings.map((f) => [f.code, f.ids])).toEqual([
      ["MISSING_SALARY", ["A"]],
      ["MISSING_RATE", ["B"]],
    ]);
    expect(findingMessage(cost.findings[1], "en")).toBe(
      "No Rates line for the location “Atlantis” covers 2025-01, 2025-02, 2025-03, 2025-04, 2025-05, … (+7): employer on-costs are left out of those months for 1 position(s) (B); their pay is costed.",
    );
    expect(amount(cost.positionTotals[1])).toBe(120000);
    expect(cost.costed[0]).toBe(0);
  });

  test("bonus %, 13th month and allowances are accrued monthly", () => {
    const header = ["Position ID", "Reports To", "Base Salary", "Location", "Bonus %", "十三薪", "津贴"];
    const cost = costOf(header, [["A", "", 120000, "Testville", "10%", 13, 6000]], { ...year2025, rates: TEN_PERCENT });
    // 10,000 × (1 + 10% + 1/12) + 500 = 12,333.33 a month; on-costs on the base only (1,000).
    expect(monthsOf(cost, 0, "pay")[0]).toBe(12333.33);
    expect(monthsOf(cost, 0, "onCosts")[0]).toBe(1000);
  });

  test("on a sheet writing decimals with a comma, bonus and allowances are read so too, by the engine and the workings", () => {
    const header = ["Position ID", "Reports To", "FTE", "Base Salary", "Location", "Bonus %", "津贴"];
    const rows = [["A", "", "1,0", "120.000,00", "Testville", "12,5", "6.000"]];
    const cost = costOf(header, rows, { ...year2025, rates: TEN_PERCENT });
    // 10,000 × (1 + 12.5%) + 500 = 11,750 a month (read as written elsewhere: 6.000 would be 6 and 12,5 unreadable).
    expect(monthsOf(cost, 0, "pay")[0]).toBe(11750);
    expect(cost.findings.map((f) => f.code)).not.toContain("INVALID_NUMBER");
    const positions = makeGrid(header, rows);
    const input = { analysis: buildOrgModel(positions), positions };
    const workings = costWorkings(input, costHeadcount(input, year2025), year2025).positions[0];
    expect([workings.bonus, workings.allowances]).toEqual([12.5, 6000]);
  });
});
