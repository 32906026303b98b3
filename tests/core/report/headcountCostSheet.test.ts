import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { costHeadcount } from "../../../src/core/cost/costHeadcount";
import { formulaTemplate, monthFormula } from "../../../src/core/report/costMonthFormula";
import { headcountCostSheet } from "../../../src/core/report/headcountCostSheet";
import type { SpecCell } from "../../../src/core/sheet/sheetSpec";
import { layoutSheetSpec } from "../../../src/core/sheet/sheetSpecLayout";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Reports To", "Department", "Name", "FTE", "Base Salary", "Currency", "Location"];

function sheetOf(rows: CellValue[][], lang: "en" | "zh-CN" = "en", year = 2025) {
  const positions = makeGrid(HEADER, rows);
  const analysis = buildOrgModel(positions);
  const input = { analysis, positions };
  const cost = costHeadcount(input, { settings: { year, currency: "CNY" } });
  const spec = headcountCostSheet(input, cost, lang);
  const [reconciliation, table, rates, fxLines, fxMonths, workings] = layoutSheetSpec(spec).sections;
  return { spec, cost, reconciliation, table, rates, fxLines, fxMonths, workings };
}

const isFormula = (cell: SpecCell): cell is { formula: string; value?: string | number | boolean } =>
  typeof cell === "object" && cell !== null;

