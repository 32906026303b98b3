import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { budgetVarianceJson } from "../../../src/core/budget/budgetJson";
import { budgetOfTable } from "../../../src/core/budget/budgetOfTable";
import { readBudgetTable } from "../../../src/core/budget/budgetTable";
import { budgetVariance } from "../../../src/core/budget/budgetVariance";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { makeGrid } from "../makeGrid";

const H = [
  "Position ID",
  "Reports To",
  "Department",
  "Cost Center",
  "Name",
  "Status",
  "Base Salary",
  "Location",
  "Start Date",
];
/** A 10% levy for Testville: each position costs its monthly pay × 1.1. */
const RATES = makeGrid(["Location", "Item", "Employer rate"], [["Testville", "Levy", "10%"]], "Rates");
/**
 * A: Ops, 120,000 a year → 10,000 pay + 1,000 levy = 11,000 a month.
 * B: Ops, 96,000 → 8,000 + 800 = 8,800 a month.
 * C: Ops, a planned hire from 1 July, 120,000 → 11,000 a month from July.
 * D: Finance, 60,000 → 5,000 + 500 = 5,500 a month.
 * E: Finance, closed (not costed, not counted).
 */
const ROWS: CellValue[][] = [
  ["A", null, "Ops", "CC-1", "Ann", "Filled", 120000, "Testville", null],
  ["B", "A", "Ops", "CC-1", "Bo", "Filled", 96000, "Testville", null],
  ["C", "A", "Ops", "CC-2", null, "Planned", 120000, "Testville", "2026-07-01"],
  ["D", "A", "Finance", "CC-3", "Di", "Filled", 60000, "Testville", null],
  ["E", "D", "Finance", "CC-3", null, "Closed", 60000, "Testville", null],
];

function costed(rows: CellValue[][] = ROWS) {
  const positions = makeGrid(H, rows);
  const analysis = buildOrgModel(positions);
  const cost = costHeadcount({ analysis, positions, rates: RATES }, { settings: { year: 2026 } });
  return { analysis, cost };
}

function budgetGrid(header: string[], rows: CellValue[][]) {
  return makeGrid(header, rows, "Budget");
}

const monthly = (department: string, headcount: number, cost: number): CellValue[][] =>
  Array.from({ length: 12 }, (_, m) => [department, `2026-${String(m + 1).padStart(2, "0")}`, headcount, cost]);

