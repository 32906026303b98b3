import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { coverageSheet, COVERAGE_TABLES } from "../../src/core/report/coverageSheet";
import { orgChecksSheet, ORG_CHECKS_TABLES } from "../../src/core/report/orgChecksSheet";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { layoutSheetSpec } from "../../src/core/sheet/sheetSpecLayout";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { parseCreatedSheets } from "../../src/excel/createdSheets";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { wantedTables } from "../../src/excel/keepReportTables";
import { sampleAnalysis } from "../core/report/reportFixtures";
import { FakeExcelError, FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

function pyramid(rows: number, overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "Layer pyramid",
    notes: ["Positions by layer"],
    table: { name: "LayerPyramid", style: "TableStyleLight9" },
    columns: [{ header: "Layer" }, { header: "Positions" }, { header: "FTE", numberFormat: "0.0" }],
    rows: Array.from({ length: rows }, (_, i) => [i + 1, 10 * (i + 1), 9.5 * (i + 1)]),
    ...overrides,
  };
}

/** Formulas typed by the user once the report exists (structured references to its tables). */
function typeFormulas(book: FakeWorkbook, formulas: string[]): void {
  const sheet = book.sheet("Summary");
  formulas.forEach((formula, i) => (sheet.rows[i] = [{ value: 0, formula }]));
}

function formulasOf(book: FakeWorkbook): (string | undefined)[] {
  return book.sheet("Summary").rows.map((row) => row?.[0]?.formula);
}

function tablesOn(book: FakeWorkbook, sheetName: string) {
  const sheet = book.sheet(sheetName);
  return book.tables
    .filter((t) => t.sheetId === sheet.id)
    .sort((a, b) => a.area.rowIndex - b.area.rowIndex)
    .map(({ id, name, area }) => ({ id, name, area }));
}

