import { findingMessage } from "../../src/core/findings/localizeFinding";
import { isoDateFromSerial } from "../../src/core/cells/parseDate";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { isDateFormat, shift1904Dates } from "../../src/excel/dateSystem";
import { fillMergedAreas } from "../../src/excel/mergedCells";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { loadOrgWorkbook } from "../../src/taskpane/loadOrgWorkbook";
import { makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function mergedBook(): FakeWorkbook {
  const book = new FakeWorkbook(["Staff"]);
  book.putCells("Staff", "A1", [
    ["Position ID", "Title", "Org unit", "", "Reports To"],
    ["", "", "Department", "Team", ""],
    ["P1", "Director", "Operations", "Office", ""],
    ["P2", "Lead", "Operations", "NOC", "P1"],
    ["P3", "Engineer", "", "", "P2"],
    ["P4", "Engineer", "", "", "P2"],
  ]);
  // A header merged across, a department merged down, and a team merged down.
  book.merge("Staff", "C1:D1");
  book.merge("Staff", "C4:C6");
  book.merge("Staff", "D4:D6");
  return book;
}

describe("cells as the user sees them in Excel", () => {
  it("fills merged areas with their top-left value (department merged down a column, header merged across)", async () => {
    const result = await new ExcelWorkbookSource(fakeExcelRun(mergedBook())).readPositions();
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.grid.rows.map((row) => row[2])).toEqual([
      "Org unit",
      "Department",
      "Operations",
      "Operations",
      "Operations",
      "Operations",
    ]);
    expect(result.grid.rows.map((row) => row[3])).toEqual(["Org unit", "Team", "Office", "NOC", "NOC", "NOC"]);
  });

  it("says which merged areas it filled, in an info finding in the user's language", async () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const loaded = await loadOrgWorkbook(new ExcelWorkbookSource(fakeExcelRun(mergedBook())), { lang });
      if (!loaded.ok) throw new Error(loaded.problem.code);
      expect(loaded.loaded.grid.mergedFilled).toEqual(["C1:D1", "C4:C6", "D4:D6"]);
      const merged = loaded.loaded.analysis.findings.filter((finding) => finding.code === "MERGED_CELLS_FILLED");
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ severity: "info", rows: [1, 4], params: { count: 3 } });
      expect(findingMessage(merged[0], lang)).toContain("C1:D1, C4:C6, D4:D6");
      expect(findingMessage(merged[0], lang)).toContain(lang === "en" ? "Merged cells" : "合并单元格");
    }
  });

  it("names no merged area when the merges held nothing to fill (or there were none)", async () => {
    const book = new FakeWorkbook(["Staff"]);
    book.putCells("Staff", "A1", [
      ["Position ID", "Title", "Department", "Reports To"],
      ["P1", "Director", "Operations", ""],
      ["P2", "Lead", "", "P1"],
      ["P3", "Lead", "", "P1"],
    ]);
    book.merge("Staff", "C3:C4"); // merged, but blank: nothing to fill

    const loaded = await loadOrgWorkbook(new ExcelWorkbookSource(fakeExcelRun(book)), { lang: "en" });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    expect(loaded.loaded.grid.mergedFilled).toBeUndefined();
    expect(loaded.loaded.analysis.findings.map((finding) => finding.code)).not.toContain("MERGED_CELLS_FILLED");
  });

  it("leaves merged cells as Excel gives them where the host lacks ExcelApi 1.13", async () => {
    (globalThis as { Office?: unknown }).Office = officeWithExcelApiUpTo("1.12");
    const result = await new ExcelWorkbookSource(fakeExcelRun(mergedBook())).readPositions();
    expect(result.ok && result.grid.rows.map((row) => row[2])).toEqual([
      "Org unit",
      "Department",
      "Operations",
      "Operations",
      "",
      "",
    ]);
  });

  it("asks for the merged areas in parts when there are more than Excel lists at once (512)", async () => {
    const book = new FakeWorkbook(["Staff"]);
    const rows: (string | number)[][] = [["Position ID", "Title", "Department", "Reports To"]];
    for (let i = 1; i <= 1_400; i++)
      rows.push([`P${i}`, "Engineer", i % 2 === 1 ? `Dept ${i}` : "", i === 1 ? "" : "P1"]);
    book.putCells("Staff", "A1", rows);
    for (let i = 1; i <= 1_400; i += 2) book.merge("Staff", `C${i + 1}:C${i + 2}`); // 700 merges

    const result = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();

    if (!result.ok) throw new Error(result.problem.code);
    expect(result.grid.rows[2][2]).toBe("Dept 1");
    expect(result.grid.rows[1_400][2]).toBe("Dept 1399");
    expect(result.grid.rows.slice(1).every((row) => row[2] !== "")).toBe(true);
  });

  it("fills only within the rows read, from a top-left cell that was read", () => {
    const rows = [
      ["a", ""],
      ["", ""],
    ];
    const filled = fillMergedAreas(rows, 10, 0, [
      { rowIndex: 10, columnIndex: 0, rowCount: 5, columnCount: 2 },
      { rowIndex: 9, columnIndex: 1, rowCount: 3, columnCount: 1 },
    ]);
    expect(rows).toEqual([
      ["a", "a"],
      ["a", "a"],
    ]);
    expect(filled.cells).toBe(3);
    expect(filled.areas).toEqual([{ rowIndex: 10, columnIndex: 0, rowCount: 5, columnCount: 2 }]);
  });

  it("reads the dates of a workbook on the 1904 date system as the dates Excel shows", async () => {
    const book = new FakeWorkbook(["Staff"]);
    const serial1900 = 45352; // 2024-03-01
    book.putCells("Staff", "A1", [
      ["Position ID", "Title", "Reports To", "Start Date", "Base Salary"],
      ["P1", "Director", "", serial1900 - 1462, 45352],
    ]);
    book.sheet("Staff").rows[1][3]!.numberFormat = 'yyyy"年"m"月"d"日"';
    book.sheet("Staff").rows[1][4]!.numberFormat = "#,##0";
    book.use1904DateSystem = true;

    const loaded = await loadOrgWorkbook(new ExcelWorkbookSource(fakeExcelRun(book)), { lang: "en" });

    if (!loaded.ok) throw new Error(loaded.problem.code);
    expect(loaded.loaded.grid.rows[1][3]).toBe(serial1900);
    expect(isoDateFromSerial(loaded.loaded.grid.rows[1][3] as number)).toBe("2024-03-01");
    expect(loaded.loaded.grid.rows[1][4]).toBe(45352); // a number that is not a date stays
    expect(loaded.loaded.analysis.model.positions[0].startDate).toBe("2024-03-01");
  });

  it("tells date formats from number and time formats", () => {
    for (const format of ["yyyy-mm-dd", "d/m/yy", "[$-804]yyyy年m月d日", "mmm-yy", "dd"])
      expect(isDateFormat(format)).toBe(true);
    for (const format of ["General", "#,##0", "0.0%", "h:mm", "[h]:mm:ss", '"days"0', ""])
      expect(isDateFormat(format)).toBe(false);
    const values = [[1, "x", 3]];
    expect(shift1904Dates(values, [["yyyy-mm-dd", "yyyy-mm-dd", "0"]])).toBe(1);
    expect(values).toEqual([[1463, "x", 3]]);
  });

  it("the file adapter agrees: a 1904 .xlsx written by exceljs reads the same dates", async () => {
    const dir = makeTempDir();
    try {
      const bytes = await writeXlsxFile(dir.file("mac.xlsx"), (workbook) => {
        workbook.properties.date1904 = true;
        const sheet = workbook.addWorksheet("Staff");
        sheet.addRow(["Position ID", "Title", "Reports To", "Start Date"]);
        sheet.addRow(["P1", "Director", "", new Date(Date.UTC(2024, 2, 1))]);
        sheet.getCell("D2").numFmt = "yyyy-mm-dd";
      });
      const opened = await openWorkbookFile(bytes, "mac.xlsx");
      if (!opened.ok) throw new Error(opened.problem.code);
      const loaded = await loadOrgWorkbook(opened.source, { lang: "en" });
      expect(loaded.ok && loaded.loaded.analysis.model.positions[0].startDate).toBe("2024-03-01");
    } finally {
      dir.remove();
    }
  });
});
