/** The mock tables of the fake workbook: `workbook.tables`, `worksheet.tables`, a table, its rows. */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { addTableColumn, deleteTableColumn, resizeTable, setShowTotals } from "./fakeTables";
import { FakeExcelError, parseAddress, payloadBytes } from "./fakeWorkbook";
import { type Mock } from "./mockMachinery";
import { MockShapeObjects } from "./mockShapeObjects";

export abstract class MockTableObjects extends MockShapeObjects {
  protected abstract worksheet(id: string, isNullObject?: boolean): Mock;
  protected abstract range(sheetId: string, area: RangeArea, isNullObject?: boolean): Mock;

  protected tables(sheetId: string | undefined): Mock {
    const book = this.book;
    return this.object({
      items: () =>
        book.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId).map((t) => this.table(t.id)),
      methods: {
        getItem: (key: string) => {
          const found = book.tables.find(
            (t) =>
              (sheetId === undefined || t.sheetId === sheetId) &&
              (t.id === key || t.name.toLowerCase() === key.toLowerCase()),
          );
          return found
            ? this.table(found.id)
            : this.failed(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."));
        },
        getItemOrNullObject: (key: string) => {
          const found = book.tables.find(
            (t) =>
              (sheetId === undefined || t.sheetId === sheetId) &&
              (t.id === key || t.name.toLowerCase() === key.toLowerCase()),
          );
          return found ? this.table(found.id) : this.table("", true);
        },
        add: (address: unknown, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error("tables.add(…, false) is not modelled");
          const target =
            typeof address === "string"
              ? { sheetId: sheetId ?? book.activeSheetId, area: parseAddress(address) }
              : this.rangeAreas.get(address as object);
          if (!target) throw new Error("tables.add: unknown range");
          const table = this.attempt(() => book.addTable(book.sheetById(target.sheetId)!, target.area));
          return table ? this.table(table.id) : this.failed(this.batchError!);
        },
      },
    });
  }

  protected table(id: string, isNullObject = false): Mock {
    const book = this.book;
    const table = () => {
      const found = book.tables.find((t) => t.id === id);
      if (!found) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    };
    return this.object({
      isNullObject,
      read: {
        id: () => id,
        name: () => table().name,
        style: () => table().style,
        showHeaders: () => table().showHeaders,
        showTotals: () => table().showTotals,
      },
      write: {
        name: (value) => book.renameTable(id, String(value)),
        style: (value) => {
          table().style = String(value);
        },
        showTotals: (value) => setShowTotals(book, id, value === true),
      },
      methods: {
        delete: () => this.attempt(() => book.deleteTable(id)),
        resize: (range: unknown) => {
          const target =
            typeof range === "string"
              ? { sheetId: table().sheetId, area: parseAddress(range) }
              : this.rangeAreas.get(range as object);
          if (!target) throw new Error("resize: unknown range");
          this.attempt(() => resizeTable(book, id, target));
        },
        getRange: () => this.range(table().sheetId, table().area),
        getHeaderRowRange: () => this.range(table().sheetId, { ...table().area, rowCount: 1 }),
        getDataBodyRange: () => {
          const { area, sheetId, showTotals } = table();
          return this.range(sheetId, {
            ...area,
            rowIndex: area.rowIndex + 1,
            rowCount: area.rowCount - 1 - (showTotals ? 1 : 0),
          });
        },
      },
      navigation: {
        worksheet: () => this.worksheet(table().sheetId),
        rows: () => this.tableRows(id),
        columns: () =>
          this.object({
            methods: {
              add: (index?: number | null, values?: unknown, name?: string) => {
                if (values !== undefined && values !== null) throw new Error("columns.add(…, values) is not modelled");
                this.attempt(() => addTableColumn(book, id, index, name));
                return this.object({});
              },
              getItemAt: (index: number) =>
                this.object({ methods: { delete: () => this.attempt(() => deleteTableColumn(book, id, index)) } }),
            },
          }),
      },
    });
  }

  /** `table.rows` (ExcelApi 1.1): `add(index, values)` and `getItemAt(index).delete()`. */
  protected tableRows(tableId: string): Mock {
    const book = this.book;
    return this.object({
      read: {
        count: () => {
          const table = book.tables.find((t) => t.id === tableId)!;
          return table.area.rowCount - 1 - (table.showTotals ? 1 : 0);
        },
      },
      methods: {
        add: (index?: number | null, values?: unknown) => {
          const bytes = payloadBytes(values);
          this.batch.requestBytes += bytes;
          const written = this.attempt(() => book.addTableRows(tableId, index, values));
          this.batch.cellsWritten += written ?? 0;
          return this.object({});
        },
        getItemAt: (index: number) =>
          this.object({
            methods: { delete: () => this.attempt(() => book.deleteTableRow(tableId, index)) },
          }),
      },
    });
  }

  /** `worksheet.names` (ExcelApi 1.4): names scoped to one sheet. */
}
