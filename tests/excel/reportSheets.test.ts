import { coverageSheet, COVERAGE_TABLES } from "../../src/core/report/coverageSheet";
import { orgChecksSheet, ORG_CHECKS_TABLES } from "../../src/core/report/orgChecksSheet";
import { workbookReport } from "../../src/core/report/workbookReport";
import type { CellValue } from "../../src/core/cells/cell";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { parseCreatedSheets } from "../../src/excel/createdSheets";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { sampleAnalysis } from "../core/report/reportFixtures";
import { FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

function fakeRows(rows: CellValue[][]): FakeValue[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c];
      return value === null || value === undefined ? "" : (value as FakeValue);
    }),
  );
}

/** A workbook holding the sample as the user's own tables (Positions, Departments). */
function sampleBook(extraSheets: string[] = []) {
  const { analysis, positions, departments } = sampleAnalysis("en");
  const book = new FakeWorkbook(["Positions", "Departments", ...extraSheets]);
  book.putTable("Positions", "Positions", "A1", fakeRows(positions.rows));
  book.putTable("Departments", "Departments", "A1", fakeRows(departments.rows));
  return { book, analysis };
}

/** Everything about a sheet a write must not change. */
function sheetState(book: FakeWorkbook, name: string): unknown {
  const sheet = book.sheet(name);
  return {
    id: sheet.id,
    rows: JSON.stringify(sheet.rows),
    widths: [...sheet.columnWidths],
    frozen: sheet.frozenRows,
    formats: JSON.stringify(sheet.conditionalFormats),
    tables: book.tables.filter((t) => t.sheetId === sheet.id).map((t) => ({ ...t, area: { ...t.area } })),
  };
}

