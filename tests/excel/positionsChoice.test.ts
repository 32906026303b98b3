import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { selectSourceRow } from "../../src/excel/selectSourceRow";
import { loadOrgWorkbook } from "../../src/taskpane/loadOrgWorkbook";
import { writeReportSheets } from "../../src/taskpane/writeReportSheets";
import { FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

const HEADER = ["Position ID", "Title", "Department", "Reports To", "Name", "FTE"];
const ROWS: FakeValue[][] = [
  HEADER,
  ["P1", "Director", "Ops", "", "Ann", 1],
  ["P2", "Lead", "Ops", "P1", "Bo", 1],
  ["P3", "Engineer", "Ops", "P2", "Cy", 1],
];

describe("which table the Excel source reads as the positions", () => {
  it("after Write report, a used-range workbook re-reads the user's sheet, never the report's tables", async () => {
    const book = new FakeWorkbook(["Staff"]);
    book.putCells("Staff", "A1", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const first = await loadOrgWorkbook(excel, { lang: "en" });
    if (!first.ok) throw new Error(first.problem.code);

    await writeReportSheets(excel, first.loaded, { lang: "en" });
    // The report is active now, and a fresh source (a pane opened later) knows nothing of the last read.
    book.activeSheetId = book.sheet("Org checks").id;
    const reread = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();

    expect(reread.ok && reread.grid.sheetName).toBe("Staff");
    expect(reread.ok && reread.grid.rows).toEqual(ROWS);
    const again = await loadOrgWorkbook(new ExcelWorkbookSource(fakeExcelRun(book)), { lang: "en" });
    expect(again.ok && again.loaded.analysis.findings.map((f) => f.code)).not.toContain("MISSING_COLUMN");
  });

  it("reads the same table on every refresh, by id: after a rename, beside an equal table, whatever sheet is active", async () => {
    const book = new FakeWorkbook(["Archive"]);
    book.putTable("Archive", "OldOrg", "A1", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const [positions] = operationsCenterWorkbook("en");
    const written = await excel.writeSheet(positions);
    const first = await loadOrgWorkbook(excel, { lang: "en", sheet: written.sheetName });
    if (!first.ok) throw new Error(first.problem.code);
    const sampleTable = first.loaded.grid.tableName;

    // The user renames the sample's sheet and goes back to the archive.
    book.renameWorksheet(book.sheet(written.sheetName).id, "Org 2025");
    book.activeSheetId = book.sheet("Archive").id;
    const refreshed = await loadOrgWorkbook(excel, { lang: "en", sheet: written.sheetName });

    expect(refreshed.ok && [refreshed.loaded.grid.sheetName, refreshed.loaded.grid.tableName]).toEqual([
      "Org 2025",
      sampleTable,
    ]);
    expect(excel.positionsKey).toMatchObject({ sheetName: "Org 2025", worksheetId: book.sheet("Org 2025").id });
  });

  it("reads the sheet again (its best table or used range) when the remembered table was deleted", async () => {
    const book = new FakeWorkbook(["Other", "Staff"]);
    book.putTable("Other", "Decoy", "A1", ROWS);
    const table = book.putTable("Staff", "People", "B2", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.readPositions({ sheet: "Staff" });
    book.tables.splice(book.tables.indexOf(table), 1); // "Convert to range": the cells stay

    const reread = await excel.readPositions();

    expect(reread.ok && [reread.grid.sheetName, reread.grid.tableName, reread.grid.firstRow]).toEqual([
      "Staff",
      undefined,
      2,
    ]);
  });

  it("older workbooks: a sheet recorded without a role is read only when nothing else looks like positions", async () => {
    const book = new FakeWorkbook(["Positions", "Org checks"]);
    book.putTable("Positions", "Positions", "A1", ROWS);
    book.putTable("Org checks", "Layers", "A1", [
      ["Layer", "Positions"],
      [1, 1],
    ]);
    book.settings.set(
      SETTING_CREATED_SHEETS,
      JSON.stringify([
        { id: book.sheet("Positions").id, name: "Positions" },
        { id: book.sheet("Org checks").id, name: "Org checks" },
      ]),
    );
    const read = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();
    expect(read.ok && read.grid.sheetName).toBe("Positions");
  });

  it("never reads the report sheets for the Departments or Capabilities tables either", async () => {
    const book = new FakeWorkbook(["Staff"]);
    book.putCells("Staff", "A1", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const loaded = await loadOrgWorkbook(excel, { lang: "en" });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    await writeReportSheets(excel, loaded.loaded, { lang: "en" });
    expect(await excel.readSupportTable("departments")).toBeUndefined();
  });
});

describe("reaching the positions by id after the user renamed them", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("a card click after the sheet was renamed still selects the row", async () => {
    (globalThis as { Office?: unknown }).Office = officeWithExcelApiUpTo("1.8");
    const book = new FakeWorkbook(["Staff", "Other"]);
    book.putCells("Staff", "A1", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const read = await excel.readPositions();
    const sheetName = read.ok ? read.grid.sheetName : "";
    book.renameWorksheet(book.sheet("Staff").id, "Staff 2025");
    book.activeSheetId = book.sheet("Other").id;

    const outcome = await selectSourceRow(excel.sheetKeyFor(sheetName), 3, fakeExcelRun(book));

    expect(outcome).toBe("selected");
    expect(book.activeSheetId).toBe(book.sheet("Staff 2025").id);
    expect(book.selection).toEqual({ sheetId: book.sheet("Staff 2025").id, address: "A3:XFD3" });
    // Another sheet is still reached by name.
    expect(excel.sheetKeyFor("Other")).toBe("Other");
  });

  it("the watch target carries the ids of the positions read", async () => {
    const book = new FakeWorkbook(["Staff"]);
    book.putTable("Staff", "People", "A1", ROWS);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.readPositions();
    expect(excel.watchTargetFor({ sheet: "Staff", table: "People" })).toEqual({
      sheet: "Staff",
      table: "People",
      sheetId: book.sheet("Staff").id,
      tableId: book.tables[0].id,
    });
    expect(excel.watchTargetFor({ sheet: "Elsewhere" })).toEqual({ sheet: "Elsewhere" });
  });
});
