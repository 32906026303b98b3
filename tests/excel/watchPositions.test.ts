import { DEFAULT_WATCH_DEBOUNCE_MS, watchPositions } from "../../src/excel/watchPositions";
import { EventWorkbook } from "./fakeExcel/eventWorkbook";

/** A workbook with a positions table on "Positions" (header on row 3, data rows 4–40) and a report sheet. */
function tableWorkbook(options: { showTotals?: boolean } = {}) {
  const book = new EventWorkbook();
  const positions = book.addSheet("Positions", { rowIndex: 0, rowCount: 40 });
  const report = book.addSheet("Orgwright Checks", { rowIndex: 0, rowCount: 10 });
  const table = book.addTable("Positions", "Positions", {
    rowIndex: 2,
    rowCount: 38 + (options.showTotals ? 1 : 0),
    showTotals: options.showTotals ?? false,
  });
  return { book, positions, report, table };
}

/** A sheet whose used range (no table) is A2:R36: header on row 2, data rows 3–36. */
function sheetWorkbook() {
  const book = new EventWorkbook();
  const positions = book.addSheet("Staff", { rowIndex: 1, rowCount: 35 });
  const report = book.addSheet("Orgwright Checks", { rowIndex: 0, rowCount: 10 });
  return { book, positions, report };
}

function recorder() {
  const changes: number[] = [];
  const rows: number[] = [];
  return {
    changes,
    rows,
    handlers: { onChanged: () => changes.push(Date.now()), onSelectRow: (row: number) => rows.push(row) },
  };
}

function withExcelApi(supported: (version: string) => boolean): () => void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supported(version) },
    },
  };
  return () => delete (globalThis as { Office?: unknown }).Office;
}

afterEach(() => {
  jest.useRealTimers();
});

/** Deletions and additions of sheets and tables (and workbook changes, to look again after a deletion). */
const COLLECTION_EVENTS = [
  "tables:*:onAdded",
  "tables:*:onDeleted",
  "worksheets:*:onAdded",
  "worksheets:*:onChanged",
  "worksheets:*:onDeleted",
];

describe("watchPositions: registration", () => {
  test("positions read from a table: the table's change and selection events, and the sheet's row sorts", async () => {
    const { book, positions, table } = tableWorkbook();
    const { handlers } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    expect(book.registeredEvents()).toEqual(
      [
        `table:${table.id}:onChanged`,
        `table:${table.id}:onSelectionChanged`,
        `worksheet:${positions.id}:onRowSorted`,
        ...COLLECTION_EVENTS,
      ].sort(),
    );
  });

  test("positions read from a used range: the worksheet's events, and nothing on any other sheet", async () => {
    const { book, positions } = sheetWorkbook();
    const { handlers } = recorder();
    await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn });
    expect(book.registeredEvents()).toEqual(
      [
        `worksheet:${positions.id}:onChanged`,
        `worksheet:${positions.id}:onRowSorted`,
        `worksheet:${positions.id}:onSelectionChanged`,
        ...COLLECTION_EVENTS,
      ].sort(),
    );
  });

  test("without ExcelApi 1.10 there is no row-sort event; without 1.7 nothing is registered at all", async () => {
    const { book, positions } = sheetWorkbook();
    let restore = withExcelApi((version) => version !== "1.10");
    try {
      await watchPositions({ sheet: "Staff" }, recorder().handlers, { run: book.run, runOn: book.runOn });
    } finally {
      restore();
    }
    expect(book.registeredEvents()).toEqual(
      [
        `worksheet:${positions.id}:onChanged`,
        `worksheet:${positions.id}:onSelectionChanged`,
        ...COLLECTION_EVENTS,
      ].sort(),
    );

    const other = sheetWorkbook();
    restore = withExcelApi((version) => version !== "1.7");
    try {
      const stop = await watchPositions({ sheet: "Staff" }, recorder().handlers, { run: other.book.run });
      await stop();
    } finally {
      restore();
    }
    expect(other.book.registeredEvents()).toEqual([]);
    expect(other.book.runContexts).toEqual([]);
  });

  test("a table or sheet gone since the read: the Excel error is thrown and nothing stays registered", async () => {
    const { book } = tableWorkbook();
    await expect(
      watchPositions({ sheet: "Positions", table: "Renamed" }, recorder().handlers, { run: book.run }),
    ).rejects.toThrow(/ItemNotFound/);
    await expect(watchPositions({ sheet: "Gone" }, recorder().handlers, { run: book.run })).rejects.toThrow(
      /ItemNotFound/,
    );
    expect(book.registeredEvents()).toEqual([]);
  });

  test("unsubscribing removes every handler, in a run on the context they were added in, and only once", async () => {
    const { book } = tableWorkbook();
    const stop = await watchPositions({ sheet: "Positions", table: "Positions" }, recorder().handlers, {
      run: book.run,
      runOn: book.runOn,
    });
    expect(book.registeredEvents()).toHaveLength(3 + COLLECTION_EVENTS.length);
    const registeredIn = book.runContexts[0];
    await stop();
    expect(book.registeredEvents()).toEqual([]);
    expect(book.runOnContexts).toEqual([registeredIn]);
    await stop();
    expect(book.runOnContexts).toHaveLength(1);
  });
});

