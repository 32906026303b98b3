/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read too early on purpose */
import { FakeExcelError, FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

// The tests of the adapter rely on these properties of the mock context; if they stopped holding,
// a missing load or sync in the adapter would go unnoticed.
describe("the office-addin-mock context used by the Excel tests", () => {
  it("gives office-addin-mock's error text for a property read without load, or before sync", async () => {
    const book = new FakeWorkbook(["Data"]);
    book.putCells("Data", "A1", [["x", 1]]);
    await fakeExcelRun(book)(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(range.values).toBe("Error, property was not loaded");
      range.load("values");
      expect(range.values).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(range.values).toEqual([["x", 1]]);
      expect(range.rowIndex).toBe("Error, property was not loaded");
    });
  });

  it("syncs objects reached through collections (items) and navigation properties", async () => {
    const book = new FakeWorkbook(["One", "Two"]);
    book.putTable("Two", "People", "B2", [["Name"], ["Ann"]]);
    await fakeExcelRun(book)(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["People", "Two"]]);
    });
  });

  it("applies writes in order at sync, and a failing operation rejects the sync", async () => {
    const book = new FakeWorkbook(["Data"]);
    await fakeExcelRun(book)(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["'007", "12"]];
      expect(book.values("Data")).toEqual([]);
      await context.sync();
      expect(book.values("Data")).toEqual([["007", 12]]);
      context.workbook.worksheets.add("Data");
      await expect(context.sync()).rejects.toBeInstanceOf(FakeExcelError);
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [["only one cell"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("makes isNullObject readable only after a sync", async () => {
    const book = new FakeWorkbook(["Data"]);
    await fakeExcelRun(book)(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow();
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });
});

describe("conditional formats in the office-addin-mock context", () => {
  it("puts each new format on top of the priority list and refuses properties of another type", async () => {
    const book = new FakeWorkbook(["Data"]);
    await fakeExcelRun(book)(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:B9");
      const first = range.conditionalFormats.add("CellValue");
      first.cellValue.rule = { formula1: '="Error"', operator: "EqualTo" };
      first.cellValue.format.fill.color = "#FFC7CE";
      const second = range.conditionalFormats.add("ColorScale");
      second.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#FFFFFF" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      await context.sync();
      expect(book.sheet("Data").conditionalFormats.map((format) => format.type)).toEqual(["ColorScale", "CellValue"]);
      expect(book.sheet("Data").conditionalFormats[1]).toMatchObject({
        area: { rowIndex: 1, columnIndex: 1, rowCount: 8, columnCount: 1 },
        rule: { formula1: '="Error"', operator: "EqualTo" },
        fill: "#FFC7CE",
      });

      range.conditionalFormats.add("CellValue").colorScale.criteria = {
        minimum: { type: "LowestValue" },
        maximum: { type: "HighestValue" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=0", operator: "Equals" as never };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.conditionalFormats.add("ColorScale").colorScale.criteria = {
        minimum: { type: "Percentile", color: "#FFFFFF" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("drops a sheet's formats with the sheet", async () => {
    const book = new FakeWorkbook(["Keep", "Gone"]);
    await fakeExcelRun(book)(async (context) => {
      context.workbook.worksheets.getItem("Gone").getRange("A1").conditionalFormats.add("CellValue");
      await context.sync();
      context.workbook.worksheets.getItem("Gone").delete();
      await context.sync();
    });
    expect(book.sheetNames()).toEqual(["Keep"]);
    expect(book.sheet("Keep").conditionalFormats).toEqual([]);
  });
});
