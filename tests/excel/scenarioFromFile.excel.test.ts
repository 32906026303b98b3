import JSZip from "jszip";
import { scenarioChanges } from "../../src/core/scenario/scenarioChanges";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { ENGLISH_POSITIONS, loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { FakeWorkbook, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const temp = makeTempDir();
afterAll(() => temp.remove());

/** The worksheet-scoped names of an .xlsx, as Excel reads workbook.xml: sheet index → name → text. */
async function sheetScopedNames(bytes: Uint8Array): Promise<{ localSheetId: number; name: string; text: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName([^>]*)>([^<]*)<\/definedName>/g)].flatMap(([, attributes, text]) => {
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    const local = /localSheetId="(\d+)"/.exec(attributes)?.[1];
    return name && local ? [{ localSheetId: Number(local), name, text: text.replace(/&quot;/g, '"') }] : [];
  });
}

/** What Excel would hold after opening the file: every sheet's values, its tables, its sheet-scoped names. */
async function asExcelOpensIt(bytes: Uint8Array): Promise<FakeWorkbook> {
  const workbook = await loadXlsx(bytes);
  const book = new FakeWorkbook(workbook.worksheets.map((sheet) => sheet.name));
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.value as FakeValue;
        book.putCells(worksheet.name, `${String.fromCharCode(64 + c)}${r}`, [[value]]);
      }),
    );
    for (const table of worksheet.getTables()) {
      const model = (table as unknown as { table: { name: string; tableRef: string } }).table;
      const topLeft = model.tableRef.split(":")[0];
      book.putTable(worksheet.name, model.name, topLeft, book.values(worksheet.name, model.tableRef));
    }
  }
  for (const { localSheetId, name, text } of await sheetScopedNames(bytes))
    book.sheets[localSheetId].names.set(name, `=${text}`);
  return book;
}

describe("a scenario made in the browser or on the command line, opened in Excel", () => {
  test("is the add-in's there: tagged in the file, listed, never THE positions, edited", async () => {
    const bytes = await writeXlsxFile(temp.file("org.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("Positions");
      sheet.addTable({
        name: "tblPositions",
        ref: "A1",
        columns: ENGLISH_POSITIONS[0].map((name) => ({ name: String(name) })),
        rows: ENGLISH_POSITIONS.slice(1),
      });
    });
    const opened = await openWorkbookFile(bytes, "org.xlsx");
    if (!opened.ok) throw new Error("unreadable");
    await opened.source.createScenario({ title: "Lean", lang: "en" });
    const saved = await opened.source.toXlsx();

    const names = await sheetScopedNames(saved);
    expect(names).toEqual([
      { localSheetId: 1, name: "Orgwright_Sheet", text: expect.stringMatching(/^"[0-9a-f-]{36}"$/) },
    ]);

    const book = await asExcelOpensIt(saved);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    expect((await excel.listScenarios()).map((s) => [s.sheetName, s.title, s.source])).toEqual([
      ["Plan - Lean", "Lean", "Positions"],
    ]);
    const positions = await excel.readPositions();
    expect(positions.ok && positions.grid.tableName).toBe("tblPositions");
    const plan = await excel.readPositions({ sheet: "Plan - Lean" });
    if (!plan.ok) throw new Error(plan.problem.code);
    const made = scenarioChanges(plan.grid, { kind: "move", id: "P003", newManager: "P001" }, { lang: "en" });
    if (!made.ok) throw new Error(made.refusal.message);
    expect(await excel.applyScenarioChanges("Plan - Lean", made.changes)).toEqual({ ok: true, hostUndo: true });
    // Saved again by Excel's add-in: the entry now lives in Excel's own settings too.
    await excel.createScenario({ title: "Second", lang: "en" });
    expect((await excel.listScenarios()).map((s) => s.title)).toEqual(["Lean", "Second"]);
  });
});
