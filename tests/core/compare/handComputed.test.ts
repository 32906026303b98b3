import { ticksToAmount } from "../../../src/core/cost/decimal";
import { comparePlans, type PlanComparison, type PlanSide } from "../../../src/core/compare/planComparison";
import { sideOf } from "./planSide";

/*
 * A reorganisation costed by hand. Every post is in Testville, whose one on-cost is a 10% levy, so a post costs
 * 110% of its monthly pay each month: 120,000 a year → 10,000 + 1,000 = 11,000 a month. Fiscal year 2025, days
 * proration, vacancies funded.
 *
 * Baseline: Sales (2 Head of Sales, 4 Sales Rep, 8 a vacant Sales Rep) and Marketing (3 Head of Marketing, 5 the
 * Marketing Lead and the team under 5: 6 and 7).
 * Plan: Sales and Marketing merged into Commercial; the marketing team (5 with 6 and 7) moved from 3 to 2; the
 * vacant post 8 removed; three planned hires from April (9), July (10) and October (11); 4's pay raised from 60,000 to
 * 66,000; 7 leaves at the end of June.
 */
const BASELINE = [
  ["1", "CEO", "", "Ann", "Exec", "Filled", 1, 120000, "Testville", null, null], // 11,000 × 12 = 132,000
  ["2", "Head of Sales", "1", "Bo", "Sales", "Filled", 1, 96000, "Testville", null, null], // 8,800 × 12 = 105,600
  ["3", "Head of Marketing", "1", "Cy", "Marketing", "Filled", 1, 84000, "Testville", null, null], // 7,700 × 12 = 92,400
  ["4", "Sales Rep", "2", "Di", "Sales", "Filled", 1, 60000, "Testville", null, null], // 5,500 × 12 = 66,000
  ["5", "Marketing Lead", "3", "Ed", "Marketing", "Filled", 1, 72000, "Testville", null, null], // 6,600 × 12 = 79,200
  ["6", "Marketing Analyst", "5", "Fe", "Marketing", "Filled", 1, 48000, "Testville", null, null], // 4,400 × 12 = 52,800
  ["7", "Marketing Analyst", "5", "Gu", "Marketing", "Filled", 1, 48000, "Testville", null, null], // 52,800
  ["8", "Sales Rep", "2", "", "Sales", "Vacant", 1, 60000, "Testville", null, null], // funded: 66,000
];
const PLAN = [
  ["1", "CEO", "", "Ann", "Exec", "Filled", 1, 120000, "Testville", null, null], // 132,000
  ["2", "Head of Sales", "1", "Bo", "Commercial", "Filled", 1, 96000, "Testville", null, null], // 105,600
  ["3", "Head of Marketing", "1", "Cy", "Commercial", "Filled", 1, 84000, "Testville", null, null], // 92,400
  ["4", "Sales Rep", "2", "Di", "Commercial", "Filled", 1, 66000, "Testville", null, null], // 6,050 × 12 = 72,600
  ["5", "Marketing Lead", "2", "Ed", "Commercial", "Filled", 1, 72000, "Testville", null, null], // 79,200
  ["6", "Marketing Analyst", "5", "Fe", "Commercial", "Filled", 1, 48000, "Testville", null, null], // 52,800
  ["7", "Marketing Analyst", "5", "Gu", "Commercial", "Filled", 1, 48000, "Testville", null, "2025-06-30"], // 4,400 × 6 = 26,400
  ["9", "Sales Rep", "2", "", "Commercial", "Planned", 1, 60000, "Testville", "2025-04-01", null], // 5,500 × 9 = 49,500
  ["10", "Marketing Analyst", "5", "", "Commercial", "Planned", 1, 48000, "Testville", "2025-07-01", null], // 4,400 × 6 = 26,400
  ["11", "Data Analyst", "1", "", "Exec", "Planned", 1, 72000, "Testville", "2025-10-01", null], // 6,600 × 3 = 19,800
];

const amount = ticksToAmount;
const amounts = (ticks: ArrayLike<number>) => Array.from(ticks, (t) => amount(t));