function tablesOn(book: FakeWorkbook, sheetName: string) {
  const sheet = book.sheet(sheetName);
  return book.tables.filter((t) => t.sheetId === sheet.id).map((t) => ({ name: t.name, area: t.area, style: t.style }));
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the Org checks and Coverage sheets written through Office.js", () => {
  it("writes the Org checks sheet: notes, four tables, links, formats, conditional formats, frozen header", async () => {
    const { book, analysis } = sampleBook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const spec = orgChecksSheet(analysis, "en", { positionsSheet: "Positions" });

    expect(await excel.writeSheet(spec)).toEqual({ sheetName: "Org checks", replaced: false });

    expect(book.values("Org checks", "A1:A3").map((row) => row[0])).toEqual(spec.notes);
    expect(book.cell("Org checks", "A5")).toMatchObject({ value: "Findings", bold: true });
    expect(book.values("Org checks", "A6:H6")).toEqual([
      ["#", "Severity", "Rule", "Message", "Positions involved", "Sheet", "Row", "To row"],
    ]);
    const findingRows = spec.rows.length;
    expect(findingRows).toBeGreaterThan(0);
    // The first finding's line: its link is a formula, written through Range.formulas.
    const firstLine = spec.rows[0];
    const link = firstLine[6] as { formula: string };
    expect(book.cell("Org checks", "G7")).toMatchObject({ formula: `=${link.formula}`, numberFormat: "0" });
    expect(book.values("Org checks", "A7:C7")).toEqual([[1, firstLine[1], firstLine[2]]]);

    const bandsTop = 7 + findingRows + 1; // blank row, then the title
    expect(tablesOn(book, "Org checks")).toEqual([
      {
        name: ORG_CHECKS_TABLES.findings,
        area: { rowIndex: 5, columnIndex: 0, rowCount: findingRows + 1, columnCount: 8 },
        style: "TableStyleMedium2",
      },
      {
        name: ORG_CHECKS_TABLES.spanBands,
        area: { rowIndex: bandsTop, columnIndex: 0, rowCount: 7, columnCount: 3 },
        style: "TableStyleLight9",
      },
      {
        name: ORG_CHECKS_TABLES.spanStats,
        area: { rowIndex: bandsTop + 9, columnIndex: 0, rowCount: 2, columnCount: 4 },
        style: "TableStyleLight9",
      },
      {
        name: ORG_CHECKS_TABLES.layers,
        area: { rowIndex: bandsTop + 13, columnIndex: 0, rowCount: 5, columnCount: 5 },
        style: "TableStyleLight9",
      },
    ]);
    expect(book.values("Org checks", `A${bandsTop}`)).toEqual([[spec.sections![0].title]]);
    expect(book.values("Org checks", `A${bandsTop + 2}:C${bandsTop + 2}`)).toEqual(
      [["'1", 0, 0]].map(() => ["1", 0, 0]),
    );
    expect(book.cell("Org checks", `C${bandsTop + 2}`)?.numberFormat).toBe("0%");
    expect(book.cell("Org checks", `B${bandsTop + 11}`)?.numberFormat).toBe("0.0");

    const sheet = book.sheet("Org checks");
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([6, 0]);
    const findingsArea = { rowIndex: 6, columnIndex: 1, rowCount: findingRows, columnCount: 1 };
    // Excel keeps the first format of the spec on top of the priority list.
    expect(sheet.conditionalFormats).toEqual([
      {
        id: expect.any(String),
        type: "CellValue",
        area: findingsArea,
        rule: { formula1: '="Error"', operator: "EqualTo" },
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
      {
        id: expect.any(String),
        type: "CellValue",
        area: findingsArea,
        rule: { formula1: '="Warning"', operator: "EqualTo" },
        fill: "#FFEB9C",
        fontColor: "#9C5700",
      },
      {
        id: expect.any(String),
        type: "CellValue",
        area: findingsArea,
        rule: { formula1: '="Info"', operator: "EqualTo" },
        fill: "#DDEBF7",
        fontColor: "#1F4E78",
      },
    ]);
    expect(sheet.columnWidths.get(3)).toBeGreaterThan(sheet.columnWidths.get(0)!);
  });

  it("writes the Coverage sheet: two tables, colour scales over the departments, zeros flagged", async () => {
    const { book, analysis } = sampleBook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const spec = coverageSheet(analysis, "en");
    await excel.writeSheet(spec);

    const capabilities = spec.rows.length;
    const vacantRows = spec.sections![0].rows.length;
    expect(tablesOn(book, "Coverage").map(({ name, area }) => ({ name, area }))).toEqual([
      {
        name: COVERAGE_TABLES.filled,
        area: { rowIndex: 4, columnIndex: 0, rowCount: capabilities + 1, columnCount: 16 },
      },
      {
        name: COVERAGE_TABLES.vacant,
        area: {
          rowIndex: 4 + capabilities + 3,
          columnIndex: 0,
          rowCount: Math.max(1, vacantRows) + 1,
          columnCount: 11,
        },
      },
    ]);
    expect(book.values("Coverage", "A5:I5")).toEqual([
      [
        "Capability \\ Department",
        "Area",
        "Owner department",
        "Required holders",
        "People",
        "Filled FTE",
        "Vacant FTE",
        "Management",
        "Operations",
      ],
    ]);
    const data = { rowIndex: 5, rowCount: capabilities };
    const formats = book.sheet("Coverage").conditionalFormats;
    expect(formats.map(({ type, area, rule, criteria }) => ({ type, area, rule, criteria }))).toEqual([
      {
        type: "CellValue",
        area: { ...data, columnIndex: 4, columnCount: 1 },
        rule: { formula1: "=0", operator: "EqualTo" },
        criteria: undefined,
      },
      {
        type: "CellValue",
        area: { ...data, columnIndex: 4, columnCount: 1 },
        rule: { formula1: "=1", operator: "EqualTo" },
        criteria: undefined,
      },
      {
        type: "CellValue",
        area: { ...data, columnIndex: 5, columnCount: 1 },
        rule: { formula1: "=0", operator: "EqualTo" },
        criteria: undefined,
      },
      {
        type: "ColorScale",
        area: { ...data, columnIndex: 7, columnCount: 9 },
        rule: undefined,
        criteria: {
          minimum: { type: "LowestValue", color: "#FFFFFF" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        },
      },
      {
        type: "ColorScale",
        area: { rowIndex: 4 + capabilities + 4, rowCount: Math.max(1, vacantRows), columnIndex: 2, columnCount: 9 },
        rule: undefined,
        criteria: {
          minimum: { type: "LowestValue", color: "#FFFFFF" },
          maximum: { type: "HighestValue", color: "#F4B183" },
        },
      },
    ]);
    expect(book.cell("Coverage", "F6")?.numberFormat).toBe("0.0");
    // The header rows and the capability names stay in view.
    expect([book.sheet("Coverage").frozenRows, book.sheet("Coverage").frozenColumns]).toEqual([5, 1]);
  });

  it("re-writes only its own sheets, in place, keeping the table names; the user's tables are never edited", async () => {
    const { book, analysis } = sampleBook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const specs = workbookReport(analysis, "en", { positionsSheet: "Positions" });
    for (const spec of specs) await excel.writeSheet(spec);
    const positionsBefore = sheetState(book, "Positions");
    const departmentsBefore = sheetState(book, "Departments");
    const firstIds = [book.sheet("Org checks").id, book.sheet("Coverage").id];

    const again = [];
    for (const spec of specs) again.push(await excel.writeSheet(spec));

    expect(again).toEqual([
      { sheetName: "Org checks", replaced: true },
      { sheetName: "Coverage", replaced: true },
    ]);
    expect(book.sheetNames()).toEqual(["Positions", "Departments", "Org checks", "Coverage"]);
    // Rewritten in place: the same sheets, so formulas elsewhere that point at them keep working.
    expect([book.sheet("Org checks").id, book.sheet("Coverage").id]).toEqual(firstIds);
    expect(book.tables.map((t) => t.name).sort()).toEqual(
      ["Positions", "Departments", ...Object.values(ORG_CHECKS_TABLES), ...Object.values(COVERAGE_TABLES)].sort(),
    );
    expect(book.sheet("Org checks").conditionalFormats).toHaveLength(3);
    expect(sheetState(book, "Positions")).toEqual(positionsBefore);
    // The report's tables are never taken for the positions either.
    const reread = await excel.readPositions();
    expect(reread.ok && [reread.grid.sheetName, reread.grid.tableName]).toEqual(["Positions", "Positions"]);
    expect(sheetState(book, "Departments")).toEqual(departmentsBefore);
    expect(parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string).map((entry) => entry.name)).toEqual([
      "Org checks",
      "Coverage",
    ]);
  });

  it("never clobbers a user's sheet named Org checks: it writes Org checks (2), with table names of its own", async () => {
    const { book, analysis } = sampleBook(["Org checks"]);
    book.putCells("Org checks", "A1", [["my notes", 1]]);
    book.putTable("Org checks", "OrgChecksFindings", "D1", [["Mine"], ["x"]]);
    const userBefore = sheetState(book, "Org checks");
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const spec = orgChecksSheet(analysis, "en", { positionsSheet: "Positions" });

    expect(await excel.writeSheet(spec)).toEqual({ sheetName: "Org checks (2)", replaced: false });
    expect(await excel.writeSheet(spec)).toEqual({ sheetName: "Org checks (2)", replaced: true });

    expect(sheetState(book, "Org checks")).toEqual(userBefore);
    expect(tablesOn(book, "Org checks (2)").map((t) => t.name)).toEqual([
      "OrgChecksFindings_2",
      ORG_CHECKS_TABLES.spanBands,
      ORG_CHECKS_TABLES.spanStats,
      ORG_CHECKS_TABLES.layers,
    ]);
  });

  it("writes the sheets without conditional formats where Excel lacks ExcelApi 1.6", async () => {
    (globalThis as { Office?: unknown }).Office = officeWithExcelApiUpTo("1.5");
    const { book, analysis } = sampleBook();
    await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(coverageSheet(analysis, "en"));
    const sheet = book.sheet("Coverage");
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.frozenRows).toBe(0); // freezing needs 1.7
    expect(tablesOn(book, "Coverage")).toHaveLength(2);
  });
});
