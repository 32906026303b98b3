import type { RangeArea } from "../../src/excel/rangeArea";
import {
  planReportTables,
  type ExistingTable,
  type TableOperation,
  type WantedTable,
} from "../../src/excel/reportTablePlan";
import { addTableColumn, deleteTableColumn, resizeTable, setShowTotals } from "./fakeExcel/fakeTables";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";

/** A small deterministic random source (mulberry32). */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Stacked blocks as a layout makes them: a blank row (and maybe a title) between tables, from `top`. */
function stacked(pick: (n: number) => number, names: string[], top: number): RangeArea[] {
  let row = top;
  return names.map(() => {
    row += 1 + pick(2);
    const area = { rowIndex: row, columnIndex: 0, rowCount: 2 + pick(6), columnCount: 1 + pick(5) };
    row += area.rowCount;
    return area;
  });
}

/** Runs the plan's operations on the fake workbook, as Excel would (throws where Excel refuses). */
function run(book: FakeWorkbook, operations: TableOperation[]): void {
  const sheet = book.sheet("Report");
  for (const operation of operations) {
    if (operation.kind === "deleteTable") book.deleteTable(operation.id);
    else if (operation.kind === "hideTotals") setShowTotals(book, operation.id, false);
    else if (operation.kind === "resize") resizeTable(book, operation.id, { sheetId: sheet.id, area: operation.area });
    else if (operation.kind === "insertRows") book.insertSheetRows(sheet, operation.rowIndex, operation.count);
    else if (operation.kind === "deleteRows") book.deleteSheetRows(sheet, operation.rowIndex, operation.count);
    else if (operation.kind === "addColumns")
      for (let i = 0; i < operation.count; i++) addTableColumn(book, operation.id);
    else if (operation.kind === "deleteColumns")
      for (let i = operation.index + operation.count - 1; i >= operation.index; i--)
        deleteTableColumn(book, operation.id, i);
    else book.clearArea(sheet, operation.area);
  }
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the plan that keeps a rewritten sheet's tables", () => {
  it.each([true, false])(
    "brings every kept table to its new place and size, as Excel allows (resize: %s)",
    (canResize) => {
      if (!canResize)
        (globalThis as { Office?: unknown }).Office = {
          context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 12 } },
        };
      for (let seed = 1; seed <= 80; seed++) {
        const pick = random(seed);
        const names = ["Findings", "Bands", "Stats", "Layers"].slice(0, 1 + pick(4));
        const oldAreas = stacked(pick, names, pick(3));
        const book = new FakeWorkbook(["Report"]);
        const existing: ExistingTable[] = names.map((name, i) => {
          const area = oldAreas[i];
          const rows = Array.from({ length: area.rowCount }, (_, r) =>
            Array.from({ length: area.columnCount }, (_, c) => (r === 0 ? `H${c}` : r * 10 + c)),
          );
          const table = book.putTable("Report", name, `A${area.rowIndex + 1}`, rows, {
            showTotals: area.rowCount >= 3 && pick(5) === 0,
          });
          return { id: table.id, name, area, showTotals: table.showTotals };
        });
        // The new spec: the same tables (one dropped now and then), each with new rows; columns too when resizing.
        const kept = names.filter(() => pick(6) !== 0);
        const newAreas = stacked(pick, kept, pick(3));
        const wanted: WantedTable[] = kept.map((name, i) => ({
          name,
          area: newAreas[i],
        }));

        const plan = planReportTables(existing, wanted, [], canResize);
        run(book, plan.operations);

        expect([...plan.kept.keys()]).toEqual(kept);
        expect(book.tables.map((t) => ({ name: t.name, area: t.area }))).toEqual(
          wanted.map(({ name, area }) => ({ name, area })),
        );
        // Everything but the kept tables' header cells went.
        const headers = new Set(
          wanted.flatMap(({ area }) => [...Array(area.columnCount).keys()].map((c) => `${area.rowIndex}:${c}`)),
        );
        book.sheet("Report").rows.forEach((row, r) =>
          row?.forEach((cell, c) => {
            if (cell && cell.value !== "") expect(headers.has(`${r}:${c}`)).toBe(true);
          }),
        );
      }
    },
  );

  it("matches by the last write's record first (a table the user renamed), never above a table already kept", () => {
    const area = (rowIndex: number): RangeArea => ({ rowIndex, columnIndex: 0, rowCount: 3, columnCount: 2 });
    const existing: ExistingTable[] = [
      { id: "7", name: "Mine", area: area(2), showTotals: false },
      { id: "8", name: "Layers", area: area(8), showTotals: false },
    ];
    const wanted: WantedTable[] = [
      { name: "Layers", area: area(2) },
      { name: "Findings", area: area(8) },
    ];
    const plan = planReportTables(existing, wanted, [{ spec: "Findings", name: "Old", id: "7" }], true);
    // "Layers" is kept first (by name); the user's renamed "Findings" sits above it, so it is made anew.
    expect([...plan.kept].map(([spec, table]) => [spec, table.id])).toEqual([["Layers", "8"]]);
    expect(plan.operations[0]).toEqual({ kind: "deleteTable", id: "7" });
  });
});