describe("watchPositions: changes", () => {
  test("a burst of edits gives one onChanged, debounceMs after the last edit", async () => {
    jest.useFakeTimers();
    const { book, positions, table } = tableWorkbook();
    const { handlers, changes } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    const edit = {
      type: "TableChanged",
      tableId: table.id,
      worksheetId: positions.id,
      address: "C5",
      changeType: "RangeEdited",
    };
    const start = Date.now();
    for (let i = 0; i < 10; i++) {
      await book.fire(`table:${table.id}:onChanged`, edit);
      jest.advanceTimersByTime(150);
    }
    // 10 edits 150 ms apart: still a burst, nothing yet.
    expect(changes).toEqual([]);
    jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS - 150 - 1);
    expect(changes).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(changes).toEqual([start + 9 * 150 + DEFAULT_WATCH_DEBOUNCE_MS]);
    // Quiet afterwards: no second call.
    jest.advanceTimersByTime(10_000);
    expect(changes).toHaveLength(1);
    // A later edit is a new burst.
    await book.fire(`table:${table.id}:onChanged`, edit);
    jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS);
    expect(changes).toHaveLength(2);
  });

  test("debounceMs is honoured; a row sort counts as a change", async () => {
    jest.useFakeTimers();
    const { book, positions } = sheetWorkbook();
    const { handlers, changes } = recorder();
    await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn, debounceMs: 50 });
    await book.fire(`worksheet:${positions.id}:onRowSorted`, {
      type: "WorksheetRowSorted",
      worksheetId: positions.id,
      address: "A3:R36",
    });
    jest.advanceTimersByTime(49);
    expect(changes).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(changes).toHaveLength(1);
  });

  test("an event of another sheet or table never calls onChanged", async () => {
    jest.useFakeTimers();
    const { book, positions, report, table } = tableWorkbook();
    const { handlers, changes } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    // Handlers see only what Office routes to them; even if args of another sheet or table reached them, they are dropped.
    await book.fire(`table:${table.id}:onChanged`, { tableId: table.id, worksheetId: report.id, address: "A1" });
    await book.fire(`table:${table.id}:onChanged`, { tableId: "{other}", worksheetId: positions.id, address: "A1" });
    await book.fire(`worksheet:${positions.id}:onRowSorted`, { worksheetId: report.id, address: "A1:B2" });
    // The report sheet's own events have no handler of ours.
    expect(book.registered(`worksheet:${report.id}:onChanged`)).toBe(0);
    jest.advanceTimersByTime(10_000);
    expect(changes).toEqual([]);
  });

  test("after unsubscribing, a pending onChanged is dropped and later events do nothing", async () => {
    jest.useFakeTimers();
    const { book, positions } = sheetWorkbook();
    const { handlers, changes } = recorder();
    const stop = await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn });
    const [onChanged] = [...book.handlers.get(`worksheet:${positions.id}:onChanged`)!];
    await book.fire(`worksheet:${positions.id}:onChanged`, { worksheetId: positions.id, address: "B4" });
    await stop();
    // An event already on its way when the handler was removed.
    await onChanged({ worksheetId: positions.id, address: "B5" });
    jest.advanceTimersByTime(10_000);
    expect(changes).toEqual([]);
  });
});