describe("budgetVariance: hand-computed", () => {
  const { analysis, cost } = costed();
  const table = readBudgetTable(
    budgetGrid(
      ["Department", "Month", "Headcount", "Cost"],
      [...monthly("Ops", 2, 20000), ["Finance", null, 2, 60000], ["Marketing", "2026-01", 1, 5000]],
    ),
  )!;
  const variance = budgetVariance(table.lines, cost, {
    model: analysis.model,
    sheet: "Budget",
    headers: table.headers,
  });
  const json = budgetVarianceJson(variance);
  const ops = json.departments.find((d) => d.name === "Ops")!;
  const finance = json.departments.find((d) => d.name === "Finance")!;

  test("a monthly budget: January under budget by the rate alone", () => {
    // Jan: A 11,000 + B 8,800 = 19,800 against 20,000 → −200. Headcount 2 = 2: volume 0, rate −200.
    expect(ops.months[0]).toEqual({
      month: "2026-01",
      actualHeadcount: 2,
      budgetHeadcount: 2,
      headcountVariance: 0,
      actualCost: 19800,
      budgetCost: 20000,
      costVariance: -200,
      volumeEffect: 0,
      rateEffect: -200,
      overHeadcount: false,
      overCost: false,
    });
  });

  test("a planned hire from July: volume and rate effects", () => {
    // Jul: 19,800 + C 11,000 = 30,800 against 20,000 → +10,800.
    // Volume: (3 − 2) × 20,000 / 2 = 10,000. Rate: 3 × (30,800 / 3 − 10,000) = 800. 10,000 + 800 = 10,800.
    expect(ops.months[6]).toMatchObject({
      actualHeadcount: 3,
      headcountVariance: 1,
      actualCost: 30800,
      costVariance: 10800,
      volumeEffect: 10000,
      rateEffect: 800,
      overHeadcount: true,
      overCost: true,
    });
  });

  test("the year of a monthly budget sums its months", () => {
    // Actual 6 × 19,800 + 6 × 30,800 = 303,600 against 12 × 20,000 = 240,000 → +63,600
    // = volume 6 × 10,000 = 60,000 + rate 6 × (−200) + 6 × 800 = 3,600.
    expect(ops.year).toMatchObject({
      basis: "months",
      actualCost: 303600,
      budgetCost: 240000,
      costVariance: 63600,
      volumeEffect: 60000,
      rateEffect: 3600,
      actualHeadcount: 2.5,
      budgetHeadcount: 2,
    });
  });

  test("an annual budget: headcount against each month, cost against the year's total", () => {
    // Finance: D alone, 1 post each month (E is closed) against 2: never over.
    expect(finance.months.every((m) => m.actualHeadcount === 1 && m.budgetHeadcount === 2 && !m.overHeadcount)).toBe(
      true,
    );
    expect(finance.months[0].budgetCost).toBeUndefined();
    // Year: 12 × 5,500 = 66,000 against 60,000 → +6,000.
    // Volume: (1 − 2) × 60,000 / 2 = −30,000. Rate: 1 × (66,000 − 30,000) = 36,000. −30,000 + 36,000 = 6,000.
    expect(finance.year).toMatchObject({
      basis: "annual",
      actualCost: 66000,
      budgetCost: 60000,
      costVariance: 6000,
      volumeEffect: -30000,
      rateEffect: 36000,
      overCost: true,
    });
  });

  test("totals: variance = volume + rate", () => {
    // 63,600 + 6,000 = 69,600 = (60,000 − 30,000) + (3,600 + 36,000).
    expect(json.total).toEqual({
      actualCost: 369600,
      budgetCost: 300000,
      costVariance: 69600,
      volumeEffect: 30000,
      rateEffect: 39600,
      unsplit: 0,
    });
  });

  test("findings: over budget with the months named as a run and the amounts as money", () => {
    const messages = variance.findings.map((f) => `${f.code}: ${findingMessage(f, "en")}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "OVER_BUDGET_HEADCOUNT: Ops is over its headcount budget in Jul–Dec 2026: at most 3 posts against 2 budgeted (1 over).",
        // Jul–Dec: 6 × 30,800 = 184,800 against 6 × 20,000 = 120,000.
        "OVER_BUDGET_COST: Ops’s cost is over budget in Jul–Dec 2026: 184,800.00 against 120,000.00 budgeted (64,800.00 over).",
        "OVER_BUDGET_COST: Finance’s cost for the year (Jan–Dec 2026) is over its annual budget: 66,000.00 against 60,000.00 (6,000.00 over).",
      ]),
    );
    const overHeads = variance.findings.find((f) => f.code === "OVER_BUDGET_HEADCOUNT")!;
    expect(overHeads.sheet).toBe("Budget");
    // The Ops lines for July–December are rows 8–13 (header in row 1, January in row 2).
    expect(overHeads.rows).toEqual([8, 9, 10, 11, 12, 13]);
  });

  test("BUDGET_UNMATCHED points at the budget row of a department no position has", () => {
    const unmatched = variance.findings.find((f) => f.code === "BUDGET_UNMATCHED")!;
    expect(unmatched).toMatchObject({ rows: [15], sheet: "Budget", params: { name: "Marketing", by: "department" } });
    expect(findingMessage(unmatched, "en")).toContain("“Marketing” (Department, row(s) 15 of “Budget”)");
    expect(json.unmatched).toEqual([{ name: "Marketing", by: "department", rows: [15] }]);
    expect(json.departments.map((d) => d.name)).toEqual(["Ops", "Finance"]);
  });

  test("in Chinese: 编制, the months as 2026年7–12月, money as ¥", () => {
    const zh = budgetVariance(table.lines, cost, { model: analysis.model, sheet: "Budget" });
    const text = zh.findings.map((f) => findingMessage(f, "zh-CN")).join("\n");
    expect(text).toContain("Ops在2026年7–12月的编制超出预算：最多时实际 3 个，预算 2 个（超出 1 个）。");
    expect(text).toContain("实际 184,800.00，预算 120,000.00（超出 64,800.00）");
    expect(text).not.toMatch(/FTE/);
  });
});

describe("budgetVariance: rounding, cost centers, money", () => {
  test("volume rounded half up to the cent, the residual in the rate effect (by cost center)", () => {
    const { analysis, cost } = costed();
    const table = readBudgetTable(
      budgetGrid(["Cost Center", "Month", "Budget Headcount", "Budget"], [["CC-1", "Jan 2026", 3, 40000]]),
    )!;
    const v = budgetVariance(table.lines, cost, { model: analysis.model });
    const jan = v.departments[0].months[0];
    // CC-1 is A and B: 19,800 against 40,000 → −20,200.
    // Volume: (2 − 3) × 40,000 / 3 = −13,333.333… → −13,333.33 (ticks −133,333,300).
    // Rate: −20,200 − (−13,333.33) = −6,866.67 = 2 × (9,900 − 13,333.33…) with the 0.0033 residual.
    expect(jan.costVariance).toBe(-202_000_000);
    expect(jan.volumeEffect).toBe(-133_333_300);
    expect(jan.rateEffect).toBe(-68_666_700);
    expect(jan.volumeEffect! + jan.rateEffect!).toBe(jan.costVariance);
    expect(v.departments[0].by).toBe("costCenter");
    // Only January is budgeted: the year covers January.
    expect(v.departments[0].year).toMatchObject({ basis: "months", months: ["2026-01"] });
  });

  test("a currency: findings format money in the reporting currency", () => {
    const rows = ROWS.map((row) => [...row]);
    const header = [...H, "Currency"];
    const positions = makeGrid(
      header,
      rows.map((row) => [...row, "CNY"]),
    );
    const analysis = buildOrgModel(positions);
    const cost = costHeadcount({ analysis, positions, rates: RATES }, { settings: { year: 2026 } });
    const grid = budgetGrid(["部门", "月份", "编制", "预算"], [["Finance", "", 1, 1000]]);
    const en = budgetOfTable(grid, cost, { model: analysis.model });
    expect(en.findings.map((f) => findingMessage(f, "en"))).toContain(
      "Finance’s cost for the year (Jan–Dec 2026) is over its annual budget: CN¥66,000.00 against CN¥1,000.00 (CN¥65,000.00 over).",
    );
    const zh = budgetOfTable(grid, cost, { model: analysis.model });
    expect(zh.findings.map((f) => findingMessage(f, "zh-CN"))).toContain(
      "Finance全年（2026年1–12月）人力成本超出年度预算：实际 ¥66,000.00，预算 ¥1,000.00（超出 ¥65,000.00）。",
    );
  });
});

describe("the Budget table: Chinese headers, month forms, bad cells", () => {
  test("Chinese headers and months written several ways", () => {
    const table = readBudgetTable(
      budgetGrid(
        ["部门", "月份", "预算编制", "预算金额"],
        [
          ["运营部", "2026年3月", 5, "12万"],
          ["运营部", "4月", 5, 120000],
          ["运营部", "May 2026", 5, 120000],
          ["运营部", 46204, 5, 120000], // an Excel date serial: 2026-07-01
          ["运营部", "全年", 6, null],
          ["财务部", null, 2, null],
        ],
      ),
    )!;
    expect(table.findings).toEqual([]);
    expect(table.lines.map((line) => line.period)).toEqual([
      { kind: "month", year: 2026, month: 3 },
      { kind: "month", month: 4 },
      { kind: "month", year: 2026, month: 5 },
      { kind: "month", year: 2026, month: 7 },
      { kind: "year" },
      { kind: "year" },
    ]);
    expect(table.lines[0]).toMatchObject({ by: "department", name: "运营部", headcount: 5, costTicks: 1_200_000_000 });
  });

  test("bad cells are findings on the budget row; nothing is lost", () => {
    const table = readBudgetTable(
      budgetGrid(
        ["Department", "Cost Center", "Month", "Headcount", "Cost"],
        [
          ["Ops", null, "soon", 2, 100], // row 2: no month → line left out
          ["Ops", null, "2026-02", "two", 100], // row 3: headcount unreadable, cost kept
          ["Ops", null, "2026-03", 2, -5], // row 4: a negative cost
          [null, null, "2026-03", 2, 100], // row 5: neither department nor cost center
          [null, "CC-9", "2026-03", 1, 100], // row 6: by cost center
        ],
      ),
    )!;
    const codes = table.findings.map((f) => [f.code, f.rows[0], f.sheet]).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(codes).toEqual([
      ["INVALID_DATE", 2, "Budget"],
      ["INVALID_NUMBER", 3, "Budget"],
      ["INVALID_NUMBER", 4, "Budget"],
      ["MISSING_BUDGET_DEPARTMENT", 5, "Budget"],
    ]);
    expect(table.lines.map((line) => [line.row, line.by, line.name, line.headcount, line.costTicks])).toEqual([
      [3, "department", "Ops", undefined, 1_000_000],
      [4, "department", "Ops", 2, undefined],
      [6, "costCenter", "CC-9", 1, 1_000_000],
    ]);
    // Every non-blank row is a line or named in a finding.
    const accounted = new Set([...table.lines.map((l) => l.row), ...table.findings.flatMap((f) => f.rows)]);
    expect([...accounted].sort()).toEqual([2, 3, 4, 5, 6]);
    const { analysis, cost } = costed();
    const messages = budgetOfTable(budgetGrid(["Department", "Month", "Headcount"], [["Ops", "Sometime", 1]]), cost, {
      model: analysis.model,
    }).findings.map((f) => findingMessage(f, "en"));
    expect(messages).toEqual([
      "“Sometime” in Month names no month (row 2 of “Budget”, budget of “Ops”); the budget line is left out.",
    ]);
  });

  test("lines outside the fiscal year are named in one finding", () => {
    const { analysis, cost } = costed();
    const result = budgetOfTable(
      budgetGrid(
        ["Department", "Month", "Headcount"],
        [
          ["Ops", "2025-12", 1],
          ["Ops", "2027-01", 1],
        ],
      ),
      cost,
      { model: analysis.model },
    );
    expect(result.findings.map((f) => [f.code, f.rows, findingMessage(f, "en")])).toEqual([
      [
        "BUDGET_OUTSIDE_YEAR",
        [2, 3],
        "2 budget line(s) of “Budget” (rows 2, 3) fall outside the fiscal year Jan–Dec 2026; they are not compared.",
      ],
    ]);
  });

  test("no Budget table: no variance, no findings", () => {
    const { analysis, cost } = costed();
    expect(budgetOfTable(undefined, cost, { model: analysis.model })).toEqual({ findings: [] });
    expect(readBudgetTable(makeGrid(["Currency", "Rate"], [["USD", 7]], "FX"))).toBeUndefined();
  });
});
