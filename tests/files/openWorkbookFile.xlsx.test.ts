import { findingMessage } from "../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { loadWorkbook } from "../../src/pipeline/loadWorkbook";
import {
  CHINESE_POSITIONS,
  ENGLISH_POSITIONS,
  makeTempDir,
  writeBytesFile,
  writeXlsxFile,
} from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function openXlsx(name: string, build: Parameters<typeof writeXlsxFile>[1]) {
  const bytes = await writeXlsxFile(temp.file(name), build);
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code} ${opened.problem.detail}`);
  return opened.source;
}

async function readGrid(name: string, build: Parameters<typeof writeXlsxFile>[1], sheet?: string): Promise<SheetGrid> {
  const read = await (await openXlsx(name, build)).readPositions(sheet === undefined ? {} : { sheet });
  if (!read.ok) throw new Error(`could not read ${name}: ${read.problem.code}`);
  return read.grid;
}

describe("openWorkbookFile(bytes, name) on .xlsx files", () => {
  it("reads an English positions sheet cell for cell, and the core builds the org from it", async () => {
    const grid = await readGrid("english.xlsx", (workbook) =>
      workbook.addWorksheet("Positions").addRows(ENGLISH_POSITIONS),
    );
    expect(grid).toEqual({
      sheetName: "Positions",
      firstRow: 1,
      firstColumn: 1,
      rows: ENGLISH_POSITIONS.map((row) => row.map((cell) => (cell === "" ? null : cell))),
    });
    const analysis = buildOrgModel(grid);
    expect(analysis.accounting.positions).toBe(4);
    expect(analysis.model.roots.map((index) => analysis.model.positions[index].id)).toEqual(["P001"]);
    expect(analysis.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("reads Chinese headers and Chinese text", async () => {
    const grid = await readGrid("岗位表.xlsx", (workbook) =>
      workbook.addWorksheet("岗位表").addRows(CHINESE_POSITIONS),
    );
    expect(grid.sheetName).toBe("岗位表");
    expect(grid.rows[0]).toEqual(["岗位编号", "岗位名称", "部门", "汇报对象", "姓名", "年薪"]);
    const analysis = buildOrgModel(grid, { lang: "zh-CN" });
    expect(analysis.columns.missing).toEqual([]);
    expect(analysis.model.positions.map((position) => position.title)).toEqual([
      "运营中心负责人",
      "内容审核组长",
      "内容审核专员",
      "社区运营经理",
    ]);
    expect(analysis.model.positions[2].reportsTo).toBe("P002");
  });

  it("starts the grid where the data starts: a merged title row above, the table from column C", async () => {
    const grid = await readGrid("offset.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Org");
      sheet.getCell("C1").value = "Operations Center positions, 2025";
      sheet.mergeCells("C1:H1");
      ENGLISH_POSITIONS.forEach((row, r) =>
        row.forEach((value, c) => (sheet.getCell(3 + r, 3 + c).value = value === "" ? null : value)),
      );
      sheet.getCell(8, 3).value = "P005";
      sheet.getCell(8, 6).value = "P999";
    });
    expect(grid.firstRow).toBe(1);
    expect(grid.firstColumn).toBe(3);
    // The merged title is read as Excel shows it, across the merge (and named in mergedFilled).
    expect(grid.rows[0]).toEqual(Array(6).fill("Operations Center positions, 2025"));
    expect(grid.mergedFilled).toEqual(["C1:H1"]);
    expect(grid.rows[1]).toEqual([]);
    expect(grid.rows[2][0]).toBe("Position ID");
    const analysis = buildOrgModel(grid);
    expect(analysis.columns.headerRow).toBe(3);
    const unknown = analysis.findings.find((finding) => finding.code === "UNKNOWN_MANAGER");
    expect(unknown).toMatchObject({ rows: [8], ids: ["P005"] });
  });

  it("reads a merged area as Excel shows it, its value in every cell, as the Excel adapter does; the analysis says so", async () => {
    const build = (workbook: Parameters<Parameters<typeof writeXlsxFile>[1]>[0]) => {
      const sheet = workbook.addWorksheet("S");
      sheet.addRows([
        ["Position ID", "Reports To", "Department"],
        ["P1", "", "Operations"],
        ["P2", "P1", ""],
        ["P3", "P1", ""],
        ["P4", "P1", "Finance"],
      ]);
      sheet.mergeCells("C2:C4");
    };
    const grid = await readGrid("merged.xlsx", build);
    expect(grid.rows[1]).toEqual(["P1", null, "Operations"]);
    expect(grid.rows[2]).toEqual(["P2", "P1", "Operations"]);
    expect(grid.rows[3]).toEqual(["P3", "P1", "Operations"]);
    expect(grid.rows[4]).toEqual(["P4", "P1", "Finance"]);
    expect(grid.mergedFilled).toEqual(["C2:C4"]);
    const loaded = await loadWorkbook(await openXlsx("merged2.xlsx", build), { lang: "en", cost: false });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const { analysis } = loaded.loaded;
    expect(analysis.model.positions.map((p) => p.department)).toEqual([
      "Operations",
      "Operations",
      "Operations",
      "Finance",
    ]);
    const merged = analysis.findings.find((f) => f.code === "MERGED_CELLS_FILLED");
    expect(merged).toMatchObject({ severity: "info", rows: [2] });
    expect(findingMessage(merged!, "en")).toContain("C2:C4");
  });

  it("names the merged areas of the positions, not a title banner merged above the header", async () => {
    const build = (workbook: Parameters<Parameters<typeof writeXlsxFile>[1]>[0]) => {
      const sheet = workbook.addWorksheet("S");
      sheet.addRows([
        ["Operations center — positions 2026", "", ""],
        ["Position ID", "Reports To", "Department"],
        ["P1", "", "Operations"],
        ["P2", "P1", ""],
      ]);
      sheet.mergeCells("A1:C1");
      sheet.mergeCells("C3:C4");
    };
    const loaded = await loadWorkbook(await openXlsx("banner.xlsx", build), { cost: false });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const { analysis } = loaded.loaded;
    expect(analysis.columns.headerRow).toBe(2);
    const merged = analysis.findings.filter((f) => f.code === "MERGED_CELLS_FILLED");
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ rows: [3], params: { count: 1 } });
    expect(findingMessage(merged[0], "en")).toContain("C3:C4");
    expect(findingMessage(merged[0], "en")).not.toContain("A1:C1");
  });

  it("gives formula results, formula errors as { error }, dates as Dates, rich text and hyperlinks as plain text", async () => {
    const start = new Date(Date.UTC(2024, 2, 1));
    const grid = await readGrid("cells.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Positions");
      sheet.addRow(["Position ID", "Title", "Reports To", "Base Salary", "Start Date", "FTE", "Location"]);
      sheet.addRow([
        "P1",
        { richText: [{ text: "Head of " }, { font: { bold: true }, text: "Operations" }] },
        "",
        { formula: "B9*12", result: 900000 },
        start,
        1,
        { text: "Shanghai", hyperlink: "https://example.com/sh" },
      ]);
      sheet.addRow([
        "P2",
        "Analyst",
        "P1",
        { formula: "VLOOKUP(A3,Grades!A:B,2,FALSE)", result: { error: "#REF!" } },
        "2024-04-01",
        "1",
        { error: "#N/A" },
      ]);
      sheet.getCell("E2").numFmt = "yyyy-mm-dd";
      sheet.getCell("D3").value = {
        formula: "VLOOKUP(A3,Grades!A:B,2,FALSE)",
        result: { error: "#REF!" },
        date1904: false,
      };
      sheet.getCell("H2").value = true;
    });
    expect(grid.rows[1]).toEqual(["P1", "Head of Operations", null, 900000, start, 1, "Shanghai", true]);
    expect(grid.rows[2]).toEqual(["P2", "Analyst", "P1", { error: "#REF!" }, "2024-04-01", "1", { error: "#N/A" }]);
    const analysis = buildOrgModel(grid);
    expect(analysis.model.positions[0].startDate).toBe("2024-03-01");
    const formulaError = analysis.findings.find((finding) => finding.code === "FORMULA_ERROR");
    expect(formulaError).toMatchObject({ rows: [3] });
    expect(findingMessage(formulaError!, "en")).toContain("#REF!");
  });

  it("hands over numbers stored as text as text; the core reads them as numbers and keeps IDs as written", async () => {
    const grid = await readGrid("text-numbers.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Positions");
      sheet.addRows([
        ["Position ID", "Reports To", "Base Salary"],
        ["001", "", "900000"],
        ["002", "001", "420,000"],
      ]);
    });
    expect(grid.rows[1]).toEqual(["001", null, "900000"]);
    const analysis = buildOrgModel(grid);
    expect(analysis.model.positions.map((position) => [position.id, position.baseSalary])).toEqual([
      ["001", 900000],
      ["002", 420000],
    ]);
  });

  describe("with several sheets", () => {
    const build = (workbook: Parameters<Parameters<typeof writeXlsxFile>[1]>[0]) => {
      workbook
        .addWorksheet("Notes")
        .addRows([["How to use this workbook"], ["Fill in the positions on the next sheet."]]);
      workbook.addWorksheet("Positions").addRows(ENGLISH_POSITIONS);
      workbook.addWorksheet("Grades").addRows([
        ["Grade", "Min", "Max"],
        ["P5", 100, 200],
      ]);
    };

    it("finds the positions on the sheet whose header looks like positions", async () => {
      const grid = await readGrid("several.xlsx", build);
      expect(grid.sheetName).toBe("Positions");
      expect(grid.rows).toHaveLength(5);
    });

    it("reads the sheet asked for, by exact name or without regard to case", async () => {
      const source = await openXlsx("several-named.xlsx", build);
      expect(await source.listSheets()).toEqual(["Notes", "Positions", "Grades"]);
      const grades = await source.readPositions({ sheet: "Grades" });
      expect(grades.ok && grades.grid.rows[1]).toEqual(["P5", 100, 200]);
      const notes = await source.readPositions({ sheet: "notes" });
      expect(notes.ok && notes.grid.sheetName).toBe("Notes");
      expect(await source.readPositions({ sheet: "岗位表" })).toEqual({
        ok: false,
        problem: { code: "SHEET_NOT_FOUND", subject: "岗位表" },
      });
    });

    it("falls back to the first sheet when no sheet looks like positions", async () => {
      const grid = await readGrid("no-positions.xlsx", (workbook) => {
        workbook.addWorksheet("A").addRows([["x", "y"]]);
        workbook.addWorksheet("B").addRows([["z"]]);
      });
      expect(grid.sheetName).toBe("A");
    });
  });

  it("reads the Excel table whose header looks like positions, not the notes beside it", async () => {
    const grid = await readGrid("table.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Org");
      sheet.getCell("A1").value = "Positions";
      sheet.addTable({
        name: "Lookup",
        ref: "J1",
        columns: [{ name: "Code" }, { name: "Meaning" }],
        rows: [["A", "Active"]],
      });
      sheet.addTable({
        name: "PositionsTable",
        ref: "B3",
        columns: ENGLISH_POSITIONS[0].map((name) => ({ name: String(name) })),
        rows: ENGLISH_POSITIONS.slice(1),
      });
      sheet.getCell("B12").value = "Note: salaries are annual.";
    });
    expect(grid).toMatchObject({ sheetName: "Org", tableName: "PositionsTable", firstRow: 3, firstColumn: 2 });
    expect(grid.rows).toHaveLength(5);
    expect(grid.rows[4]).toEqual(["P004", "Community Manager", "Community", "P001", "Wang Fang", 300000]);
  });

  it("reports a corrupt workbook as FILE_UNREADABLE with the library's message", async () => {
    const good = await writeXlsxFile(temp.file("good.xlsx"), (workbook) =>
      workbook.addWorksheet("S").addRows(ENGLISH_POSITIONS),
    );
    for (const bytes of [
      good.slice(0, good.length / 2),
      writeBytesFile(temp.file("junk.xlsx"), "this is not a workbook"),
    ]) {
      const opened = await openWorkbookFile(bytes, "broken.xlsx");
      expect(opened.ok).toBe(false);
      if (opened.ok) continue;
      expect(opened.problem).toMatchObject({ code: "FILE_UNREADABLE", subject: "broken.xlsx" });
      expect(opened.problem.detail).toEqual(expect.any(String));
      expect(opened.problem.detail!.length).toBeGreaterThan(0);
    }
  });

  it("reports an old .xls file as UNSUPPORTED_FILE_TYPE, and an .xlsx under an .xls name is still read", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await openWorkbookFile(ole2, "C:\\HR\\positions.xls")).toEqual({
      ok: false,
      problem: { code: "UNSUPPORTED_FILE_TYPE", subject: "positions.xls" },
    });
    expect(await openWorkbookFile(new Uint8Array([1, 2, 3]), "org.ods")).toMatchObject({
      ok: false,
      problem: { code: "UNSUPPORTED_FILE_TYPE" },
    });

    const misnamed = await writeXlsxFile(temp.file("misnamed.xls"), (workbook) =>
      workbook.addWorksheet("Positions").addRows(ENGLISH_POSITIONS),
    );
    const opened = await openWorkbookFile(misnamed, "misnamed.xls");
    expect(opened.ok).toBe(true);
  });

  it("reports a password-protected (OLE2) .xlsx as FILE_UNREADABLE", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await openWorkbookFile(ole2, "locked.xlsx")).toMatchObject({
      ok: false,
      problem: { code: "FILE_UNREADABLE", subject: "locked.xlsx" },
    });
  });
});
