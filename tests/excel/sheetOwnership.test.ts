import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { OWNER_NAME, parseCreatedSheets } from "../../src/excel/createdSheets";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const REPORT: SheetSpec = {
  name: "Org checks",
  table: { name: "Findings" },
  columns: [{ header: "Code" }, { header: "Count" }],
  rows: [
    ["SPAN_WIDE", 3],
    ["LAYERS_DEEP", 1],
  ],
};

function entries(book: FakeWorkbook) {
  return parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string);
}

async function insertSample(excel: ExcelWorkbookSource) {
  const results = [];
  for (const spec of operationsCenterWorkbook("en")) results.push(await excel.writeSheet(spec));
  return results;
}

describe("sheets the add-in wrote: replaced without losing data", () => {
  it("Insert sample again rewrites the sample in place while the user has not changed it", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const first = await insertSample(excel);
    const ids = book.sheets.map((sheet) => sheet.id);

    const second = await insertSample(excel);

    expect(second.map((r) => r.sheetName)).toEqual(first.map((r) => r.sheetName));
    expect(second.every((r) => r.replaced)).toBe(true);
    expect(book.sheets.map((sheet) => sheet.id)).toEqual(ids);
    expect(entries(book).map((entry) => entry.role)).toEqual(["data", "data"]);
  });

  it("never replaces a sample sheet the user edited: the new sample goes under a new name", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const [positions, departments] = await insertSample(excel);
    const edited = book.sheet(positions.sheetName);
    edited.rows[1][1] = { value: "My own title" };
    const before = JSON.stringify(edited.rows);

    const again = await insertSample(excel);

    expect(again).toEqual([
      { sheetName: `${positions.sheetName} (2)`, replaced: false },
      { sheetName: departments.sheetName, replaced: true },
    ]);
    expect(JSON.stringify(book.sheet(positions.sheetName).rows)).toBe(before);
    // The edited sheet stays the add-in's (a later Insert sample still leaves it alone).
    expect((await insertSample(excel))[0].sheetName).toBe(`${positions.sheetName} (2)`);
    expect(JSON.stringify(book.sheet(positions.sheetName).rows)).toBe(before);
  });

  it("reads a sample sheet (to tell whether the user changed it) only when the sample is written again", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const [positions] = await insertSample(excel);
    const before = book.requests.length;
    await excel.writeSheet(REPORT);
    const reads = book.requests.slice(before).flatMap((request) => request.reads);
    expect(reads.filter((address) => address.startsWith(positions.sheetName))).toEqual([]);
  });

  it("rewrites a report in place: formulas on other sheets that point at it keep working", async () => {
    const book = new FakeWorkbook(["Summary"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.writeSheet(REPORT);
    book.sheet("Summary").rows[0] = [{ value: 3, formula: "='Org checks'!B2" }];

    const again = await excel.writeSheet({ ...REPORT, rows: [["SPAN_WIDE", 4]] });

    expect(again).toEqual({ sheetName: "Org checks", replaced: true });
    expect(book.cell("Summary", "A1")?.formula).toBe("='Org checks'!B2");
    expect(book.values("Org checks")).toEqual([
      ["Code", "Count"],
      ["SPAN_WIDE", 4],
    ]);
    expect(book.tables.map((table) => table.name)).toEqual(["Findings"]);
  });

  it("tags each sheet with a worksheet-scoped GUID that is also in the settings", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(REPORT);
    const [entry] = entries(book);
    expect(entry).toMatchObject({ name: "Org checks", role: "report", id: book.sheet("Org checks").id });
    expect(entry.guid).toMatch(/^[0-9a-f-]{36}$/);
    expect(book.sheet("Org checks").names.get(OWNER_NAME)).toBe(`="${entry.guid}"`);
    expect(entry.pending).toBeUndefined();
  });

  it("still knows its sheets after reopening gave them new ids", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(REPORT);
    book.reopenWithNewIds();
    const reopened = new ExcelWorkbookSource(fakeExcelRun(book));

    expect(await reopened.writeSheet(REPORT)).toEqual({ sheetName: "Org checks", replaced: true });
    expect(book.sheetNames()).toEqual(["Sheet1", "Org checks"]);
    expect(entries(book).map((entry) => entry.id)).toEqual([book.sheet("Org checks").id]);
  });

  it("never takes a user's sheet for its own by name: a sheet named like a recorded one, without the tag", async () => {
    const book = new FakeWorkbook(["Org checks"]);
    book.putCells("Org checks", "A1", [["my notes"]]);
    // An older version recorded plain names; and an entry with a GUID the sheet does not carry.
    book.settings.set(SETTING_CREATED_SHEETS, JSON.stringify(["Org checks", { guid: "g-1", name: "Org checks" }]));

    const result = await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(REPORT);

    expect(result).toEqual({ sheetName: "Org checks (2)", replaced: false });
    expect(book.values("Org checks")).toEqual([["my notes"]]);
  });

  it("migrates a sheet an older version recorded by id: rewritten in place and tagged", async () => {
    const book = new FakeWorkbook(["Sheet1", "Org checks"]);
    book.putCells("Org checks", "A1", [["old report"]]);
    const id = book.sheet("Org checks").id;
    book.settings.set(SETTING_CREATED_SHEETS, JSON.stringify([{ id, name: "Org checks" }]));

    const result = await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(REPORT);

    expect(result).toEqual({ sheetName: "Org checks", replaced: true });
    expect(book.sheet("Org checks").id).toBe(id);
    const [entry] = entries(book);
    expect(book.sheet("Org checks").names.get(OWNER_NAME)).toBe(`="${entry.guid}"`);
    expect(entry).toMatchObject({ id, role: "report" });
  });
});