describe("comparePlans: a reorganisation computed by hand", () => {
  let baseline: PlanSide;
  let plan: PlanSide;
  let comparison: PlanComparison;
  beforeAll(() => {
    baseline = sideOf(BASELINE, { label: "Positions" });
    plan = sideOf(PLAN, { label: "Plan: merge" });
    comparison = comparePlans(baseline, plan);
  });

  test("the costs of the two sides are the ones worked out by hand (no finding from the cost model)", () => {
    // 132,000 + 105,600 + 92,400 + 66,000 + 79,200 + 52,800 + 52,800 + 66,000
    expect(amount(comparison.bridge.baseline)).toBe(646800);
    // 132,000 + 105,600 + 92,400 + 72,600 + 79,200 + 52,800 + 26,400 + 49,500 + 26,400 + 19,800
    expect(amount(comparison.bridge.plan)).toBe(656700);
    expect(comparison.costed).toBe(true);
    expect(baseline.cost?.findings).toEqual([]);
    expect(plan.cost?.findings).toEqual([]);
  });

  test("the change list", () => {
    expect(comparison.matching.matched).toBe(7);
    expect(comparison.matching.renamed).toEqual([]);
    expect(comparison.added.map((p) => p.id)).toEqual(["9", "10", "11"]);
    expect(comparison.removed).toEqual([
      {
        id: "8",
        row: 9,
        title: "Sales Rep",
        department: "Sales",
        status: "vacant",
        manager: "2",
        ghostParent: "2",
      },
    ]);
    expect(comparison.moved).toEqual([
      {
        id: "5",
        baselineId: "5",
        baselineRow: 6,
        planRow: 6,
        title: "Marketing Lead",
        department: "Commercial",
        fromManager: "3",
        toManager: "2",
      },
    ]);
    expect(comparison.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: "2", changes: [{ field: "department", before: "Sales", after: "Commercial" }] },
      { id: "3", changes: [{ field: "department", before: "Marketing", after: "Commercial" }] },
      {
        id: "4",
        changes: [
          { field: "department", before: "Sales", after: "Commercial" },
          { field: "baseSalary", before: 60000, after: 66000 },
        ],
      },
      { id: "5", changes: [{ field: "department", before: "Marketing", after: "Commercial" }] },
      { id: "6", changes: [{ field: "department", before: "Marketing", after: "Commercial" }] },
      {
        id: "7",
        changes: [
          { field: "department", before: "Marketing", after: "Commercial" },
          { field: "endDate", before: null, after: "2025-06-30" },
        ],
      },
    ]);
    expect(Object.fromEntries(comparison.changeKinds)).toEqual({
      "1": "unchanged",
      "2": "changed",
      "3": "changed",
      "4": "changed",
      "5": "moved",
      "6": "changed",
      "7": "changed",
      "9": "added",
      "10": "added",
      "11": "added",
    });
  });

  test("Δ cost by month", () => {
    expect(comparison.delta.byMonth.map((m) => m.month.key)).toEqual([
      "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06",
      "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
    ]); // prettier-ignore
    // Jan–Mar: −5,500 (8 removed) + 550 (4's raise: 6,050 − 5,500) = −4,950
    // Apr–Jun: −4,950 + 5,500 (9 from April) = 550
    // Jul–Sep: 550 + 4,400 (10 from July) − 4,400 (7 gone after June) = 550
    // Oct–Dec: 550 + 6,600 (11 from October) = 7,150
    expect(comparison.delta.byMonth.map((m) => amount(m.delta.cost))).toEqual([
      -4950, -4950, -4950, 550, 550, 550, 550, 550, 550, 7150, 7150, 7150,
    ]);
    // 3 × (−4,950) + 3 × 550 + 3 × 550 + 3 × 7,150 = 9,900 = 656,700 − 646,800
    expect(amount(comparison.delta.total.delta.cost)).toBe(9900);
    // Month-end headcount: −1 (8) until March; +1 (9) from April; +1 (10) − 1 (7) from July; +1 (11) from October.
    expect(comparison.delta.byMonth.map((m) => m.delta.headcount)).toEqual([-1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    // The year's headcount counts every post not closed: 8 → 10.
    expect(comparison.delta.total).toMatchObject({
      baseline: { headcount: 8, fte: 8 },
      plan: { headcount: 10, fte: 10 },
      delta: { headcount: 2, fte: 2 },
    });
  });

  test("Δ by department (Sales and Marketing merged into Commercial)", () => {
    const byDepartment = comparison.delta.byDepartment.map((d) => [
      d.department,
      amount(d.baseline.cost),
      amount(d.plan.cost),
      amount(d.delta.cost),
      d.delta.headcount,
    ]);
    expect(byDepartment).toEqual([
      ["Exec", 132000, 151800, 19800, 1], // + 11's 19,800
      ["Sales", 237600, 0, -237600, -3], // 105,600 + 66,000 + 66,000
      ["Marketing", 277200, 0, -277200, -4], // 92,400 + 79,200 + 52,800 + 52,800
      // 105,600 + 92,400 + 72,600 + 79,200 + 52,800 + 26,400 + 49,500 + 26,400
      ["Commercial", 0, 504900, 504900, 8],
    ]);
    const commercial = comparison.delta.byDepartment[3];
    // Department × month: January 11,000 ... (2: 8,800 + 3: 7,700 + 4: 6,050 + 5: 6,600 + 6: 4,400 + 7: 4,400 = 37,950)
    expect(commercial.months.map((m) => amount(m.plan.cost))).toEqual([
      37950, 37950, 37950, 43450, 43450, 43450, 43450, 43450, 43450, 43450, 43450, 43450,
    ]); // April on: + 9's 5,500; July on: + 10's 4,400 − 7's 4,400
  });

  test("the cost bridge, computed by hand, sums from the baseline's cost to the plan's", () => {
    const steps = Object.fromEntries(comparison.bridge.steps.map((step) => [step.key, amount(step.total)]));
    expect(steps).toEqual({
      newHires: 95700, // 9: 49,500 + 10: 26,400 + 11: 19,800
      removed: -66000, // 8, the funded vacancy
      moves: 0, // Sales and Marketing's costs move to Commercial: zero for the whole org
      payChanges: 6600, // 4: 72,600 − 66,000
      timing: -26400, // 7 leaves after June: 26,400 − 52,800
      other: 0,
    });
    // 646,800 + 95,700 − 66,000 + 0 + 6,600 − 26,400 = 656,700
    const moves = comparison.bridge.steps.find((step) => step.key === "moves")!;
    const departments = comparison.delta.byDepartment.map((d) => d.department);
    expect(Object.fromEntries(departments.map((d, g) => [d, amount(moves.byDepartment[g])]))).toEqual({
      Exec: 0,
      Sales: -171600, // 2: 105,600 + 4: 66,000 (its baseline cost)
      Marketing: -277200, // 3, 5, 6, 7
      Commercial: 448800, // 171,600 + 277,200
    });
    const timing = comparison.bridge.steps.find((step) => step.key === "timing")!;
    expect(amounts(timing.months)).toEqual([0, 0, 0, 0, 0, 0, -4400, -4400, -4400, -4400, -4400, -4400]);
    expect(comparison.bridge.steps.map((step) => step.positions)).toEqual([3, 1, 6, 1, 1, 0]);
  });

  test("spans, layers and findings", () => {
    // 1 gains 11 (2, 3 → 2, 3, 11); 2 has 4, 9 and 5 now (was 4 and 8); 3 loses its one report (5); 5 gains 10.
    expect(comparison.structure.spans.changed).toEqual([
      { id: "1", baselineId: "1", baseline: 2, plan: 3 },
      { id: "2", baselineId: "2", baseline: 2, plan: 3 },
      { id: "3", baselineId: "3", baseline: 1, plan: 0 },
      { id: "5", baselineId: "5", baseline: 2, plan: 3 },
    ]);
    expect(comparison.structure.layers.count).toEqual({ baseline: 4, plan: 4 });
    // Managers 1, 2, 3, 5 (spans 2, 2, 1, 2) → 1, 2, 5 (spans 3, 3, 3).
    expect(comparison.structure.spans).toMatchObject({
      managers: { baseline: 4, plan: 3 },
      median: { baseline: 2, plan: 3 },
      mean: { baseline: 1.75, plan: 3 },
      widest: { baseline: 2, plan: 3 },
    });
    expect(comparison.structure.spans.bands.filter((band) => band.baseline !== band.plan)).toEqual([
      { band: "1", baseline: 1, plan: 0 },
    ]);
    // Every manager is narrower than the default minimum of 4 on both sides, but 3 has no report left: resolved.
    expect(comparison.findings.resolved.map((f) => [f.code, f.ids])).toEqual([["SPAN_TOO_NARROW", ["3"]]]);
    expect(comparison.findings.new).toEqual([]);
  });
});
