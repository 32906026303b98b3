import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { columnWidthInPoints } from "../../src/excel/columnWidth";
import { OWNER_NAME, parseCreatedSheets } from "../../src/excel/createdSheets";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FakeExcelError, FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

function reportSpec(rows: SheetSpec["rows"], overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "Org Report",
    table: { name: "Org Positions", style: "TableStyleLight9" },
    columns: [
      { header: "Position ID", width: 12 },
      { header: "Department", width: 24 },
      { header: "Base Salary", numberFormat: "#,##0" },
      { header: "Double", numberFormat: "0.0" },
    ],
    rows,
    freezeHeader: true,
    activate: true,
    ...overrides,
  };
}

const FIRST_ROWS: SheetSpec["rows"] = [
  ["00123", "运营中心", 250000, { formula: "C2*2", value: 500000 }],
  ["P-002", "Operations Center", 180000.5, { formula: "=C3*2" }],
  ["P-003", null, 90000, { formula: "C4*2" }],
];

function source(book: FakeWorkbook, cellBudget?: number): ExcelWorkbookSource {
  return new ExcelWorkbookSource(fakeExcelRun(book), { cellBudget });
}

function createdSheetIds(book: FakeWorkbook): (string | undefined)[] {
  return parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string).map((entry) => entry.id);
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

