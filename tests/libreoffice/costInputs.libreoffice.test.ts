import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/runCli";
import { addCostSheets } from "../fixtures/costWorkbook";
import { UK_JUNIOR_HEADER, UK_JUNIOR_ROWS, UK_ORGANOGRAM_HEADER, UK_ORGANOGRAM_ROWS } from "../fixtures/ukOrganogram";
import { loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { cents, cost, expectTableEqualsJson, readCostTable } from "./costSheetReading";
import { recalculateAllWithLibreOffice, recalculateWithLibreOffice } from "./recalculate";

jest.setTimeout(300_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

/** Columns of the fixture's positions sheet (tests/fixtures/costWorkbook.ts) and its rows by position ID. */
const COLUMN = { startDate: 10, bonus: 13, allowances: 14 } as const;
const ROW = { B: 3, E: 6, I: 11 } as const;

interface Edit {
  name: string;
  /** What changes in the written file (the user's tables only: never the Headcount cost sheet). */
  apply: (workbook: ExcelJS.Workbook) => void;
  /** Positions whose months must change, and positions that must not. */
  moves: string[];
  stays: string[];
  /** The move of the year's total, in cents, when it can be worked out by hand. */
  expectedCents?: number;
}

const EDITS: Edit[] = [
  {
    // I (UK, £85,000, Bonus 10%) to 20%: pay rises by £8,500 a year; on-costs are on the base, so they stay.
    name: "bonus.xlsx",
    apply: (workbook) => (workbook.getWorksheet("Positions")!.getCell(ROW.I, COLUMN.bonus).value = 20),
    moves: ["I"],
    stays: ["A", "B", "E", "F1", "H"],
  },
  {
    // E's allowances 24,000 → 36,000 a year (CNY): 1,000 a month more pay, not in the contribution base.
    name: "allowance.xlsx",
    apply: (workbook) => (workbook.getWorksheet("Positions")!.getCell(ROW.E, COLUMN.allowances).value = 36000),
    moves: ["E"],
    stays: ["A", "B", "I"],
    expectedCents: 1_200_000,
  },
  {
    // B (Beijing, costed all year) now starts on 10 March 2025: January and February drop out, March is 22/31.
    name: "start.xlsx",
    apply: (workbook) =>
      (workbook.getWorksheet("Positions")!.getCell(ROW.B, COLUMN.startDate).value = new Date(Date.UTC(2025, 2, 10))),
    moves: ["B"],
    stays: ["A", "E", "I"],
  },
  {
    // GBP → CNY from July 9.2 → 9.3 in the FX table: every GBP position's July–December moves.
    name: "fx.xlsx",
    apply: (workbook) => (workbook.getWorksheet("FX")!.getCell(3, 2).value = 9.3),
    moves: ["F1", "F2", "I"],
    stays: ["A", "B", "E", "H"],
  },
];

describe("the Headcount cost sheet follows edits of bonus, allowances, dates and FX (LibreOffice)", () => {
  test("each edit in the user's tables moves the recalculated total by exactly what the cost model gives", async () => {
    const input = temp.file("inputs.xlsx");
    await writeXlsxFile(input, (workbook) => addCostSheets(workbook, "Staff"));
    const out = temp.file("inputs-cost.xlsx");
    const json = await cost(input, ["--out", out]);
    const written = readFileSync(out);

    // The inputs are formulas over the user's cells (structured references) and the FX table.
    const book = await loadXlsx(new Uint8Array(written));
    const formulas: string[] = [];
    book.getWorksheet("Headcount cost")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string };
        if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
      }),
    );
    for (const expected of [
      "N(INDEX(Staff[Bonus %],10))",
      "ROUND(N(INDEX(Staff[Allowances],5)),4)",
      "INT(N(INDEX(Staff[Start Date],2)))",
      "IF(N(INDEX(Staff[End Date],4))>=61,INT(N(INDEX(Staff[End Date],4))),2958465)",
      "IF(ISNUMBER(INDEX(Staff[Number of Posts],9)),INDEX(Staff[Number of Posts],9),1)",
      "ROUND('FX'!$B$3,8)",
    ])
      expect(formulas).toContain(expected);
    expect(formulas.join("\n")).not.toMatch(/XLOOKUP|LET\(|LAMBDA|FILTER\(/);

    // Every edit in its own copy of the written file; LibreOffice recalculates the original and all copies at once.
    const files = [{ name: "original.xlsx", bytes: new Uint8Array(written) }];
    for (const edit of EDITS) {
      const copy = await loadXlsx(new Uint8Array(written));
      edit.apply(copy);
      const file = temp.file(edit.name);
      await copy.xlsx.writeFile(file);
      files.push({ name: edit.name, bytes: new Uint8Array(readFileSync(file)) });
    }
    const [original, ...edited] = await recalculateAllWithLibreOffice(files);
    const before = expectTableEqualsJson((await loadXlsx(original)).getWorksheet("Headcount cost")!, json);

    for (const [i, edit] of EDITS.entries()) {
      const after = readCostTable((await loadXlsx(edited[i])).getWorksheet("Headcount cost")!);
      // Orgwright on the edited file (without --out: it reads the user's tables, not the sheet).
      const recosted = await cost(temp.file(edit.name));
      const moved = cents(after.total[12]) - cents(before.total[12]);
      expect({ edit: edit.name, moved }).toEqual({
        edit: edit.name,
        moved: cents(recosted.total) - cents(json.total),
      });
      if (edit.expectedCents !== undefined) expect(moved).toBe(edit.expectedCents);
      expect(moved).not.toBe(0);
      expect(after.total.map(cents)).toEqual([...recosted.monthTotals.map(cents), cents(recosted.total)]);
      for (const id of [...edit.moves, ...edit.stays]) {
        const position = recosted.positions.find((p) => p.id === id)!;
        expect({ edit: edit.name, id, cents: after.rows.get(id)!.map(cents) }).toEqual({
          edit: edit.name,
          id,
          cents: [...position.months.map((month) => cents(month.total)), cents(position.total)],
        });
      }
      for (const id of edit.moves) expect(after.rows.get(id)![12]).not.toBe(before.rows.get(id)![12]);
      for (const id of edit.stays) expect(after.rows.get(id)![12]).toBe(before.rows.get(id)![12]);
    }
  });
});

