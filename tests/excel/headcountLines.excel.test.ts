import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { loadWorkbook } from "../../src/pipeline/loadWorkbook";
import { UK_JUNIOR_HEADER, UK_JUNIOR_ROWS, UK_ORGANOGRAM_HEADER, UK_ORGANOGRAM_ROWS } from "../fixtures/ukOrganogram";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

describe("the Excel adapter finds a sheet of headcount lines and the pipeline joins it (the pane's path)", () => {
  it("senior posts as an Excel table, the junior grade lines as a plain range below a title on another sheet", async () => {
    const book = new FakeWorkbook(["Senior", "Junior"]);
    book.putTable("Senior", "tblSenior", "A1", [UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]);
    book.putCells("Junior", "A1", [["Junior staff, 31 March"], UK_JUNIOR_HEADER, ...UK_JUNIOR_ROWS]);
    const source = new ExcelWorkbookSource(fakeExcelRun(book));
    const read = await source.readSupportTable("headcountLines");
    expect(read?.ok && [read.grid.sheetName, read.grid.firstRow]).toEqual(["Junior", 1]);
    // The positions are still the senior table: the lines sheet has no ID column.
    const positions = await source.readPositions();
    expect(positions.ok && positions.grid.tableName).toBe("tblSenior");

    const loaded = await loadWorkbook(source, { lang: "en" });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const { model, findings } = loaded.loaded.analysis;
    const eo = model.indexById.get("DG1/Executive Officer/Junior!3");
    expect(eo).toBeDefined();
    expect(model.positions[model.parent[eo!]].id).toBe("DG1");
    // Rows as the sheet numbers them: the title row above the header is row 1.
    expect(findings.find((finding) => finding.code === "UNKNOWN_MANAGER")).toMatchObject({
      sheet: "Junior",
      rows: [5],
    });
  });
});