describe("ExcelWorkbookSource.writeSheet(spec)", () => {
  it("on a fresh workbook creates the sheet with its table, formats, widths and frozen header", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    book.putCells("Sheet1", "A1", [["mine"]]);
    const before = sheetState(book, "Sheet1");

    const result = await source(book).writeSheet(reportSpec(FIRST_ROWS));

    expect(result).toEqual({ sheetName: "Org Report", replaced: false });
    expect(book.sheetNames()).toEqual(["Sheet1", "Org Report"]);
    expect(book.values("Org Report")).toEqual([
      ["Position ID", "Department", "Base Salary", "Double"],
      ["00123", "运营中心", 250000, ""],
      ["P-002", "Operations Center", 180000.5, ""],
      ["P-003", "", 90000, ""],
    ]);
    expect(book.cell("Org Report", "A2")).toMatchObject({ value: "00123", quotePrefix: true }); // still text, leading zeros kept
    expect(book.cell("Org Report", "D2")?.formula).toBe("=C2*2");
    expect(book.cell("Org Report", "D3")?.formula).toBe("=C3*2");

    const sheet = book.sheet("Org Report");
    expect(book.tables.filter((t) => t.sheetId === sheet.id)).toEqual([
      expect.objectContaining({
        name: "Org_Positions",
        style: "TableStyleLight9",
        area: { rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 4 },
      }),
    ]);
    expect(["C1", "C2", "C3", "C4", "D2", "D4", "A2"].map((a) => book.cell("Org Report", a)?.numberFormat)).toEqual([
      undefined,
      "#,##0",
      "#,##0",
      "#,##0",
      "0.0",
      "0.0",
      undefined,
    ]);
    expect(sheet.columnWidths.get(0)).toBe(columnWidthInPoints(12));
    expect(sheet.columnWidths.get(1)).toBe(columnWidthInPoints(24));
    expect(sheet.columnWidths.has(2)).toBe(false);
    expect(sheet.frozenRows).toBe(1);
    expect(book.activeSheetId).toBe(sheet.id);
    expect(createdSheetIds(book)).toEqual([sheet.id]);
    expect(sheetState(book, "Sheet1")).toEqual(before);
  });

  it("re-writing rewrites only the add-in's own sheet, in place (same sheet), with the same table name", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = source(book);
    await excel.writeSheet(reportSpec(FIRST_ROWS, { activate: false }));
    book.addWorksheet("Notes");
    book.putCells("Notes", "B2", [["keep me"]]);
    const oldId = book.sheet("Org Report").id;
    const notesBefore = sheetState(book, "Notes");
    const sheet1Before = sheetState(book, "Sheet1");

    const result = await excel.writeSheet(reportSpec([["P-9", "NOC", 1, 2]], { activate: false }));

    expect(result).toEqual({ sheetName: "Org Report", replaced: true });
    expect(book.sheetNames()).toEqual(["Sheet1", "Org Report", "Notes"]);
    const sheet = book.sheet("Org Report");
    expect(sheet.id).toBe(oldId);
    expect(book.values("Org Report")).toEqual([
      ["Position ID", "Department", "Base Salary", "Double"],
      ["P-9", "NOC", 1, 2],
    ]);
    expect(book.tables.map((t) => t.name)).toEqual(["Org_Positions"]);
    expect(createdSheetIds(book)).toEqual([sheet.id]);
    expect(sheetState(book, "Notes")).toEqual(notesBefore);
    expect(sheetState(book, "Sheet1")).toEqual(sheet1Before);
    expect(book.activeSheetId).toBe(book.sheet("Sheet1").id);
  });

  it("keeps the pane's sheet in view when the replaced sheet was the active one", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = source(book);
    await excel.writeSheet(reportSpec(FIRST_ROWS));
    await excel.writeSheet(reportSpec(FIRST_ROWS, { activate: false }));
    expect(book.activeSheetId).toBe(book.sheet("Org Report").id);
  });

  it("never modifies a user's sheet of the same name: it writes 'Name (2)' and later replaces that one", async () => {
    const book = new FakeWorkbook(["Org Report"]);
    const userRows: FakeValue[][] = [
      ["My notes", 42],
      ["do not touch", true],
    ];
    book.putCells("Org Report", "A1", userRows);
    book.putTable("Org Report", "Org_Positions", "D1", [["Col"], [1]]);
    const userBefore = sheetState(book, "Org Report");
    const excel = source(book);

    const first = await excel.writeSheet(reportSpec(FIRST_ROWS));
    const second = await excel.writeSheet(reportSpec(FIRST_ROWS));

    expect(first).toEqual({ sheetName: "Org Report (2)", replaced: false });
    expect(second).toEqual({ sheetName: "Org Report (2)", replaced: true });
    expect(book.sheetNames()).toEqual(["Org Report", "Org Report (2)"]);
    expect(sheetState(book, "Org Report")).toEqual(userBefore);
    expect(book.values("Org Report", "A1:B2")).toEqual(userRows);
    const ours = book.sheet("Org Report (2)");
    expect(book.tables.find((t) => t.sheetId === ours.id)?.name).toBe("Org_Positions_2");
    expect(createdSheetIds(book)).toEqual([ours.id]);
  });

  it("does not take a sheet back after the user renamed it and made their own sheet of that name", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = source(book);
    await excel.writeSheet(reportSpec(FIRST_ROWS));
    book.renameWorksheet(book.sheet("Org Report").id, "Archive");
    book.addWorksheet("Org Report");
    book.putCells("Org Report", "A1", [["user"]]);

    const result = await excel.writeSheet(reportSpec(FIRST_ROWS));

    expect(result).toEqual({ sheetName: "Org Report (2)", replaced: false });
    expect(book.values("Org Report")).toEqual([["user"]]);
    expect(book.values("Archive")[0]).toEqual(["Position ID", "Department", "Base Salary", "Double"]);
  });

  it("sanitises the sheet name and writes sheets without a table", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const result = await source(book).writeSheet({
      name: "Q1/Q2: 组织*报告",
      columns: [{ header: "A" }],
      rows: [["x"]],
    });
    expect(result.sheetName).toBe("Q1_Q2_ 组织_报告");
    expect(book.values("Q1_Q2_ 组织_报告")).toEqual([["A"], ["x"]]);
    expect(book.tables).toEqual([]);
    expect(book.sheet("Q1_Q2_ 组织_报告").frozenRows).toBe(0);
  });

  it("writes 25,000 rows in requests that stay within the cell budget", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const rows: SheetSpec["rows"] = [];
    for (let i = 1; i <= 25_000; i++) rows.push([`P${i}`, "NOC", i, i % 7 === 0 ? { formula: `C${i + 1}*2` } : i * 2]);

    await source(book, 20_000).writeSheet(reportSpec(rows));

    const values = book.values("Org Report");
    expect(values).toHaveLength(25_001);
    expect(values[25_000]).toEqual(["P25000", "NOC", 25_000, 50_000]);
    expect(values.slice(1).every((row, i) => row[0] === `P${i + 1}`)).toBe(true);
    expect(book.cell("Org Report", "D8")?.formula).toBe("=C8*2");
    const writes = book.requests.filter((request) => request.cellsWritten > 0);
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const request of book.requests) expect(request.cellsWritten).toBeLessThanOrEqual(20_000);
  });

  it("deletes a new sheet that fails midway: nothing is left under the final or the temporary name", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    // Request 4 is the first slice of cells, after the snapshot (3) and the request that adds the sheet.
    book.failingSync = { index: 4, error: new FakeExcelError("GeneralException", "Out of memory") };

    await expect(source(book).writeSheet(reportSpec(FIRST_ROWS))).rejects.toMatchObject({ code: "GeneralException" });

    expect(book.sheetNames()).toEqual(["Sheet1"]);
  });

  it("never leaves a truncated sheet under the final name when a rewrite stops midway; the next write finishes it", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    const excel = source(book);
    await excel.writeSheet(reportSpec(FIRST_ROWS, { activate: false }));
    const id = book.sheet("Org Report").id;
    const tableId = book.tables[0].id;
    // The pane closes (the request fails) at the first slice of the rewrite: requests 0-2 read the workbook,
    // 3 claims the sheet, 4 empties it (keeping its table), 5 is the first slice.
    const rows: SheetSpec["rows"] = [];
    for (let i = 1; i <= 300; i++) rows.push([`P${i}`, "NOC", i, i]);
    book.failingSync = { index: book.requests.length + 5, error: new FakeExcelError("RequestAborted", "closed") };
    const small = new ExcelWorkbookSource(fakeExcelRun(book), { byteBudget: 2_000 });

    await expect(small.writeSheet(reportSpec(rows))).rejects.toMatchObject({ code: "RequestAborted" });

    expect(book.sheetNames()).toEqual(["Sheet1", "Org Report ~"]);
    expect(book.sheetById(id)?.name).toBe("Org Report ~");

    const again = await small.writeSheet(reportSpec(rows));
    expect(again).toEqual({ sheetName: "Org Report", replaced: true });
    expect(book.sheetNames()).toEqual(["Sheet1", "Org Report"]);
    expect(book.sheet("Org Report").id).toBe(id);
    expect(book.values("Org Report")).toHaveLength(301);
    expect(createdSheetIds(book)).toEqual([id]);
    // The table of the first write stayed through the interrupted rewrite and its end.
    expect(book.tables.map((t) => ({ id: t.id, rows: t.area.rowCount }))).toEqual([{ id: tableId, rows: 301 }]);
  });

  it("claims a new sheet (tag and settings) in the same request that adds it, under a temporary name", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    book.failingSync = { index: 4, error: new FakeExcelError("RequestAborted", "closed") };
    // Seen from the workbook right after the request that added the sheet.
    let seen: { names: string[]; tag?: string; setting?: unknown } | undefined;
    const run = fakeExcelRun(book);
    const spy: typeof run = (batch) =>
      run(async (context) => {
        const sync = context.sync.bind(context);
        (context as { sync: () => Promise<void> }).sync = async () => {
          await sync();
          const added = book.sheets.find((sheet) => sheet.name.endsWith("~"));
          if (added && !seen)
            seen = {
              names: book.sheetNames(),
              tag: added.names.get(OWNER_NAME),
              setting: book.settings.get(SETTING_CREATED_SHEETS),
            };
        };
        return batch(context);
      });
    await expect(new ExcelWorkbookSource(spy).writeSheet(reportSpec(FIRST_ROWS))).rejects.toBeDefined();

    expect(seen?.names).toEqual(["Sheet1", "Org Report ~"]);
    const [entry] = parseCreatedSheets(seen?.setting as string);
    expect(entry).toMatchObject({ name: "Org Report", role: "report", pending: true });
    expect(seen?.tag).toBe(`="${entry.guid}"`);
  });
});
