import { readFileSync } from "node:fs";
import { addCostSheets } from "../fixtures/costWorkbook";
import { loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { cents, cost, expectTableEqualsJson, readCostTable, shown } from "./costSheetReading";
import { recalculateWithLibreOffice } from "./recalculate";

jest.setTimeout(300_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

describe("the Headcount cost sheet as LibreOffice recalculates it", () => {
  test("structured references: totals equal the JSON to the cent; a salary edit moves the total by exactly the expected amount", async () => {
    const input = temp.file("org.xlsx");
    await writeXlsxFile(input, (workbook) => addCostSheets(workbook, "Staff"));
    const out = temp.file("cost.xlsx");
    const json = await cost(input, ["--out", out]);
    expect(json.report).toEqual({ file: out, sheets: ["Headcount cost"] });

    const written = await loadXlsx(new Uint8Array(readFileSync(out)));
    const formulas: string[] = [];
    written.getWorksheet("Headcount cost")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string };
        if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
      }),
    );
    // Structured references to the user's table; functions every target evaluates.
    expect(formulas.some((formula) => formula.includes("INDEX(Staff[Base Salary],2)"))).toBe(true);
    expect(formulas.some((formula) => formula.includes("SUMPRODUCT("))).toBe(true);
    expect(formulas.join("\n")).not.toMatch(/XLOOKUP|LET\(|LAMBDA|FILTER\(/);

    const first = await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(out))));
    const sheet = first.getWorksheet("Headcount cost")!;
    const table = expectTableEqualsJson(sheet, json);
    // Every position's month cells are live formulas (the job share is two posts, not one joined row).
    const rowOf = (id: string) => {
      let found = 0;
      sheet.eachRow((row, r) => {
        if (found === 0 && row.getCell(1).value === id && typeof row.getCell(2).value === "object") found = r;
      });
      return found;
    };
    for (const id of ["A", "B", "C", "D", "E", "F1", "F2", "G", "H", "I"])
      expect(typeof (sheet.getCell(rowOf(id), 2).value as { formula?: string }).formula).toBe("string");
    // The 176.415 case: A's base (50,000 a month) is above Beijing's cap (35,283); each line rounded to the cent:
    // pension 5,645.28, medical 3,457.73 (3,457.734), injury 141.13 (141.132), housing fund 4,233.96 and
    // unemployment 176.42 (35,283 × 0.5% = 176.415, half up; binary floating point would give 176.41).
    expect(cents(table.rows.get("A")![0])).toBe(cents(50000 + 5645.28 + 3457.73 + 141.13 + 4233.96 + 176.42));
    // The reconciliation line: the formulas' total against Orgwright's, difference 0.
    let reconciled = "";
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Difference") reconciled = String(shown(row.getCell(3)));
    });
    expect(reconciled).toBe("Reconciled");

    // B (60,000 a year: 5,000 a month, below Beijing's social insurance floor) gets 72,000: 6,000 a month is still
    // below the floor (6,821, then 7,162 from July), so those lines stay; pay rises by 1,000 a month and the housing
    // fund (floor 2,420) by 12% × 1,000 = 120 a month: the year's total moves by exactly 13,440.00.
    const edited = await loadXlsx(new Uint8Array(readFileSync(out)));
    const positions = edited.getWorksheet("Positions")!;
    expect(positions.getCell(3, 1).value).toBe("B");
    positions.getCell(3, 7).value = 72000;
    const editedFile = temp.file("edited.xlsx");
    await edited.xlsx.writeFile(editedFile);
    const again = await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(editedFile))));
    const after = readCostTable(again.getWorksheet("Headcount cost")!);
    expect(cents(after.total[12]) - cents(table.total[12])).toBe(1_344_000);
    // …and equals what Orgwright computes from the edited file.
    const recosted = await cost(editedFile);
    expect(cents(after.total[12])).toBe(cents(recosted.total));
    expect(after.rows.get("B")!.map(cents)).toEqual([
      ...recosted.positions.find((p) => p.id === "B")!.months.map((m) => cents(m.total)),
      cents(recosted.positions.find((p) => p.id === "B")!.total),
    ]);
  });
});

describe("the Headcount cost sheet over a plain range and the workbook's own Rates table", () => {
  test("plain references, the full-time basis (salary × FTE cells), a threshold and a cap: totals equal the JSON", async () => {
    const input = temp.file("plain.xlsx");
    await writeXlsxFile(input, (workbook) =>
      addCostSheets(workbook, undefined, [
        ["Location", "Item", "Employer rate", "Base floor", "Base cap", "Threshold", "From", "To"],
        ["Beijing", "Levy above a threshold", "7.5%", 1000, 30000, 4000.5, "2025-01-01", "2025-06-30"],
        ["Beijing", "Levy above a threshold", "8%", 1000, 30000, 4000.5, "2025-07-01", "2025-12-31"],
        ["Shanghai", "Flat", 0.033, null, null, null, null, null],
      ]),
    );
    const out = temp.file("plain-cost.xlsx");
    const json = await cost(input, ["--out", out, "--salary-basis", "full-time"]);
    const written = await loadXlsx(new Uint8Array(readFileSync(out)));
    const formulas: string[] = [];
    written.getWorksheet("Headcount cost")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string };
        if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
      }),
    );
    expect(formulas).toContain("ROUND('Positions'!$G$2*'Positions'!$F$2,4)");
    // The workbook's Rates rows are the ones costed (and written into the rates block the formulas read).
    expect(json.onCosts.map((line) => line.item)).toEqual(expect.arrayContaining(["Levy above a threshold", "Flat"]));
    const recalculated = await loadXlsx(await recalculateWithLibreOffice(new Uint8Array(readFileSync(out))));
    expectTableEqualsJson(recalculated.getWorksheet("Headcount cost")!, json);
  });
});
