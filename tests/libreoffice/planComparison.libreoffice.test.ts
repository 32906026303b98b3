import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { loadComparedSides } from "../../src/cli/loadComparedSides";
import { runCli } from "../../src/cli/runCli";
import { writeComparison } from "../../src/cli/runCompare";
import { comparePlans } from "../../src/core/compare/planComparison";
import type { SheetSpec, SpecCell } from "../../src/core/sheet/sheetSpec";
import { layoutSheetSpec } from "../../src/core/sheet/sheetSpecLayout";
import { translatorFor } from "../../src/i18n";
import { writeOneWorkbook, writeTwoWorkbooks } from "../cli/compareFixtures";
import { loadXlsx, makeTempDir } from "../fixtures/workbookFiles";
import { recalculateWithLibreOffice } from "./recalculate";

jest.setTimeout(300_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

/** The value a cell shows after LibreOffice recalculated it: a formula's result, else the value. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value))
    return (value as { result?: unknown }).result ?? 0;
  return value;
}

/** Every formula cell of a written spec: [sheet row, sheet column, formula, the value the TypeScript side cached]. */
function formulaCells(spec: SheetSpec): [number, number, string, SpecCell][] {
  const found: [number, number, string, SpecCell][] = [];
  for (const block of layoutSheetSpec(spec).sections)
    block.section.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === "object" && cell !== null)
          found.push([block.firstDataRow + r, c + 1, cell.formula, cell.value ?? null]);
      }),
    );
  return found;
}

/** Money compared to the cent, counts and FTE exactly, text as is. */
function comparable(value: unknown): unknown {
  // A date-formatted cell (the cost sheet's first and last day costed) reads back as a Date: compare its serial.
  if (value instanceof Date) value = value.getTime() / 86_400_000 + 25_569;
  return typeof value === "number" ? Math.round(value * 100) / 100 + 0 : value; // -0 and 0 alike
}

/** Every cell value of a worksheet (formulas as their text), to check the user's sheets were not changed. */
function cellsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

async function compareAndWrite(args: { baseline: string; plan: string; sheet?: string; planSheet?: string }) {
  const out = temp.file(`compare-${Math.random().toString(36).slice(2)}.xlsx`);
  const command = {
    kind: "compare" as const,
    baseline: args.baseline,
    plan: args.plan,
    ...(args.sheet ? { sheet: args.sheet } : {}),
    ...(args.planSheet ? { planSheet: args.planSheet } : {}),
    format: "json" as const,
    settings: { year: 2025 },
    out,
  };
  const sides = await loadComparedSides(command, translatorFor("en"));
  if (!sides.ok) throw new Error(sides.message);
  const comparison = comparePlans(
    { analysis: sides.baseline.loaded.analysis, cost: sides.baseline.loaded.cost },
    { analysis: sides.plan.loaded.analysis, cost: sides.plan.loaded.cost },
  );
  const written = await writeComparison(out, sides, comparison, "en");
  if (!written.ok) throw new Error(written.detail);
  return { out, written, comparison };
}

/** Recalculates the file in LibreOffice and checks every formula of the written specs against its cached value. */
async function expectFormulasRecalculateToCache(file: string, sheets: string[], specs: SheetSpec[]) {
  const recalculated = await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(file))));
  let compared = 0;
  specs.forEach((spec, i) => {
    const sheet = recalculated.getWorksheet(sheets[i])!;
    for (const [row, column, formula, cached] of formulaCells(spec)) {
      expect({ sheet: sheets[i], row, column, formula, value: comparable(shown(sheet.getCell(row, column))) }).toEqual({
        sheet: sheets[i],
        row,
        column,
        formula,
        value: comparable(cached),
      });
      compared++;
    }
  });
  return { recalculated, compared };
}

