import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRun } from "../../src/excel/excelRun";
import { selectSourceRow } from "../../src/excel/selectSourceRow";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mock = OfficeMockObject & Record<string, any>;

/** A table on a sheet: rows and columns 1-based, inclusive. */
interface TableArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A workbook of office-addin-mock objects with just what selecting a row touches: sheets (by name),
 * their tables, row ranges and their intersection with a table. `isNullObject` can only be read after
 * a `context.sync()`, as in Office; what the code does to the workbook is logged in order.
 */
function mockWorkbook(sheets: Record<string, TableArea[]>) {
  const log: string[] = [];
  let syncs = 0;
  const context = new OfficeMockObject({ workbook: { worksheets: {} } }) as Mock;
  context.sync = async () => {
    syncs++;
    log.push("sync");
  };

  const nullable = (mock: Mock, isNull: boolean): Mock => {
    const createdAt = syncs;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (syncs === createdAt) throw new Error("isNullObject read before context.sync()");
        return isNull;
      },
    });
    return mock;
  };

  const range = (sheet: string, address: string, isNull = false): Mock => {
    const mock = new OfficeMockObject({ address: `${sheet}!${address}` }) as Mock;
    mock.select = () => log.push(`select ${sheet}!${address}`);
    return nullable(mock, isNull);
  };

  const rowRange = (sheet: string, row: number): Mock => {
    const mock = range(sheet, `${row}:${row}`);
    mock.getTables = (fullyContained: boolean) => {
      if (fullyContained !== false) throw new Error("a row is never fully inside a table");
      const table = sheets[sheet].find((area) => area.top <= row && row <= area.bottom);
      const tables = new OfficeMockObject({}) as Mock;
      tables.getCount = () => {
        const askedAt = syncs;
        return {
          get value() {
            if (syncs === askedAt) throw new Error("ClientResult.value read before context.sync()");
            return table ? 1 : 0;
          },
        };
      };
      tables.getFirst = () => {
        if (!table) throw new Error("getFirst() on an empty collection fails in Excel");
        const found = new OfficeMockObject({}) as Mock;
        found.getRange = () => {
          const whole = range(sheet, "table");
          whole.getIntersectionOrNullObject = (other: Mock) => {
            if (other !== mock) throw new Error("intersected with another range");
            return range(sheet, `${columnLetters(table!.left)}${row}:${columnLetters(table!.right)}${row}`);
          };
          return whole;
        };
        return found;
      };
      return tables;
    };
    return mock;
  };

  context.workbook.worksheets.getItemOrNullObject = (name: string) => {
    const sheet = nullable(new OfficeMockObject({ name }) as Mock, !(name in sheets));
    sheet.activate = () => log.push(`activate ${name}`);
    sheet.getRange = (address: string) => {
      const match = /^(\d+):\1$/.exec(address);
      if (!match) throw new Error(`unexpected address ${address}`);
      return rowRange(name, Number(match[1]));
    };
    return sheet;
  };

  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, log };
}

describe("selectSourceRow(sheet, row)", () => {
  test("a row inside an Excel table: activates the sheet and selects the table's part of the row", async () => {
    const book = mockWorkbook({ Positions: [{ top: 1, bottom: 36, left: 1, right: 18 }], Notes: [] });
    await expect(selectSourceRow("Positions", 12, book.run)).resolves.toBe("selected");
    expect(book.log.filter((entry) => entry !== "sync")).toEqual(["activate Positions", "select Positions!A12:R12"]);
    // The selection is sent to Excel: a sync follows it.
    expect(book.log[book.log.length - 1]).toBe("sync");
  });

  test("a row outside any table (a used range, or a table further down) selects the whole row", async () => {
    const book = mockWorkbook({ Staff: [{ top: 40, bottom: 60, left: 2, right: 6 }] });
    await expect(selectSourceRow("Staff", 7, book.run)).resolves.toBe("selected");
    expect(book.log.filter((entry) => entry !== "sync")).toEqual(["activate Staff", "select Staff!7:7"]);
  });

  test("a table that does not start in column A: only its columns are selected", async () => {
    const book = mockWorkbook({ Departments: [{ top: 3, bottom: 12, left: 3, right: 7 }] });
    await selectSourceRow("Departments", 5, book.run);
    expect(book.log).toContain("select Departments!C5:G5");
  });

  test("where Excel lacks ExcelApi 1.9 (no Range.getTables), the whole row is selected", async () => {
    const book = mockWorkbook({ Positions: [{ top: 1, bottom: 36, left: 1, right: 18 }] });
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: { isSetSupported: (name: string, version: string) => (asked.push(`${name} ${version}`), false) },
      },
    };
    try {
      await selectSourceRow("Positions", 12, book.run);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(asked).toEqual(["ExcelApi 1.9"]);
    expect(book.log.filter((entry) => entry !== "sync")).toEqual(["activate Positions", "select Positions!12:12"]);
  });

  test("a sheet renamed or deleted since the read: nothing is selected or activated", async () => {
    const book = mockWorkbook({ Positions: [] });
    await expect(selectSourceRow("Gone", 3, book.run)).resolves.toBe("sheetNotFound");
    expect(book.log).toEqual(["sync"]);
  });

  test("a row number Excel does not have is refused before Excel is asked", async () => {
    const book = mockWorkbook({ Positions: [] });
    await expect(selectSourceRow("Positions", 0, book.run)).rejects.toThrow(RangeError);
    await expect(selectSourceRow("Positions", 1_048_577, book.run)).rejects.toThrow(RangeError);
    await expect(selectSourceRow("Positions", 2.5, book.run)).rejects.toThrow(RangeError);
    expect(book.log).toEqual([]);
  });
});