describe("watchPositions: selection", () => {
  test("a table: the first cell's sheet row, once per row, never the header, totals or outside the table", async () => {
    const { book, positions, table } = tableWorkbook({ showTotals: true });
    const { handlers, rows } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    const select = (address: string, isInsideTable = true) =>
      book.fire(`table:${table.id}:onSelectionChanged`, {
        type: "TableSelectionChanged",
        tableId: table.id,
        worksheetId: positions.id,
        address,
        isInsideTable,
      });
    await select("B7:C9");
    await select("D7"); // same row: nothing
    await select("B8");
    await select("C3"); // the header row
    await select("A41"); // the totals row (table A3:…41)
    await select("Z99", false); // outside the table
    await select("Positions!A12");
    await select("'Positions'!$B$13:$C$20");
    await select("14:14");
    await select("E:E"); // a whole column: no one row
    expect(rows).toEqual([7, 8, 12, 13, 14]);
  });

  test("leaving the data rows and coming back to the same row selects it again", async () => {
    const { book, positions, table } = tableWorkbook();
    const { handlers, rows } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    const key = `table:${table.id}:onSelectionChanged`;
    const args = { tableId: table.id, worksheetId: positions.id, isInsideTable: true };
    await book.fire(key, { ...args, address: "B7" });
    await book.fire(key, { ...args, address: "B3" });
    await book.fire(key, { ...args, address: "B7" });
    expect(rows).toEqual([7, 7]);
  });

  test("a used range: rows below the header and within the used rows only", async () => {
    const { book, positions } = sheetWorkbook();
    const { handlers, rows } = recorder();
    await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn });
    const select = (address: string, worksheetId = positions.id) =>
      book.fire(`worksheet:${positions.id}:onSelectionChanged`, {
        type: "WorksheetSelectionChanged",
        worksheetId,
        address,
      });
    await select("A1"); // above the table
    await select("C2"); // the header
    await select("C3");
    await select("A36:R40");
    await select("A37"); // below the used range
    await select("C5", "{another sheet}");
    expect(rows).toEqual([3, 36]);
  });

  test("rows added at the bottom become selectable once the change has been handled", async () => {
    jest.useFakeTimers();
    const { book, positions } = sheetWorkbook();
    const { handlers, rows, changes } = recorder();
    await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn });
    positions.used = { rowIndex: 1, rowCount: 40 };
    await book.fire(`worksheet:${positions.id}:onChanged`, { worksheetId: positions.id, address: "A37:R40" });
    jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS);
    expect(changes).toHaveLength(1);
    // Let the re-read of the used range finish.
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await book.fire(`worksheet:${positions.id}:onSelectionChanged`, { worksheetId: positions.id, address: "B40" });
    expect(rows).toEqual([40]);
  });

  test("a renamed table keeps being watched by id: its rows are re-read after a change", async () => {
    jest.useFakeTimers();
    const { book, positions, table } = tableWorkbook();
    const { handlers, rows } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });
    table.name = "Staff2025";
    table.rowIndex = 5; // header moved down to row 6
    await book.fire(`table:${table.id}:onChanged`, { tableId: table.id, worksheetId: positions.id, address: "A1" });
    jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS);
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const key = `table:${table.id}:onSelectionChanged`;
    await book.fire(key, { tableId: table.id, worksheetId: positions.id, isInsideTable: true, address: "B6" });
    await book.fire(key, { tableId: table.id, worksheetId: positions.id, isInsideTable: true, address: "B7" });
    expect(rows).toEqual([7]);
  });
});

describe("watchPositions: keyed on ids", () => {
  test("a table deleted and made again under the same name is followed again (and the pane told to re-read)", async () => {
    jest.useFakeTimers();
    const { book, positions, table } = tableWorkbook();
    const { handlers, changes, rows } = recorder();
    await watchPositions({ sheet: "Positions", table: "Positions" }, handlers, { run: book.run, runOn: book.runOn });

    await book.deleteTable(table);
    jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS);
    expect(changes).toHaveLength(1); // the pane reads again (and finds the table gone)

    jest.useRealTimers();
    const again = await book.recreateTable("Positions", "Positions", { rowIndex: 2, rowCount: 20 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(book.registered(`table:${again.id}:onChanged`)).toBe(1);
    expect(book.registered(`table:${table.id}:onChanged`)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_WATCH_DEBOUNCE_MS + 20));
    expect(changes).toHaveLength(2);

    await book.fire(`table:${again.id}:onSelectionChanged`, {
      tableId: again.id,
      worksheetId: positions.id,
      isInsideTable: true,
      address: "B5",
    });
    expect(rows).toEqual([5]);
  });

  test("a sheet deleted and made again under the same name is followed again", async () => {
    const { book, positions } = sheetWorkbook();
    const { handlers, rows } = recorder();
    await watchPositions({ sheet: "Staff" }, handlers, { run: book.run, runOn: book.runOn, debounceMs: 1 });
    await book.deleteSheet(positions);
    // Another sheet added first: not the one.
    await book.recreateSheet("Notes");
    expect(book.registeredEvents().filter((key) => key.startsWith("worksheet:"))).toEqual([]);
    const again = await book.recreateSheet("Staff", { rowIndex: 0, rowCount: 10 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(book.registered(`worksheet:${again.id}:onSelectionChanged`)).toBe(1);
    await book.fire(`worksheet:${again.id}:onSelectionChanged`, { worksheetId: again.id, address: "C4" });
    expect(rows).toEqual([4]);
  });

  test("watches by the ids it is given, whatever the names say now", async () => {
    const { book, positions, table } = tableWorkbook();
    table.name = "Renamed";
    positions.name = "Renamed sheet";
    await watchPositions(
      { sheet: "Positions", table: "Positions", sheetId: positions.id, tableId: table.id },
      recorder().handlers,
      { run: book.run, runOn: book.runOn },
    );
    expect(book.registered(`table:${table.id}:onChanged`)).toBe(1);
  });

  test("a failed re-read of the rows never stops the watch: later edits still call onChanged", async () => {
    jest.useFakeTimers();
    const { book, positions } = sheetWorkbook();
    const { handlers, changes } = recorder();
    let failing = false;
    const run: typeof book.run = (batch) =>
      failing
        ? Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }))
        : book.run(batch);
    await watchPositions({ sheet: "Staff" }, handlers, { run, runOn: book.runOn });
    failing = true;
    for (let i = 0; i < 3; i++) {
      await book.fire(`worksheet:${positions.id}:onChanged`, { worksheetId: positions.id, address: "B4" });
      jest.advanceTimersByTime(DEFAULT_WATCH_DEBOUNCE_MS);
      await Promise.resolve();
    }
    expect(changes).toHaveLength(3);
  });
});
