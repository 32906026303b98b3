import { SETTING_COLUMN_MAPPING } from "../../src/core/sheet/workbookSource";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { DEFAULT_CELL_BUDGET } from "../../src/excel/readRangeInChunks";
import { FakeExcelError, FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const POSITIONS_HEADER = ["Position ID", "Title", "Department", "Reports To", "Name", "FTE"];
const POSITIONS: FakeValue[][] = [
  POSITIONS_HEADER,
  ["P001", "Director", "Operations Center", "", "Wang Fang", 1],
  ["P002", "NOC Lead", "Operations Center", "P001", "Li Lei", 1],
  ["P003", "NOC Engineer", "Operations Center", "P002", "#N/A", 0.5],
];
const BUDGET: FakeValue[][] = [
  ["Month", "Amount"],
  ["Jan", 100],
];

function source(book: FakeWorkbook, cellBudget?: number): ExcelWorkbookSource {
  return new ExcelWorkbookSource(fakeExcelRun(book), { cellBudget });
}

describe("ExcelWorkbookSource.readPositions()", () => {
  it("reads the table whose header looks like positions and ignores a table that does not", async () => {
    const book = new FakeWorkbook(["Budget", "Positions"]);
    book.putTable("Budget", "BudgetTable", "A1", BUDGET);
    book.putTable("Positions", "PositionsTable", "B3", POSITIONS);

    const result = await source(book).readPositions();

    expect(result).toEqual({
      ok: true,
      grid: { sheetName: "Positions", tableName: "PositionsTable", firstRow: 3, firstColumn: 2, rows: POSITIONS },
    });
  });

  it("leaves a table's totals row out", async () => {
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "Staff", "A1", [...POSITIONS, ["Total", "", "", "", "", 2.5]], { showTotals: true });
    const result = await source(book).readPositions();
    expect(result.ok && result.grid.rows).toEqual(POSITIONS);
  });

  it("falls back to the active sheet's used range when no table looks like positions", async () => {
    const book = new FakeWorkbook(["Budget", "Raw", "Other"]);
    book.putTable("Budget", "BudgetTable", "A1", BUDGET);
    book.putCells("Other", "A1", [["Position ID", "Reports To"]]);
    book.putCells("Raw", "C5", POSITIONS);
    book.activeSheetId = book.sheet("Raw").id;

    const result = await source(book).readPositions();

    expect(result).toEqual({ ok: true, grid: { sheetName: "Raw", firstRow: 5, firstColumn: 3, rows: POSITIONS } });
  });

  it("reads the named sheet: its positions table, else its used range, whatever the other sheets hold", async () => {
    const book = new FakeWorkbook(["Positions", "Plan 2025"]);
    book.putTable("Positions", "PositionsTable", "A1", POSITIONS);
    book.putCells("Plan 2025", "A2", POSITIONS.slice(0, 2));

    const plan = await source(book).readPositions({ sheet: "Plan 2025" });
    expect(plan).toEqual({
      ok: true,
      grid: { sheetName: "Plan 2025", firstRow: 2, firstColumn: 1, rows: POSITIONS.slice(0, 2) },
    });

    book.putTable("Plan 2025", "Plan", "H1", POSITIONS);
    const planTable = await source(book).readPositions({ sheet: "Plan 2025" });
    expect(planTable.ok && [planTable.grid.tableName, planTable.grid.firstColumn]).toEqual(["Plan", 8]);
  });

  it("gives an empty grid for a blank sheet", async () => {
    const book = new FakeWorkbook(["Empty"]);
    expect(await source(book).readPositions()).toEqual({
      ok: true,
      grid: { sheetName: "Empty", firstRow: 1, firstColumn: 1, rows: [] },
    });
  });

  it("uses the saved column mapping to recognise a table with unusual headers", async () => {
    const book = new FakeWorkbook(["Budget", "HR"]);
    book.putTable("Budget", "BudgetTable", "A1", BUDGET);
    book.putTable("HR", "Roster", "A1", [
      ["Emp#", "Boss#"],
      ["E1", ""],
    ]);
    const withoutMapping = await source(book).readPositions();
    expect(withoutMapping.ok && withoutMapping.grid.sheetName).toBe("Budget"); // the active sheet's used range

    book.settings.set(SETTING_COLUMN_MAPPING, JSON.stringify({ id: "Emp#", reportsTo: "Boss#" }));
    const withMapping = await source(book).readPositions();
    expect(withMapping.ok && withMapping.grid.tableName).toBe("Roster");
  });

  it("reads a 25,000-row table in requests that each stay within the cell budget, every row in order", async () => {
    const header = [...POSITIONS_HEADER, "Grade", "Base Salary", "Team", "Location", "Status", "Cost Center"];
    const rows: FakeValue[][] = [header];
    for (let i = 1; i <= 25_000; i++) {
      rows.push([
        `P${i}`,
        "Engineer",
        "Operations Center",
        i === 1 ? "" : `P${Math.floor(i / 2)}`,
        `Person ${i}`,
        1,
        "L3",
        1000 + i,
        "NOC",
        "Beijing",
        "Active",
        "CC1",
      ]);
    }
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "Big", "A1", rows);

    const result = await source(book).readPositions();

    if (!result.ok) throw new Error(result.problem.code);
    expect(result.grid.rows).toHaveLength(25_001);
    expect(result.grid.rows).toEqual(rows);
    const bodyReads = book.requests.filter((request) => request.cellsRead > header.length);
    expect(bodyReads.length).toBeGreaterThanOrEqual(3);
    for (const request of book.requests) expect(request.cellsRead).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
    // A first small request measures the rows; the next ones are as large as the cell cap allows.
    expect(bodyReads.map((request) => request.reads)).toEqual([
      ["Positions!A1:L100"],
      ["Positions!A101:L10100"],
      ["Positions!A10101:L20100"],
      ["Positions!A20101:L25001"],
    ]);
  });

  it("takes the cell budget as a parameter", async () => {
    const rows: FakeValue[][] = [POSITIONS_HEADER];
    for (let i = 1; i <= 1_000; i++) rows.push([`P${i}`, "T", "D", "", "N", 1]);
    const book = new FakeWorkbook(["Positions"]);
    book.putCells("Positions", "A1", rows);

    const result = await source(book, 600).readPositions(); // 100 rows of 6 columns per request

    expect(result.ok && result.grid.rows).toEqual(rows);
    const valueReads = book.requests.filter((request) =>
      request.reads.some((address) => address !== "Positions!A1:F30"),
    );
    expect(valueReads).toHaveLength(11);
    for (const request of valueReads) expect(request.cellsRead).toBeLessThanOrEqual(600);
  });

  it("reports a sheet that does not exist as a problem value", async () => {
    const book = new FakeWorkbook(["Positions"]);
    await expect(source(book).readPositions({ sheet: "岗位表" })).resolves.toEqual({
      ok: false,
      problem: { code: "SHEET_NOT_FOUND", subject: "岗位表" },
    });
  });

  it("reports an Excel failure as a problem value instead of throwing", async () => {
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "PositionsTable", "A1", POSITIONS);
    book.failingSync = { index: 2, error: new FakeExcelError("GeneralException", "An internal error has occurred.") };

    await expect(source(book).readPositions()).resolves.toEqual({
      ok: false,
      problem: { code: "EXCEL_API_ERROR", detail: "GeneralException: An internal error has occurred." },
    });
  });
});

