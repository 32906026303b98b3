import type ExcelJS from "exceljs";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { plainPosition } from "../../src/core/model/position";
import { operationsCenterSample } from "../../src/core/sample/operationsCenter";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SETTING_COLUMN_MAPPING, SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { ENGLISH_POSITIONS, loadXlsx, makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function open(bytes: Uint8Array, name: string): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code} ${opened.problem.detail ?? ""}`);
  return opened.source;
}

/** A user's workbook with many kinds of cells, a table, merges and formats. */
function buildUserWorkbook(workbook: ExcelJS.Workbook): void {
  const positions = workbook.addWorksheet("Positions");
  positions.addTable({
    name: "tblPositions",
    ref: "A1",
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ENGLISH_POSITIONS[0].map((name) => ({ name: String(name), filterButton: true })),
    rows: ENGLISH_POSITIONS.slice(1),
  });
  positions.getColumn(6).numFmt = "#,##0";
  positions.getColumn(2).width = 28;
  const notes = workbook.addWorksheet("Report");
  notes.getCell("A1").value = "My own report — do not touch";
  notes.mergeCells("A1:D1");
  notes.getCell("A3").value = new Date(Date.UTC(2025, 0, 31));
  notes.getCell("A3").numFmt = "yyyy-mm-dd";
  notes.getCell("B3").value = { formula: "SUM(Positions!F2:F5)", result: 1800000 };
  notes.getCell("C3").value = { richText: [{ text: "bold", font: { bold: true } }, { text: " and plain" }] };
  notes.getCell("D3").value = { text: "intranet", hyperlink: "https://intranet.example.com/org" };
  notes.getCell("E3").value = { error: "#N/A" };
  notes.getCell("F3").value = true;
  notes.getCell("G3").value = "001";
  notes.getCell("H3").value = 0.125;
  notes.getCell("H3").numFmt = "0.0%";
}

/** Every cell of a sheet as address → [value, formula, numFmt], for comparing two files. */
function cellsOf(worksheet: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = [cell.value, cell.formula, cell.numFmt, cell.isMerged];
    }),
  );
  return cells;
}

const reportSpec = (rows: (string | number)[][]): SheetSpec => ({
  name: "Report",
  columns: [{ header: "Metric" }, { header: "Value", numberFormat: "#,##0" }],
  rows,
});

describe("FileWorkbookSource", () => {
  it("keeps its settings in the saved .xlsx (a very hidden sheet) and reads them back on open", async () => {
    const source = await open(await writeXlsxFile(temp.file("settings.xlsx"), buildUserWorkbook), "settings.xlsx");
    expect(await source.readSetting(SETTING_COLUMN_MAPPING)).toBeUndefined();
    await source.writeSetting(SETTING_COLUMN_MAPPING, JSON.stringify({ reportsTo: "Manager No." }));
    await source.writeSetting("orgwright.note", '汇报对象 = 上级岗位, with "quotes" and = signs');
    const saved = await source.toXlsx();

    const workbook = await loadXlsx(saved);
    const settingsSheet = workbook.getWorksheet("_orgwright");
    expect(settingsSheet?.state).toBe("veryHidden");
    expect(workbook.worksheets[workbook.worksheets.length - 1].name).toBe("_orgwright");

    const reopened = await open(saved, "settings.xlsx");
    expect(await reopened.listSheets()).toEqual(["Positions", "Report"]);
    expect(await reopened.readSetting(SETTING_COLUMN_MAPPING)).toBe(JSON.stringify({ reportsTo: "Manager No." }));
    expect(await reopened.readSetting("orgwright.note")).toBe('汇报对象 = 上级岗位, with "quotes" and = signs');

    // Saving the reopened file again keeps one settings sheet, not two.
    const again = await loadXlsx(await reopened.toXlsx());
    expect(again.worksheets.filter((sheet) => sheet.name === "_orgwright")).toHaveLength(1);
  });

  it("uses the saved column mapping to find the positions sheet", async () => {
    const bytes = await writeXlsxFile(temp.file("mapped.xlsx"), (workbook) => {
      workbook.addWorksheet("Notes").addRows([
        ["Title", "Name"],
        ["x", "y"],
      ]);
      workbook.addWorksheet("Org").addRows([
        ["Seat", "Boss", "Title"],
        ["S1", "", "Head"],
      ]);
    });
    const source = await open(bytes, "mapped.xlsx");
    const before = await source.readPositions();
    expect(before.ok && before.grid.sheetName).toBe("Notes");
    await source.writeSetting(SETTING_COLUMN_MAPPING, JSON.stringify({ id: "Seat", reportsTo: "Boss" }));
    const after = await source.readPositions();
    expect(after.ok && after.grid.sheetName).toBe("Org");
  });

  it("never reads its own report sheets as the positions or as a support table, before or after saving", async () => {
    const source = await open(await writeXlsxFile(temp.file("reports.xlsx"), buildUserWorkbook), "reports.xlsx");
    // A report whose block is headed like a Budget table (the Plan comparison sheet's budget block is).
    const budgetLike: SheetSpec = {
      name: "Plan comparison",
      columns: [{ header: "Department" }, { header: "Month" }, { header: "Headcount" }, { header: "Cost" }],
      rows: [["Operations", "2026-01", 3, 30000]],
      table: { name: "PlanBudget" },
    };
    expect((await source.writeSheet(budgetLike)).sheetName).toBe("Plan comparison");
    expect(await source.readSupportTable("budget")).toBeUndefined();
    const positions = await source.readPositions();
    expect(positions.ok && positions.grid.sheetName).not.toBe("Plan comparison");
    // Asked for by name, a report is still read.
    const named = await source.readPositions({ sheet: "Plan comparison" });
    expect(named.ok && named.grid.sheetName).toBe("Plan comparison");

    const reopened = await open(await source.toXlsx(), "reports-saved.xlsx");
    expect(await reopened.readSupportTable("budget")).toBeUndefined();
  });

  it("never overwrites a sheet it did not create: it writes “Name (2)” and replaces only its own", async () => {
    const source = await open(await writeXlsxFile(temp.file("clobber.xlsx"), buildUserWorkbook), "clobber.xlsx");
    expect(await source.writeSheet(reportSpec([["Positions", 4]]))).toEqual({
      sheetName: "Report (2)",
      replaced: false,
    });
    expect(await source.writeSheet(reportSpec([["Positions", 5]]))).toEqual({
      sheetName: "Report (2)",
      replaced: true,
    });
    expect(await source.writeSheet({ ...reportSpec([]), name: "report" })).toEqual({
      sheetName: "Report (2)",
      replaced: true,
    });
    expect(await source.listSheets()).toEqual(["Positions", "Report", "Report (2)"]);
    expect(JSON.parse((await source.readSetting(SETTING_CREATED_SHEETS))!)).toEqual([
      { name: "Report (2)", role: "report" },
    ]);

    const workbook = await loadXlsx(await source.toXlsx());
    expect(workbook.getWorksheet("Report")!.getCell("A1").value).toBe("My own report — do not touch");
    expect(workbook.getWorksheet("Report (2)")!.getCell("A1").value).toBe("Metric");
  });

  it("replaces its own sheet in place, remembering across saves which sheets it created", async () => {
    const source = await open(await writeXlsxFile(temp.file("inplace.xlsx"), buildUserWorkbook), "inplace.xlsx");
    await source.writeSheet({ ...reportSpec([["a", 1]]), name: "Summary" });
    await source.writeSheet({ ...reportSpec([["c", 3]]), name: "Details" });
    const reopened = await open(await source.toXlsx(), "inplace.xlsx");
    await reopened.writeSheet({ ...reportSpec([["b", 2]]), name: "Summary" });
    const workbook = await loadXlsx(await reopened.toXlsx());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Positions",
      "Report",
      "Summary",
      "Details",
      "_orgwright",
    ]);
    expect(workbook.getWorksheet("Summary")!.getCell("A2").value).toBe("b");
  });

  it("keeps the table's name when it replaces its own sheet", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("sample.xlsx", [operationsCenterSample("en")]);
    expect(await source.writeSheet(operationsCenterSample("en"))).toEqual({ sheetName: "Positions", replaced: true });
    const workbook = await loadXlsx(await source.toXlsx());
    const tables = workbook.getWorksheet("Positions")!.getTables() as unknown as { model: { name: string } }[];
    expect(tables.map((table) => table.model.name)).toEqual(["Positions"]);
  });

  it("writes the user's sheets back cell for cell", async () => {
    const original = await writeXlsxFile(temp.file("roundtrip.xlsx"), buildUserWorkbook);
    const source = await open(original, "roundtrip.xlsx");
    await source.writeSheet(operationsCenterSample("en"));
    await source.writeSetting(SETTING_COLUMN_MAPPING, "{}");
    const saved = writeBytesFile(temp.file("roundtrip-saved.xlsx"), await source.toXlsx());

    const before = await loadXlsx(original);
    const after = await loadXlsx(saved);
    for (const name of ["Positions", "Report"]) {
      expect(cellsOf(after.getWorksheet(name)!)).toEqual(cellsOf(before.getWorksheet(name)!));
    }
    const userTable = after.getWorksheet("Positions")!.getTables()[0] as unknown as {
      model: { name: string; tableRef: string };
    };
    expect(userTable.model).toMatchObject({ name: "tblPositions", tableRef: "A1:F5" });
    expect(after.getWorksheet("Positions")!.getColumn(2).width).toBe(28);
  });

  it("writes a spec as an Excel table with formulas, number formats, widths and a frozen header", async () => {
    const source = await open(await writeXlsxFile(temp.file("table.xlsx"), buildUserWorkbook), "table.xlsx");
    const spec: SheetSpec = {
      name: "Positions",
      table: { name: "Positions", style: "TableStyleMedium9" },
      columns: [
        { header: "Position ID", width: 12 },
        { header: "Reports To" },
        { header: "Base Salary", width: 14, numberFormat: "#,##0" },
        { header: "Monthly" },
      ],
      rows: [
        ["P1", null, 1200000, { formula: "=C2/12", value: 100000 }],
        ["P2", "P1", 600000, { formula: "C3/12", value: 50000 }],
      ],
      freezeHeader: true,
      activate: true,
    };
    expect(await source.writeSheet(spec)).toEqual({ sheetName: "Positions (2)", replaced: false });

    const workbook = await loadXlsx(await source.toXlsx());
    const sheet = workbook.getWorksheet("Positions (2)")!;
    const tables = sheet.getTables() as unknown as {
      model: { name: string; tableRef: string; style: { theme: string } };
    }[];
    expect(tables).toHaveLength(1);
    expect(tables[0].model).toMatchObject({
      name: "Positions",
      tableRef: "A1:D3",
      style: { theme: "TableStyleMedium9" },
    });
    expect(sheet.getRow(1).values).toEqual([undefined, "Position ID", "Reports To", "Base Salary", "Monthly"]);
    expect(sheet.getCell("D2").value).toEqual({ formula: "C2/12", result: 100000 });
    expect(sheet.getCell("C3").value).toBe(600000);
    expect(sheet.getCell("C3").numFmt).toBe("#,##0");
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(3).width).toBe(14);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.views[0].activeTab).toBe(2);

    const reopened = await open(
      writeBytesFile(temp.file("table-saved.xlsx"), await source.toXlsx()),
      "table-saved.xlsx",
    );
    const read = await reopened.readPositions({ sheet: "Positions (2)" });
    expect(read.ok && read.grid).toMatchObject({
      tableName: "Positions",
      rows: [
        ["Position ID", "Reports To", "Base Salary", "Monthly"],
        ["P1", null, 1200000, 100000],
        ["P2", "P1", 600000, 50000],
      ],
    });
  });

  it("gives the table another name when the user's workbook already has a table by that name", async () => {
    const source = await open(await writeXlsxFile(temp.file("tablename.xlsx"), buildUserWorkbook), "tablename.xlsx");
    await source.writeSheet({
      name: "Copy",
      table: { name: "TBLPOSITIONS" },
      columns: [{ header: "ID" }],
      rows: [["x"]],
    });
    const workbook = await loadXlsx(await source.toXlsx());
    const names = workbook.worksheets.flatMap((sheet) =>
      (sheet.getTables() as unknown as { model: { name: string } }[]).map((table) => table.model.name),
    );
    expect(names).toEqual(["tblPositions", "TBLPOSITIONS2"]);
  });

  describe("fromSheetSpecs(label, specs)", () => {
    it("reads the sample without writing a workbook, and saves it as a real .xlsx the core reads the same way", async () => {
      const sample = operationsCenterSample("zh-CN");
      const source = FileWorkbookSource.fromSheetSpecs("示例.xlsx", [sample]);
      expect(source.label).toBe("示例.xlsx");
      expect(await source.listSheets()).toEqual(["岗位表"]);
      const read = await source.readPositions();
      if (!read.ok) throw new Error(read.problem.code);
      const inMemory = buildOrgModel(read.grid);

      const saved = writeBytesFile(temp.file("sample.xlsx"), await source.toXlsx());
      const reopened = await open(saved, "sample.xlsx");
      expect(JSON.parse((await reopened.readSetting(SETTING_CREATED_SHEETS))!)).toEqual([
        { name: "岗位表", role: "data" },
      ]);
      const reread = await reopened.readPositions();
      if (!reread.ok) throw new Error(reread.problem.code);
      expect(reread.grid.tableName).toBe("Positions");
      const fromFile = buildOrgModel(reread.grid);
      expect(fromFile.accounting).toEqual(inMemory.accounting);
      expect(fromFile.model.positions.map(plainPosition)).toEqual(inMemory.model.positions.map(plainPosition));
      expect(fromFile.findings.map((finding) => finding.code)).toEqual(
        inMemory.findings.map((finding) => finding.code),
      );
    });

    it("saves an empty source as a workbook with one visible sheet", async () => {
      const workbook = await loadXlsx(await FileWorkbookSource.fromSheetSpecs("empty", []).toXlsx());
      expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([["Sheet1", "visible"]]);
      expect(await FileWorkbookSource.fromSheetSpecs("empty", []).readPositions()).toEqual({
        ok: false,
        problem: { code: "NO_SHEETS", subject: "empty" },
      });
    });
  });

  it("saves a CSV file's rows as a sheet of text next to the sheets it writes", async () => {
    const source = await open(
      writeBytesFile(temp.file("org.csv"), "Position ID,Reports To\r\nP1,\r\nP2,P1\r\n"),
      "org.csv",
    );
    expect(await source.writeSheet({ name: "org", columns: [{ header: "x" }], rows: [] })).toEqual({
      sheetName: "org (2)",
      replaced: false,
    });
    const workbook = await loadXlsx(await source.toXlsx());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["org", "org (2)", "_orgwright"]);
    expect(workbook.getWorksheet("org")!.getSheetValues().slice(1)).toEqual([
      [undefined, "Position ID", "Reports To"],
      [undefined, "P1"],
      [undefined, "P2", "P1"],
    ]);
  });
});
