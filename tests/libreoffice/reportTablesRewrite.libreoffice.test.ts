import type ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { ORG_CHECKS_TABLES } from "../../src/core/report/orgChecksSheet";
import { workbookReport } from "../../src/core/report/workbookReport";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { ENGLISH_POSITIONS, loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { recalculateWithLibreOffice } from "./recalculate";

jest.setTimeout(240_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

/** Opens the file as the browser and the command line do, writes the English report and saves the file. */
async function writeReport(bytes: Uint8Array): Promise<Uint8Array> {
  const opened = await openWorkbookFile(bytes, "org.xlsx");
  if (!opened.ok) throw new Error("cannot open");
  const positions = await opened.source.readPositions();
  if (!positions.ok) throw new Error("no positions");
  const analysis = analyzeWorkbook({ positions: positions.grid }, { lang: "en" });
  for (const spec of workbookReport(analysis, "en", { positionsSheet: positions.grid.sheetName }))
    await opened.source.writeSheet(spec);
  return opened.source.toXlsx();
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Each sheet's table names, top to bottom. */
function tableNames(workbook: ExcelJS.Workbook, sheet: string): string[] {
  return workbook
    .getWorksheet(sheet)!
    .getTables()
    .map((table) => (table as unknown as { name: string }).name);
}

/** A report table's data rows, from its range in the file. */
function dataRows(workbook: ExcelJS.Workbook, name: string): number {
  const table = workbook
    .getWorksheet("Org checks")!
    .getTables()
    .map((entry) => (entry as unknown as { table: { name: string; tableRef: string } }).table)
    .find((entry) => entry.name === name)!;
  const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(table.tableRef)!;
  return Number(bottom) - Number(top);
}

function result(cell: ExcelJS.Cell): unknown {
  return (cell.value as { result?: unknown }).result;
}

/** The user's own sheet: formulas naming the report's tables (the layers table as `layers`), and the report sheet. */
const userFormulas = (layers: string) => [
  `SUM(${layers}[Positions])`,
  `COUNT(${layers}[Positions])`,
  `COUNTIF(${ORG_CHECKS_TABLES.findings}[Severity],"Error")`,
  "COUNTIF('Org checks'!B:B,\"Error\")",
];

describe("a report rewritten in a file keeps what the user's formulas name", () => {
  test.each([
    ["as written", ORG_CHECKS_TABLES.layers],
    ["renamed by the user", "MyLayers"],
  ])(
    "formulas naming the tables (layers table %s) give the new report's figures, recalculated by LibreOffice",
    async (_, layersName) => {
      const first = await loadXlsx(
        await writeReport(
          await writeXlsxFile(
            temp.file("user.xlsx"),
            (book) => void book.addWorksheet("Positions").addRows(ENGLISH_POSITIONS),
          ),
        ),
      );
      expect(tableNames(first, "Org checks")).toEqual(expect.arrayContaining(Object.values(ORG_CHECKS_TABLES)));
      // The user renames a table (as in Excel's Table Design tab): the rewrite must keep the user's name.
      const layersTable = first.getWorksheet("Org checks")!.getTable(ORG_CHECKS_TABLES.layers) as unknown as {
        model: { name: string; displayName?: string };
      };
      layersTable.model.name = layersName;
      layersTable.model.displayName = layersName;
      const before = tableNames(first, "Org checks");
      const mine = first.addWorksheet("My totals");
      userFormulas(layersName).forEach((formula, i) => (mine.getCell(i + 1, 1).value = { formula, date1904: false }));
      // The org grows a layer and gains a problem: P006 reports to a manager no one has.
      const positions = first.getWorksheet("Positions")!;
      positions.addRow(["P005", "Moderator", "Content Safety", "P003", "", 100000]);
      positions.addRow(["P006", "Moderator", "Content Safety", "P999", "", 100000]);

      const rewritten = await writeReport(await save(first));
      const written = await loadXlsx(rewritten);
      // The same tables under the same names (not "OrgChecksLayers2"), and the user's sheet as it was.
      expect(tableNames(written, "Org checks")).toEqual(before);
      expect(written.worksheets.map((sheet) => sheet.name)).toContain("My totals");
      const recalculated = (await loadXlsx(await recalculateWithLibreOffice(rewritten))).getWorksheet("My totals")!;
      // The rewritten tables moved and grew: the formulas give their new sizes, not #REF! nor the old figures.
      const layerRows = dataRows(written, layersName);
      const findingRows = dataRows(written, ORG_CHECKS_TABLES.findings);
      expect(layerRows).toBeGreaterThan(dataRows(first, layersName));
      expect(findingRows).not.toBe(dataRows(first, ORG_CHECKS_TABLES.findings));
      const errors = written
        .getWorksheet("Org checks")!
        .getColumn(2)
        .values.filter((value) => value === "Error").length;
      expect(errors).toBeGreaterThan(0);
      expect([1, 2, 3, 4].map((row) => result(recalculated.getCell(row, 1)))).toEqual([6, layerRows, errors, errors]);
    },
  );
});
