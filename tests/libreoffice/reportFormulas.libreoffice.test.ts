import type ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { workbookReport } from "../../src/core/report/workbookReport";
import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { gridCellRef, gridColumnRef, specCellRef, specColumnRef } from "../../src/core/sheet/formulaAddress";
import { gridFromSheetSpec } from "../../src/core/sheet/gridFromSheetSpec";
import type { SheetSpec, SpecCell, WriteSheetResult } from "../../src/core/sheet/sheetSpec";
import { layoutSheetSpec } from "../../src/core/sheet/sheetSpecLayout";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { recalculateWithLibreOffice } from "./recalculate";

jest.setTimeout(240_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

/** The value a cell shows after LibreOffice recalculated it: a formula's result, else the value. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === "object" && "formula" in (value as object))
    return (value as { result?: unknown }).result;
  if (value && typeof value === "object" && "sharedFormula" in (value as object))
    return (value as { result?: unknown }).result;
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

describe("formulas as LibreOffice computes them equal the values the TypeScript engine caches", () => {
  test("the report sheets' formulas (findings' HYPERLINKs) and the addressing helpers, under a 'Name (2)' rename", async () => {
    // The user's workbook: the sample as tables, plus a sheet of theirs named like the add-in's check sheet.
    const bytes = await writeXlsxFile(temp.file("user.xlsx"), (workbook) => {
      for (const spec of operationsCenterWorkbook("en")) {
        const rows = gridFromSheetSpec(spec).rows;
        workbook.addWorksheet(spec.name).addTable({
          name: spec.table!.name,
          ref: "A1",
          columns: rows[0].map((header) => ({ name: String(header) })),
          rows: rows.slice(1) as ExcelJS.CellValue[][],
        });
      }
      workbook.addWorksheet("Formula check").getCell("A1").value = "the user's own sheet";
    });
    const opened = await openWorkbookFile(bytes, "org.xlsx");
    if (!opened.ok) throw new Error("cannot open");
    const source = opened.source;
    const positions = await source.readPositions();
    if (!positions.ok) throw new Error("no positions");
    const grid = positions.grid;
    const analysis = analyzeWorkbook({ positions: grid }, { lang: "en" });
    const specs = workbookReport(analysis, "en", { positionsSheet: grid.sheetName });

    // A spec whose formulas use the addressing helpers: its own block (named by token, written as "Formula check (2)"),
    // the user's table by structured reference and by plain range.
    const header = grid.rows[0].map(String);
    const salary = header.indexOf("Base Salary");
    const fte = header.indexOf("FTE");
    const firstRow = grid.firstRow + 1;
    const salaries = grid.rows.slice(1).map((row) => Number(row[salary]));
    const total = salaries.reduce((a, b) => a + b, 0);
    const plainGrid = { ...grid, tableName: undefined };
    const check: SheetSpec = { name: "Formula check", columns: [{ header: "What" }, { header: "Value" }], rows: [] };
    check.rows = [
      ["first salary", { formula: gridCellRef(plainGrid, firstRow, salary), value: salaries[0] }],
      ["third salary (table)", { formula: gridCellRef(grid, firstRow + 2, salary), value: salaries[2] }],
      ["total salary (table)", { formula: `SUM(${gridColumnRef(grid, salary)})`, value: total }],
      ["total salary (range)", { formula: `SUM(${gridColumnRef(plainGrid, salary)})`, value: total }],
      [
        "total FTE (range)",
        {
          formula: `SUM(${gridColumnRef(plainGrid, fte)})`,
          value: grid.rows.slice(1).reduce((sum, row) => sum + Number(row[fte]), 0),
        },
      ],
      ["sum of this block's first two values", { formula: "", value: salaries[0] + salaries[2] }],
      ["a cell of this block, by token", { formula: specCellRef(check, 0, 1), value: salaries[0] }],
    ];
    (check.rows[5][1] as { formula: string }).formula = `SUM(${specCellRef(check, 0, 1)},${specCellRef(check, 1, 1)})`;
    // A block below it sums this block's value column by its address.
    check.sections = [
      {
        columns: [{ header: "Check" }, { header: "Value" }],
        rows: [["count of the values above", { formula: `COUNT(${specColumnRef(check, 1)})`, value: 7 }]],
      },
    ];

    const written: WriteSheetResult[] = [];
    for (const spec of [...specs, check]) written.push(await source.writeSheet(spec));
    expect(written[written.length - 1].sheetName).toBe("Formula check (2)");

    // A deliberately wrong cached value proves LibreOffice recalculated rather than kept the cache.
    const probe: SheetSpec = { name: "Probe", columns: [{ header: "Probe" }], rows: [[{ formula: "1+1", value: 5 }]] };
    await source.writeSheet(probe);

    const recalculated = await loadXlsx(await recalculateWithLibreOffice(await source.toXlsx()));
    expect(shown(recalculated.getWorksheet("Probe")!.getCell(2, 1))).toBe(2);

    let compared = 0;
    [...specs, check].forEach((spec, i) => {
      const sheet = recalculated.getWorksheet(written[i].sheetName)!;
      for (const [row, column, formula, cached] of formulaCells(spec)) {
        const value = shown(sheet.getCell(row, column));
        expect({ formula, value }).toEqual({ formula, value: cached });
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(8);
  });
});