describe("the Plan comparison sheet as LibreOffice recalculates it", () => {
  test("one workbook (a table and a plan sheet), names taken by the user's sheets: every formula equals its cache; an edited salary moves Δ cost", async () => {
    const input = temp.file("one.xlsx");
    await writeOneWorkbook(input);
    // The user's own sheets named like the add-in's: they are kept, the add-in's go to "Name (2)".
    const original = await loadXlsx(new Uint8Array(readFileSync(input)));
    original.addWorksheet("Plan comparison").getCell("A1").value = "the user's own notes";
    original.addWorksheet("Plan cost").getCell("B2").value = 42;
    await original.xlsx.writeFile(input);

    const { out, written, comparison } = await compareAndWrite({
      baseline: input,
      plan: input,
      sheet: "Positions",
      planSheet: "Plan 2026",
    });
    if (!written.ok) throw new Error("not written");
    expect(written.sheets).toEqual(["Baseline cost", "Plan cost (2)", "Plan comparison (2)"]);

    const { recalculated, compared } = await expectFormulasRecalculateToCache(out, written.sheets, written.specs);
    expect(compared).toBeGreaterThan(60);
    // The budget block is there (the workbook's Budget table), its variance formulas among those compared.
    const budgetBlock = written.specs[2].sections![5];
    expect(budgetBlock.title).toBe("Against the budget (the plan's workbook)");
    expect(budgetBlock.rows.map((row) => row[0])).toEqual(["Content", "Data", "Total"]);
    expect(budgetBlock.rows[2][6]).toEqual({ formula: expect.stringMatching(/^ROUND\(SUM\(G/), value: 52_400 });

    // The summary's figures are live: headcount and FTE over the tables, cost over the two cost sheets.
    const sheet = recalculated.getWorksheet("Plan comparison (2)")!;
    const formulaOf = (row: number, column: number) =>
      (sheet.getCell(row, column).value as { formula?: string }).formula;
    const summaryRow = (label: string) => {
      for (let r = 1; r < 20; r++) if (sheet.getCell(r, 1).value === label) return r;
      throw new Error(`no ${label}`);
    };
    const headcount = summaryRow("Headcount");
    const cost = summaryRow("Cost (CNY)");
    expect(formulaOf(headcount, 2)).toBe("COUNTA(Staff[Position ID])");
    expect(formulaOf(headcount, 3)).toBe("COUNTA('Plan 2026'!$A$2:$A$7)");
    expect(formulaOf(cost, 3)).toContain("'Plan cost (2)'!");
    expect([2, 3, 4].map((c) => shown(sheet.getCell(headcount, c)))).toEqual([5, 6, 1]);
    expect([2, 3, 4].map((c) => shown(sheet.getCell(cost, c)))).toEqual([1_386_000, 1_610_400, 224_400]);
    expect(comparison.bridge.plan - comparison.bridge.baseline).toBe(224_400 * 10_000);

    // The user's sheets are in the copy as they were in the file read.
    const before = await loadXlsx(new Uint8Array(readFileSync(input)));
    const copy = await loadXlsx(new Uint8Array(readFileSync(out)));
    for (const name of ["Positions", "Plan 2026", "Rates", "Plan comparison", "Plan cost"])
      expect(cellsOf(copy.getWorksheet(name)!)).toEqual(cellsOf(before.getWorksheet(name)!));

    // P2's salary raised by 12,000 in the plan sheet of the written file: Δ cost moves by 12,000 × 1.1 (the levy).
    const edited = await loadXlsx(new Uint8Array(readFileSync(out)));
    const plan = edited.getWorksheet("Plan 2026")!;
    expect(plan.getCell(3, 1).value).toBe("P2");
    plan.getCell(3, 7).value = 276_000;
    const editedFile = temp.file("edited.xlsx");
    await edited.xlsx.writeFile(editedFile);
    const after = await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(editedFile))));
    const afterSheet = after.getWorksheet("Plan comparison (2)")!;
    expect([2, 3, 4].map((c) => shown(afterSheet.getCell(cost, c)))).toEqual([1_386_000, 1_623_600, 237_600]);
  });

  test("two workbooks: the baseline's figures are values, its rows linked in its file; the plan's are formulas", async () => {
    const baselineFile = temp.file("baseline.xlsx");
    const planFile = temp.file("plan.xlsx");
    await writeTwoWorkbooks(baselineFile, planFile);
    const { out, written } = await compareAndWrite({ baseline: baselineFile, plan: planFile });
    if (!written.ok) throw new Error("not written");
    expect(written.sheets).toEqual(["Plan cost", "Plan comparison"]);
    const { recalculated, compared } = await expectFormulasRecalculateToCache(out, written.sheets, written.specs);
    expect(compared).toBeGreaterThan(30);
    const sheet = recalculated.getWorksheet("Plan comparison")!;
    const cells: { formula?: string }[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value as { formula?: string })));
    const formulas = cells.map((cell) => cell?.formula).filter((formula): formula is string => !!formula);
    expect(formulas).toContain("COUNTA(Plan[Position ID])");
    expect(formulas.some((formula) => formula.startsWith(`HYPERLINK("baseline.xlsx#'Positions'!A`))).toBe(true);
    expect(formulas.some((formula) => formula.startsWith(`HYPERLINK("#'Positions'!A`))).toBe(true);
  });

  test("the Chinese sample with a scenario made and edited by `orgwright scenario`: a closed post counted by COUNTIF; every formula equals its cache", async () => {
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const sample = temp.file("zh-sample.xlsx");
    const withPlan = temp.file("zh-plan.xlsx");
    const edited = temp.file("zh-edited.xlsx");
    expect(await runCli(["sample", "--out", sample, "--lang", "zh-CN"], {}, quiet)).toBe(0);
    expect(
      await runCli(
        ["scenario", "create", sample, "--name", "2026 调整", "--out", withPlan, "--lang", "zh-CN"],
        {},
        quiet,
      ),
    ).toBe(0);
    const planSheet = "方案：2026 调整";
    expect(
      await runCli(
        [
          "scenario",
          "edit",
          withPlan,
          "--plan-sheet",
          planSheet,
          "--salary",
          "OC-011",
          "456000",
          "--remove",
          "OC-013",
          "--status",
          "OC-014",
          "closed",
          "--out",
          edited,
        ],
        {},
        quiet,
      ),
    ).toBe(0);
    const { out, written, comparison } = await compareAndWrite({ baseline: edited, plan: edited, planSheet });
    if (!written.ok) throw new Error("not written");
    expect(comparison.delta.total.delta.headcount).toBe(-2);
    const { recalculated, compared } = await expectFormulasRecalculateToCache(out, written.sheets, written.specs);
    expect(compared).toBeGreaterThan(60);
    const summary = written.specs[2].sections![0];
    expect(summary.rows[0][2]).toEqual({ formula: expect.stringContaining("-COUNTIF("), value: 33 });
    const sheet = recalculated.getWorksheet(written.sheets[2])!;
    expect(shown(sheet.getCell(layoutSheetSpec(written.specs[2]).sections[0].firstDataRow, 4))).toBe(-2);
  });

  test("the command line's --out writes the same sheet (Chinese headers say 编制)", async () => {
    const input = temp.file("zh.xlsx");
    await writeOneWorkbook(input);
    const out = temp.file("zh-out.xlsx");
    let stdout = "";
    const code = await runCli(
      [
        "compare",
        input,
        "--sheet",
        "Positions",
        "--plan-sheet",
        "Plan 2026",
        "--year",
        "2025",
        "--out",
        out,
        "--lang",
        "zh-CN",
      ],
      {},
      { stdout: (text) => (stdout += text), stderr: () => undefined },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).report).toEqual({ file: out, sheets: ["基线人力成本", "方案人力成本", "方案对比"] });
    const book = await loadXlsx(new Uint8Array(readFileSync(out)));
    const sheet = book.getWorksheet("方案对比")!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
    expect(texts).toEqual(expect.arrayContaining(["汇总", "编制", "变化明细", "成本桥（CNY）"]));
    expect(texts.join("\n")).not.toMatch(/FTE/);
  });
});