/** A sheet's cells (values, formulas, formats) and tables, however the fake happens to store blank cells. */
function asRewritten(book: FakeWorkbook, name: string) {
  const rows = book.sheet(name).rows.map((row) => {
    const cells = [...(row ?? [])];
    while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
    return JSON.stringify(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1] === "[]") rows.pop();
  return { rows, tables: tablesOn(book, name).map(({ name: table, area }) => ({ table, area })) };
}

/** The sheet as a first write of the spec on a fresh workbook leaves it. */
async function freshly(spec: SheetSpec) {
  const book = new FakeWorkbook(["Summary"]);
  await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(spec);
  return asRewritten(book, spec.name);
}

/** A report written once on a fresh workbook, its tables as written, then formulas of the user's typed on Summary. */
async function writtenWith(spec: SheetSpec, formulas: string[] = []) {
  const book = new FakeWorkbook(["Summary"]);
  const excel = new ExcelWorkbookSource(fakeExcelRun(book));
  await excel.writeSheet(spec);
  const tables = tablesOn(book, spec.name);
  typeFormulas(book, formulas);
  return { book, excel, before: tables[0], ids: tables.map((t) => t.id) };
}

/** A host whose ExcelApi stops at `highest` (minor versions compared as numbers: 1.13 > 1.9). */
function hostUpTo(highest: number): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= highest,
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("a rewrite keeps the report's tables, so that references to them keep working", () => {
  it("keeps the same table (id, name) at its new size; a structured reference elsewhere still names it", async () => {
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(pyramid(3));
    const [first] = tablesOn(book, "Layer pyramid");
    typeFormulas(book, ["=SUM(LayerPyramid[Positions])"]);

    await excel.writeSheet(pyramid(7));

    expect(tablesOn(book, "Layer pyramid")).toEqual([
      { id: first.id, name: "LayerPyramid", area: { rowIndex: 2, columnIndex: 0, rowCount: 8, columnCount: 3 } },
    ]);
    expect(formulasOf(book)).toEqual(["=SUM(LayerPyramid[Positions])"]);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(7)));

    await excel.writeSheet(pyramid(1));
    expect(tablesOn(book, "Layer pyramid")).toEqual([
      { id: first.id, name: "LayerPyramid", area: { rowIndex: 2, columnIndex: 0, rowCount: 2, columnCount: 3 } },
    ]);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(1)));
    expect(formulasOf(book)).toEqual(["=SUM(LayerPyramid[Positions])"]);
  });

  it("keeps every table of Org checks when the findings above them grow or shrink (their header rows move)", async () => {
    const { analysis } = sampleAnalysis("en");
    const spec = orgChecksSheet(analysis, "en", { positionsSheet: "Positions" });
    const fewer: SheetSpec = { ...spec, rows: spec.rows.slice(0, 1) };
    const more: SheetSpec = { ...spec, rows: [...spec.rows, ...spec.rows, ...spec.rows] };
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(spec);
    const ids = tablesOn(book, "Org checks").map((t) => t.id);
    const references = [
      "=SUM(OrgChecksLayers[Positions])",
      "=ROWS(OrgChecksFindings)+OrgChecksSpanStats[[#Headers],[Median]]",
    ];
    typeFormulas(book, references);

    for (const next of [fewer, more, spec]) {
      await excel.writeSheet(next);
      const tables = tablesOn(book, "Org checks");
      expect(tables.map((t) => t.id)).toEqual(ids);
      expect(tables.map(({ name, area }) => ({ name, area }))).toEqual(
        wantedTables(layoutSheetSpec(next)).map(({ name, area }) => ({ name, area })),
      );
      expect(asRewritten(book, "Org checks")).toEqual(await freshly(next));
      expect(formulasOf(book)).toEqual(references);
    }
    expect(Object.values(ORG_CHECKS_TABLES)).toEqual(tablesOn(book, "Org checks").map((t) => t.name));
  });

  it("resizes a table whose columns changed (Coverage: one department more) with Table.resize", async () => {
    const { analysis } = sampleAnalysis("en");
    const spec = coverageSheet(analysis, "en");
    const wider: SheetSpec = {
      ...spec,
      columns: [...spec.columns, { header: "New department" }],
      rows: spec.rows.map((row) => [...row, 0]),
    };
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(spec);
    const before = tablesOn(book, "Coverage");
    typeFormulas(book, ["=COUNTA(CoverageFilled[Capability])"]);

    await excel.writeSheet(wider);

    const after = tablesOn(book, "Coverage");
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(after[0]).toMatchObject({ name: COVERAGE_TABLES.filled, area: { columnCount: spec.columns.length + 1 } });
    expect(asRewritten(book, "Coverage")).toEqual(await freshly(wider));
    expect(formulasOf(book)).toEqual(["=COUNTA(CoverageFilled[Capability])"]);
  });

  it("keeps the sample's Positions and Departments tables when Insert sample rewrites them (live follow keys on the id)", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    for (const spec of operationsCenterWorkbook("en")) await excel.writeSheet(spec);
    const ids = book.tables.map((t) => [t.name, t.id]);

    for (const spec of operationsCenterWorkbook("en"))
      expect(await excel.writeSheet(spec)).toMatchObject({ replaced: true });

    expect(book.tables.map((t) => [t.name, t.id])).toEqual(ids);
  });

  it("records each table's spec name, name and id in the settings", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(pyramid(2));
    const [entry] = parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string);
    expect(entry.tables).toEqual([{ spec: "LayerPyramid", name: "LayerPyramid", id: book.tables[0].id }]);
  });
});

describe("what a rewrite does not keep", () => {
  it("makes every table anew when Excel refuses the plan, and still writes the report", async () => {
    const { book, excel, before } = await writtenWith(pyramid(3));
    // Requests 0-2 read the workbook, 3 claims the sheet, 4 empties it keeping its table: Excel refuses that one.
    book.failingSync = { index: book.requests.length + 4, error: new FakeExcelError("InvalidArgument", "refused") };

    expect(await excel.writeSheet(pyramid(6))).toEqual({ sheetName: "Layer pyramid", replaced: true });

    const [after] = tablesOn(book, "Layer pyramid");
    expect(after.id).not.toBe(before.id);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(6)));
  });

  it("does not let merged cells the user left where the table grows stand in the way", async () => {
    const { book, excel, before } = await writtenWith(pyramid(2));
    book.merge("Layer pyramid", "A8:B9");

    await excel.writeSheet(pyramid(9));

    expect(tablesOn(book, "Layer pyramid")[0].id).toBe(before.id);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(9)));
  });

  it("deletes the tables the spec no longer has and the tables the user added on the add-in's sheet", async () => {
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const withSecond = pyramid(2, {
      sections: [{ title: "Managers", table: { name: "Managers" }, columns: [{ header: "Layer" }], rows: [[1]] }],
    });
    await excel.writeSheet(withSecond);
    book.putTable("Layer pyramid", "MyNotes", "F1", [["Note"], ["mine"]]);
    typeFormulas(book, ["=COUNTA(Managers[Layer])", "=COUNTA(MyNotes[Note])"]);

    await excel.writeSheet(pyramid(4));

    expect(tablesOn(book, "Layer pyramid").map((t) => t.name)).toEqual(["LayerPyramid"]);
    expect(formulasOf(book)).toEqual(["=COUNTA(#REF!)", "=COUNTA(#REF!)"]);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(4)));
  });

  it("makes anew, under its own name, a table the user deleted; keeps by its id a table the user renamed", async () => {
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const two = pyramid(2, {
      sections: [{ title: "Managers", table: { name: "Managers" }, columns: [{ header: "Layer" }], rows: [[1]] }],
    });
    await excel.writeSheet(two);
    const [pyramidTable, managers] = tablesOn(book, "Layer pyramid");
    book.deleteTable(pyramidTable.id);
    book.renameTable(managers.id, "MyManagers");

    await excel.writeSheet(two);

    const tables = tablesOn(book, "Layer pyramid");
    expect(tables.map((t) => t.name)).toEqual(["LayerPyramid", "MyManagers"]);
    expect(tables[0].id).not.toBe(pyramidTable.id);
    expect(tables[1].id).toBe(managers.id);
  });

  it("hides a totals row the user turned on (the spec's tables have none) and keeps the table", async () => {
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(pyramid(3));
    const table = book.tables[0];
    table.area = { ...table.area, rowCount: table.area.rowCount + 1 };
    table.showTotals = true;

    await excel.writeSheet(pyramid(5));

    expect(tablesOn(book, "Layer pyramid")).toEqual([
      { id: table.id, name: "LayerPyramid", area: { rowIndex: 2, columnIndex: 0, rowCount: 6, columnCount: 3 } },
    ]);
    expect(book.tables[0].showTotals).toBe(false);
  });
});