describe("ExcelWorkbookSource settings and sheets", () => {
  it("round-trips a setting through workbook.settings", async () => {
    const book = new FakeWorkbook();
    const excel = source(book);
    await expect(excel.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBeUndefined();
    const mapping = JSON.stringify({ reportsTo: "上级编号" });
    await excel.writeSetting(SETTING_COLUMN_MAPPING, mapping);
    expect(book.settings.get(SETTING_COLUMN_MAPPING)).toBe(mapping);
    await expect(excel.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBe(mapping);
    await excel.writeSetting(SETTING_COLUMN_MAPPING, "{}");
    await expect(excel.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBe("{}");
  });

  it("falls back to the settings sheet of a file saved outside Excel", async () => {
    const book = new FakeWorkbook(["Positions", "_orgwright"]);
    const mapping = JSON.stringify({ reportsTo: "上级编号" });
    book.putCells("_orgwright", "A1", [
      ["key", "value"],
      [SETTING_COLUMN_MAPPING, mapping],
    ]);
    const excel = source(book);
    await expect(excel.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBe(mapping);
    await expect(excel.readSetting("missing")).resolves.toBeUndefined();
    await excel.writeSetting(SETTING_COLUMN_MAPPING, "{}");
    await expect(excel.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBe("{}");
  });

  it("reads a setting someone saved as an object as JSON text", async () => {
    const book = new FakeWorkbook();
    book.settings.set("other", { a: 1 });
    await expect(source(book).readSetting("other")).resolves.toBe('{"a":1}');
  });

  it("lists the sheets in workbook order, and is labelled Excel", async () => {
    const book = new FakeWorkbook(["岗位表", "Budget", "Notes"]);
    const excel = source(book);
    await expect(excel.listSheets()).resolves.toEqual(["岗位表", "Budget", "Notes"]);
    expect(excel.label).toBe("Excel");
  });
});
