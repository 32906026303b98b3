/**
 * The browser bundle aliases exceljs to its browser build (exceljs/dist/exceljs.min.js). The same
 * adapter code must work with that build: here every exceljs import resolves to it.
 */
jest.mock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));

import { SETTING_COLUMN_MAPPING } from "../../src/core/sheet/workbookSource";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { loadExcelJs } from "../../src/files/loadExcelJs";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { ENGLISH_POSITIONS, loadXlsx } from "../fixtures/workbookFiles";

describe("the file adapter on exceljs's browser build", () => {
  it("loads the browser build", async () => {
    const excelJs = await loadExcelJs();
    expect(excelJs.Workbook).toBe(jest.requireActual("exceljs/dist/exceljs.min.js").Workbook);
    expect((excelJs as unknown as { stream?: unknown }).stream).toBeUndefined();
  });

  it("writes sheets and settings, and reads them back", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("browser.xlsx", []);
    await source.writeSheet({
      name: "Positions",
      role: "data",
      table: { name: "Positions" },
      columns: ENGLISH_POSITIONS[0].map((header) => ({ header: String(header) })),
      rows: [...ENGLISH_POSITIONS.slice(1), ["P005", { formula: 'A2&"x"', value: "Analyst" }, "Ops", "P001", "", 1]],
      freezeHeader: true,
    });
    await source.writeSetting(SETTING_COLUMN_MAPPING, JSON.stringify({ name: "Name" }));
    const bytes = await source.toXlsx();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((await loadXlsx(bytes)).getWorksheet("Positions")!.getTables()).toHaveLength(1);

    const opened = await openWorkbookFile(bytes, "browser.xlsx");
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(await opened.source.readSetting(SETTING_COLUMN_MAPPING)).toBe(JSON.stringify({ name: "Name" }));
    const read = await opened.source.readPositions();
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.grid.tableName).toBe("Positions");
    expect(read.grid.rows.slice(0, 2)).toEqual([
      ENGLISH_POSITIONS[0],
      ["P001", "Head of Operations", "Operations", null, "Li Wei", 900000],
    ]);
    expect(read.grid.rows[5]).toEqual(["P005", "Analyst", "Ops", "P001", null, 1]);
  });

  it("reports a corrupt file as FILE_UNREADABLE", async () => {
    const opened = await openWorkbookFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "broken.xlsx");
    expect(opened).toMatchObject({ ok: false, problem: { code: "FILE_UNREADABLE", subject: "broken.xlsx" } });
  });
});