describe("a host without Table.resize (ExcelApi below 1.13)", () => {
  it("keeps a table whose rows changed (whole sheet rows inserted or deleted) and one that moved", async () => {
    hostUpTo(12);
    const { analysis } = sampleAnalysis("en");
    const spec = orgChecksSheet(analysis, "en", { positionsSheet: "Positions" });
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(spec);
    const ids = tablesOn(book, "Org checks").map((t) => t.id);
    typeFormulas(book, ["=SUM(OrgChecksLayers[Positions])"]);

    for (const next of [
      { ...spec, rows: spec.rows.slice(0, 2) },
      { ...spec, rows: [...spec.rows, ...spec.rows] },
    ]) {
      await excel.writeSheet(next);
      expect(tablesOn(book, "Org checks").map((t) => t.id)).toEqual(ids);
      expect(asRewritten(book, "Org checks")).toEqual(await freshly(next));
    }
    expect(formulasOf(book)).toEqual(["=SUM(OrgChecksLayers[Positions])"]);
  });

  it("adds or deletes table columns at the right end when the columns changed (no resize needed)", async () => {
    hostUpTo(12);
    const { book, excel, before } = await writtenWith(pyramid(3));
    typeFormulas(book, ["=SUM(LayerPyramid[Positions])"]);
    const wider = pyramid(5, {
      columns: [...pyramid(0).columns, { header: "Managers" }, { header: "Span" }],
      rows: pyramid(5).rows.map((row) => [...row, 1, 2]),
    });
    const narrower = pyramid(2, {
      columns: pyramid(0).columns.slice(0, 2),
      rows: pyramid(2).rows.map((row) => row.slice(0, 2)),
    });

    for (const next of [wider, narrower]) {
      await excel.writeSheet(next);
      const [after] = tablesOn(book, "Layer pyramid");
      expect(after.id).toBe(before.id);
      expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(next));
      expect(formulasOf(book)).toEqual(["=SUM(LayerPyramid[Positions])"]);
    }
  });

  it("makes anew, under the same name, a table the user moved off column A: references to it are lost", async () => {
    hostUpTo(12);
    const { book, excel, before } = await writtenWith(pyramid(3));
    typeFormulas(book, ["=SUM(LayerPyramid[Positions])"]);
    // As if the user inserted a column A: the cells and the table move one column right.
    for (const row of book.sheet("Layer pyramid").rows) row?.unshift(undefined);
    book.tables[0].area = { ...book.tables[0].area, columnIndex: 1 };

    await excel.writeSheet(pyramid(4));

    const [after] = tablesOn(book, "Layer pyramid");
    expect(after).toMatchObject({ name: "LayerPyramid", area: { rowIndex: 2, columnIndex: 0, columnCount: 3 } });
    expect(after.id).not.toBe(before.id);
    expect(formulasOf(book)).toEqual(["=SUM(#REF!)"]);
    expect(asRewritten(book, "Layer pyramid")).toEqual(await freshly(pyramid(4)));
  });
});
