import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { replaceTableReferences } from "./fakeExcel/fakeTables";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** A workbook with a 3-row table "Pyramid" at B2:C4 and a second table below it at B8:B9. */
function book(): FakeWorkbook {
  const workbook = new FakeWorkbook(["Sheet1", "Summary"]);
  workbook.putTable("Sheet1", "Pyramid", "B2", [
    ["Layer", "Positions"],
    [1, 2],
    [2, 5],
  ]);
  workbook.putTable("Sheet1", "Other", "B8", [["Note"], ["x"]]);
  return workbook;
}

async function resize(workbook: FakeWorkbook, address: string): Promise<void> {
  await fakeExcelRun(workbook)(async (context) => {
    context.workbook.tables.getItem("Pyramid").resize(address);
    await context.sync();
  });
}

describe("the Excel fake's tables", () => {
  it("resizes a table over a range that keeps its header row and overlaps it; no cell moves; new headers get ColumnN", async () => {
    const workbook = book();
    await resize(workbook, "B2:D6");
    expect(workbook.tables[0]).toMatchObject({
      name: "Pyramid",
      area: { rowIndex: 1, columnIndex: 1, rowCount: 5, columnCount: 3 },
    });
    expect(workbook.values("Sheet1", "B2:D3")).toEqual([
      ["Layer", "Positions", "Column3"],
      [1, 2, ""],
    ]);
  });

  it("refuses, as Excel does, a header row that moves, a range that does not overlap, no data row, another table", async () => {
    for (const address of ["B3:C6", "F2:G4", "B2:C2", "B2:C9"])
      await expect(resize(book(), address)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("has no Table.resize on a host below ExcelApi 1.13", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: { isSetSupported: (_set: string, version: string) => Number(version.split(".")[1]) <= 12 },
      },
    };
    await expect(resize(book(), "B2:C6")).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps structured references through a rename, and makes them #REF! when the table goes", () => {
    const workbook = book();
    const summary = workbook.sheet("Summary");
    summary.rows[0] = [{ value: 0, formula: '=SUM(Pyramid[Positions])+ROWS(pyramid)&"Pyramid[x]"' }];
    summary.rows[1] = [{ value: 0, formula: "=Pyramid[[#Headers],[Layer]]&PyramidX" }];
    workbook.renameTable(workbook.tables[0].id, "Layers");
    expect(summary.rows.map((row) => row?.[0]?.formula)).toEqual([
      '=SUM(Layers[Positions])+ROWS(Layers)&"Pyramid[x]"',
      "=Layers[[#Headers],[Layer]]&PyramidX",
    ]);
    workbook.deleteTable(workbook.tables[0].id);
    expect(summary.rows[0]?.[0]?.formula).toBe('=SUM(#REF!)+ROWS(#REF!)&"Pyramid[x]"');
    expect(replaceTableReferences("=Other[Note]", "Other", null)).toBe("=#REF!");
  });

  it("removes a table that a cleared range covers whole (header row too), not one it covers in part", async () => {
    const workbook = book();
    await fakeExcelRun(workbook)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("3:100").clear();
      await context.sync();
    });
    expect(workbook.tables.map((t) => t.name)).toEqual(["Pyramid"]);
    expect(workbook.values("Sheet1", "B2:C3")).toEqual([
      ["Layer", "Positions"],
      ["", ""],
    ]);
  });
});
