/**
 * Golden digests of the cost model on a generated org of 10,000 positions with every kind of cost input sprinkled in
 * (leavers and planned hires mid-month, vacancies, headcount lines, bonus, 13th month, allowances, pay ranges, other
 * currencies with and without an FX rate, locations without Rates lines, a Rates table with a mid-year change), so
 * that work on the cost model's speed cannot change a cent of what it says: every position's pay and on-costs by
 * month, the totals, the on-cost items, the departments and the findings (with the messages the edge makes for them), under both prorations
 * and two salary bases.
 *
 * When a change is MEANT to change these figures, check them by the hand-computed tests (tests/core/cost), then
 * replace the digest with the one the failure prints.
 */
import { createHash } from "node:crypto";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { CellValue } from "../../src/core/cells/cell";
import { costHeadcount, type CostOptions, type HeadcountCost } from "../../src/core/cost/costHeadcount";
import { localizeFinding } from "../../src/core/findings/localizeFinding";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import type { Lang } from "../../src/i18n";
import { generateOrg } from "../../bench/generateOrg";
import { createRandom } from "../../bench/random";

function digest(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v,
  );
  return createHash("sha256").update(json).digest("hex").slice(0, 16);
}

const EXTRA = ["End Date", "Number of Posts", "Bonus %", "Months Paid", "Allowances", "Pay Min", "Pay Max", "Currency"];

/** The generated org with the cost columns filled for some rows (seeded), some start dates moved into 2025. */
function costGrid(): SheetGrid {
  const { grid } = generateOrg(10_000, 7);
  const rng = createRandom(11);
  const random = () => rng.next();
  const header = grid.rows[0] as string[];
  const salary = header.indexOf("Base Salary");
  const start = header.indexOf("Start Date");
  const location = header.indexOf("Location");
  const rows: CellValue[][] = [[...header, ...EXTRA]];
  for (const row of grid.rows.slice(1)) {
    const copy = [...row];
    const extra: CellValue[] = ["", "", "", "", "", "", "", ""];
    const r = random();
    if (r < 0.05)
      extra[0] = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    else if (r < 0.1) copy[start] = 45658 + Math.floor(random() * 365); // a start in 2025 (Excel serial)
    if (random() < 0.03) extra[1] = 1 + Math.floor(random() * 5);
    if (random() < 0.2) extra[2] = [0.1, "15%", 20][Math.floor(random() * 3)];
    if (random() < 0.1) extra[3] = 13;
    if (random() < 0.1) extra[4] = 1200.5;
    if (random() < 0.03) {
      copy[salary] = "";
      extra[5] = 90000;
      extra[6] = random() < 0.5 ? 150000 : "";
    }
    if (random() < 0.02) copy[salary] = ""; // no salary, no range: MISSING_SALARY
    const c = random();
    if (c < 0.05) extra[7] = "USD";
    else if (c < 0.07) extra[7] = "JPY"; // no FX rate
    if (random() < 0.01) copy[location] = "Atlantis"; // no Rates line
    rows.push([...copy, ...extra]);
  }
  return { sheetName: "Staff", firstRow: 1, firstColumn: 1, rows };
}

const RATES: CellValue[][] = [
  ["Location", "Item", "Employer rate", "Base floor", "Base cap", "Threshold", "From", "To"],
  ...["Hangzhou", "Shanghai", "Beijing", "Shenzhen", "Singapore", "São Paulo", "New York"].flatMap((place) => [
    [place, "Pension", "16%", 6821, 35283, "", "2025-01-01", "2025-06-30"],
    [place, "Pension", "16%", 7310, 37302, "", "2025-07-01", "2025-12-31"],
    [place, "Unemployment", "0.5%", 6821, 35283, "", "2025-01-01", "2025-12-31"],
    [place, "Medical", 9.8, 6821, 35283, "", "2025-01-01", "2025-12-31"],
    [place, "Housing fund", 0.12, 6821, 35283, "", "", ""],
  ]),
  ["London", "Employer NI", "15%", "", "", 417, "2025-04-06", ""],
];
const FX: CellValue[][] = [
  ["Currency", "Rate", "From", "To"],
  ["USD", 7.1234, "2025-01-01", "2025-12-31"],
];

/** The cost's figures and its findings with their messages in `lang`, as the command line's JSON gives them. */
function summary(cost: HeadcountCost, lang: Lang): unknown {
  return {
    settings: cost.settings,
    currency: cost.currency,
    pay: cost.pay,
    onCosts: cost.onCosts,
    positionTotals: cost.positionTotals,
    costed: cost.costed,
    posts: cost.posts,
    fte: cost.fte,
    monthTotals: cost.monthTotals,
    total: cost.total,
    onCostItems: cost.onCostItems,
    departments: cost.departments,
    findings: cost.findings.map((finding) => localizeFinding(finding, lang)),
  };
}

describe("the cost model of a generated 10,000-position org (golden digests)", () => {
  const positions = costGrid();
  const analysis = buildOrgModel(positions);
  const table = (rows: CellValue[][], sheetName: string): SheetGrid => ({
    sheetName,
    firstRow: 1,
    firstColumn: 1,
    rows,
  });
  const input = { analysis, positions, rates: table(RATES, "Rates"), fx: table(FX, "FX") };
  const run = (options: CostOptions) => costHeadcount(input, options);

  test.each([
    ["days, actual basis, CNY", { settings: { year: 2025, currency: "CNY" } }, "519f50ecf5a7117a"],
    [
      "months, full-time basis, CNY, zh-CN",
      { settings: { year: 2025, currency: "CNY", proration: "months", salaryBasis: "full-time" } },
      "0ab5e77b35421f54",
    ],
    [
      "April year, unfunded vacancies, pay point max, USD",
      { settings: { year: 2025, startMonth: 4, currency: "USD", vacancies: "unfunded", payPoint: "max" } },
      "a9ec80f0e1a02132",
    ],
    ["no Rates table: the shipped defaults", { settings: { year: 2025 } }, "d2926caa4868dd33"],
  ] as [string, CostOptions, string][])("%s", (name, options, expected) => {
    const cost = name.startsWith("no Rates") ? costHeadcount({ analysis, positions }, options) : run(options);
    const codes = new Set(cost.findings.map((finding) => finding.code));
    expect(codes).toEqual(new Set(["MISSING_SALARY", "MISSING_RATE"]));
    expect(cost.costed.reduce((sum, c) => sum + c, 0)).toBeGreaterThan(9_000);
    expect(digest(summary(cost, name.endsWith("zh-CN") ? "zh-CN" : "en"))).toBe(expected);
  });
});
