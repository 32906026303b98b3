import { defaultExcelRun } from "../../src/excel/excelRun";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FakeExcelError, FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

type Globals = { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

function hostWith(highest: string) {
  const calls: unknown[][] = [];
  (globalThis as Globals).Office = officeWithExcelApiUpTo(highest);
  (globalThis as Globals).Excel = {
    run: (...args: unknown[]) => {
      calls.push(args);
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch({});
    },
  };
  return calls;
}

describe("cell-edit mode", () => {
  it("every batch asks Excel to wait for the user to finish editing a cell (delayForCellEdit, ExcelApi 1.11)", async () => {
    const calls = hostWith("1.11");
    await defaultExcelRun(async () => "done");
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toEqual({ delayForCellEdit: true });
  });

  it("hosts without ExcelApi 1.11 run the batch plainly", async () => {
    const calls = hostWith("1.10");
    await defaultExcelRun(async () => "done");
    expect(calls[0]).toHaveLength(1);
  });

  it("a read refused while a cell is being edited is a transient EXCEL_BUSY problem, not an error", async () => {
    const book = new FakeWorkbook(["Staff"]);
    book.putCells("Staff", "A1", [
      ["Position ID", "Title", "Reports To"],
      ["P1", "Director", ""],
    ]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    book.failingSync = {
      index: 1,
      error: new FakeExcelError("InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode."),
    };

    const busy = await excel.readPositions();
    expect(busy).toMatchObject({ ok: false, problem: { code: "EXCEL_BUSY" } });

    book.failingSync = { index: book.requests.length + 2, error: new FakeExcelError("GeneralException", "boom") };
    expect(await excel.readPositions()).toMatchObject({ ok: false, problem: { code: "EXCEL_API_ERROR" } });

    // The next read works.
    expect(await excel.readPositions()).toMatchObject({ ok: true, grid: { sheetName: "Staff" } });
  });
});