describe("a UK organogram and its headcount lines joined from a second file (LibreOffice)", () => {
  // The senior posts' salary column is "Actual Pay Floor (£)" with a ceiling beside it: a range, costed at its mid
  // point, so the annual pay is a value (a formula over the floor cell gave 2,499.50 a year less per post). The lines'
  // cells are not in the positions table: their inputs are values (references would read blank cells past the table).
  test("pay floor + ceiling as a range, joined lines from values: the formulas' total equals the JSON, reconciled", async () => {
    const senior = temp.file("senior.xlsx");
    await writeXlsxFile(senior, (workbook) =>
      workbook.addWorksheet("Senior").addRows([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]),
    );
    const junior = temp.file("junior.xlsx");
    await writeXlsxFile(junior, (workbook) =>
      workbook.addWorksheet("junior").addRows([UK_JUNIOR_HEADER, ...UK_JUNIOR_ROWS]),
    );
    const out = temp.file("lines-cost.xlsx");
    let stdout = "";
    const status = await runCli(
      ["cost", senior, junior, "--year", "2025", "--out", out],
      { LANG: "en_US.UTF-8" },
      { stdout: (text) => (stdout += text), stderr: () => {} },
    );
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { total: number; positions: { id: string }[] };
    expect(json.positions.some((position) => position.id.includes("/junior!"))).toBe(true);
    const sheet = (await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(out))))).getWorksheet(
      "Headcount cost",
    )!;
    const table = readCostTable(sheet);
    expect(cents(table.total[12])).toBe(cents(json.total));
    let reconciled = "";
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Difference")
        reconciled = String((row.getCell(3).value as { result?: unknown }).result);
    });
    expect(reconciled).toBe("Reconciled");
  });
});