describe("headcountCostSheet", () => {
  test("one row per position (ID first, 12 months, the year last), a Total row, cached values the engine's", () => {
    const { table, cost } = sheetOf([
      ["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"],
      ["B", "A", "Ops", "Bo", 1, 60000, "CNY", "Shanghai"],
    ]);
    expect(table.section.columns.map((column) => column.header)).toEqual([
      "Position ID",
      ...cost.months.map((month) => month.key),
      "Total",
    ]);
    expect(table.section.rows.map((row) => row[0])).toEqual(["A", "B", "Total"]);
    const a = table.section.rows[0];
    expect(isFormula(a[1]) && a[1].formula).toContain("SUMPRODUCT(");
    expect(isFormula(a[1]) && a[1].value).toBe((cost.pay[0] + cost.onCosts[0]) / 10_000);
    expect(isFormula(a[13]) && a[13].formula).toBe(`SUM(B${table.firstDataRow}:M${table.firstDataRow})`);
    const total = table.section.rows[2];
    expect(isFormula(total[13]) && total[13].value).toBeCloseTo(cost.total / 10_000, 6);
    expect(JSON.stringify(table.section.rows)).not.toMatch(/XLOOKUP|LET\(|LAMBDA/);
  });

  test("the annual pay reads the user's salary cell (a plain range here); the reconciliation compares the totals", () => {
    const { workings, reconciliation, table } = sheetOf([["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"]]);
    expect(workings.section.rows[0][4]).toEqual({ formula: "ROUND('Positions'!$F$2,4)", value: 600000 });
    expect(reconciliation.section.rows[0][1]).toMatchObject({ formula: `N${table.firstDataRow + 1}` });
    expect(reconciliation.section.rows[2][2]).toMatchObject({ value: "Reconciled" });
  });

  test("a job share joined on one ID (pay summed from two rows): its annual pay is a value; no salary: values", () => {
    const { table, workings } = sheetOf([
      ["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"],
      ["J", "A", "Ops", "Jo", 0.5, 100000, "CNY", "Beijing"],
      ["J", "A", "Ops", "Jay", 0.5, 100000, "CNY", "Beijing"],
      ["N", "A", "Ops", "Ned", 1, null, "CNY", "Beijing"],
    ]);
    expect(table.section.rows.map((row) => row[0])).toEqual(["A", "J", "N", "Total"]);
    expect(isFormula(table.section.rows[1][1])).toBe(true);
    expect(workings.section.rows[1][4]).toBe(200000);
    expect(workings.section.rows[1][3]).toMatch(/^formulas \(annual pay a value/);
    expect(table.section.rows[2].slice(1, 13)).toEqual(new Array(12).fill(0));
    expect(workings.section.rows[2][3]).toMatch(/^values/);
  });

  test("built-in rates carried forward (2026: Beijing's last period ends 30 June): open-ended in the rates block", () => {
    const { table, rates, workings, reconciliation, cost } = sheetOf(
      [["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"]],
      "en",
      2026,
    );
    expect(cost.findings.map((finding) => finding.code)).toContain("RATE_CARRIED_FORWARD");
    expect(workings.section.rows[0][3]).toBe("formulas");
    expect(isFormula(table.section.rows[0][12])).toBe(true);
    // The 2025/26 lines run on (To 9999-12-31) and say so; the 2024/25 lines keep their end.
    const carried = rates.section.rows.filter((row) => row[7] === 2_958_465);
    expect(carried).toHaveLength(5);
    expect(carried.every((row) => String(row[10]).includes("carried forward after 2026-06-30"))).toBe(true);
    expect(reconciliation.section.rows[2][2]).toMatchObject({ value: "Reconciled" });
  });

  test("a headcount line joined below the positions (ownRows): its inputs are values, never references", () => {
    const positions = makeGrid(HEADER, [
      ["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"],
      ["L", "A", "Ops", "", 1, 96000, "CNY", "Beijing"],
    ]);
    const analysis = buildOrgModel(positions);
    const input = { analysis, positions, ownRows: 2 }; // the header and A are the sheet's; L was joined
    const cost = costHeadcount(input, { settings: { year: 2025, currency: "CNY" } });
    const workings = layoutSheetSpec(headcountCostSheet(input, cost, "en")).sections[5];
    expect(workings.section.rows[0][4]).toEqual({ formula: "ROUND('Positions'!$F$2,4)", value: 600000 });
    expect(workings.section.rows[1][4]).toBe(96000);
    // Bonus, months paid, allowances, posts, first and last day: values (the pay factor reads them in the workings).
    expect([6, 7, 9, 10, 11, 12].map((c) => isFormula(workings.section.rows[1][c]))).toEqual(new Array(6).fill(false));
    expect(String(workings.section.rows[1][3])).toMatch(/^formulas over values: a headcount line joined/);
    expect(JSON.stringify(workings.section.rows[1])).not.toContain("'Positions'!");
  });

  test("in Chinese: the sheet 人力成本, the last row 合计", () => {
    const { spec, table } = sheetOf([["A", "", "运营", "安", 1, 600000, "CNY", "北京"]], "zh-CN");
    expect(spec.name).toBe("人力成本");
    expect(table.section.rows[table.section.rows.length - 1][0]).toBe("合计");
    expect(table.section.columns[0].header).toBe("岗位编号");
  });
});

describe("formulaTemplate (each month's formula made once, joined per row)", () => {
  const ratesRange = (column: number) =>
    `$${String.fromCharCode(64 + column)}$5:$${String.fromCharCode(64 + column)}$64`;
  test("joined at any row, it is the formula made for that row", () => {
    for (const row of [1, 9, 10, 45_658, 100_041, 1_048_576])
      for (const m of [0, 6, 11]) {
        const f = (r: number) => monthFormula(r, m, 45_688 + 30 * m, ratesRange);
        expect(formulaTemplate(f).join(String(row))).toBe(f(row));
      }
  });

  test("in the sheet, each position's month cells read its own workings row", () => {
    const { table, workings } = sheetOf([
      ["A", "", "Ops", "Ann", 1, 600000, "CNY", "Beijing"],
      ["B", "A", "Ops", "Bo", 0.5, 60000, "CNY", "Shanghai"],
      ["C", "A", "Ops", "", 1, 90000, "CNY", "Beijing"],
    ]);
    for (let p = 0; p < 3; p++) {
      const cell = table.section.rows[p][5];
      const row = workings.firstDataRow + p;
      expect(isFormula(cell) && cell.formula).toContain(`$E${row}*$I${row}`);
      expect(isFormula(cell) && cell.formula).not.toContain(String(row + 1) + "*");
    }
  });
});
