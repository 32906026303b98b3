/**
 * An `Excel.run` for tests: every object the adapter touches (workbook, worksheets, tables,
 * ranges, settings) is an office-addin-mock `OfficeMockObject`, so reading a property that was not
 * loaded, or before `context.sync()`, gives the mock's error text exactly as in the research notes.
 *
 * The mock is a data mock, not Excel, so this file adds what it lacks (research note §5):
 * - objects are created on demand by the API's methods and hung on the context, so the context's
 *   sync reaches them (objects inside plain arrays would never be synced: issue #563);
 * - each load reads the current state of a {@link FakeWorkbook}, so collections reflect sheets
 *   added earlier in the same run;
 * - property writes (`range.values = …`, `sheet.name = …`) are applied in order before the next
 *   method call or sync, as Excel runs a batch in order;
 * - a failing operation makes the sync reject, and the rest of that batch is not run.
 */
import type { ExcelRun } from "../../../src/excel/excelRun";
import type { RangeArea } from "../../../src/excel/rangeArea";
import { rangeAddress } from "../../../src/excel/rangeArea";
import { FakeExcelError, FakeWorkbook, MAX_COLUMNS, parseAddress } from "./fakeWorkbook";
import { overlapping, type Mock } from "./mockMachinery";
import { MockTableObjects } from "./mockTableObjects";

export { FAKE_OPERATION_BYTES } from "./mockMachinery";

class MockExcelContext extends MockTableObjects {
  constructor(book: FakeWorkbook) {
    super(book);
    const workbook = this.object({
      read: { use1904DateSystem: () => book.use1904DateSystem },
      navigation: {
        worksheets: () => this.worksheets(),
        tables: () => this.tables(undefined),
        names: () => this.names(),
        settings: () => this.settings(),
      },
    });
    this.context.workbook = workbook;
    this.context.sync = () => this.sync();
  }

  // ---- the Excel object model ----

  protected worksheets(): Mock {
    const book = this.book;
    const find = (key: string) => book.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
    return this.object({
      items: () => book.sheets.map((s) => this.worksheet(s.id)),
      methods: {
        getItem: (key: string) => {
          const sheet = find(key);
          return sheet
            ? this.worksheet(sheet.id)
            : this.failed(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."));
        },
        getItemOrNullObject: (key: string) => {
          const sheet = find(key);
          return sheet ? this.worksheet(sheet.id) : this.worksheet("", true);
        },
        getActiveWorksheet: () => this.worksheet(book.activeSheetId),
        add: (name: string) => {
          const sheet = this.attempt(() => book.addWorksheet(name));
          return sheet ? this.worksheet(sheet.id) : this.failed(this.batchError!);
        },
      },
    });
  }

  protected worksheet(id: string, isNullObject = false): Mock {
    const book = this.book;
    const sheet = () => {
      const found = book.sheetById(id);
      if (!found) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    };
    return this.object({
      isNullObject,
      read: {
        id: () => sheet().id,
        name: () => sheet().name,
        position: () => book.sheets.indexOf(sheet()),
        visibility: () => "Visible",
      },
      write: {
        name: (value) => book.renameWorksheet(id, String(value)),
        position: (value) => book.moveWorksheet(id, Number(value)),
      },
      methods: {
        getRange: (address?: string) => this.range(id, address ? parseAddress(address) : parseAddress("A:XFD")),
        getUsedRangeOrNullObject: () => {
          const area = book.usedArea(sheet());
          return area
            ? this.range(id, area)
            : this.range(id, { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }, true);
        },
        getUsedRange: () =>
          this.range(id, book.usedArea(sheet()) ?? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }),
        delete: () => this.attempt(() => book.deleteWorksheet(id)),
        activate: () => {
          sheet();
          book.activeSheetId = id;
        },
      },
      navigation: {
        tables: () => this.tables(id),
        names: () => this.sheetNames(id),
        shapes: () => this.shapeCollection(id),
        freezePanes: () =>
          this.object({
            methods: {
              unfreeze: () => {
                Object.assign(sheet(), { frozenRows: 0, frozenColumns: 0 });
              },
              // Each call sets the whole frozen pane, as in Excel.
              freezeRows: (count = 1) => {
                Object.assign(sheet(), { frozenRows: count, frozenColumns: 0 });
              },
              freezeColumns: (count = 1) => {
                Object.assign(sheet(), { frozenRows: 0, frozenColumns: count });
              },
              freezeAt: (address: unknown) => {
                if (typeof address !== "string") throw new Error("freezeAt(range object) is not modelled");
                const area = parseAddress(address);
                if (area.rowIndex !== 0 || area.columnIndex !== 0)
                  throw new Error("freezeAt: the frozen range starts at A1 in this model");
                Object.assign(sheet(), { frozenRows: area.rowCount, frozenColumns: area.columnCount });
              },
            },
          }),
      },
    });
  }

  protected range(sheetId: string, area: RangeArea, isNullObject = false): Mock {
    const book = this.book;
    const sheet = () => {
      const found = book.sheetById(sheetId);
      if (!found) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    };
    const mock = this.object({
      isNullObject,
      read: {
        address: () => `${sheet().name}!${rangeAddress(area)}`,
        rowIndex: () => area.rowIndex,
        columnIndex: () => area.columnIndex,
        rowCount: () => area.rowCount,
        columnCount: () => area.columnCount,
        values: () => book.readValues(sheet(), area),
        numberFormat: () => book.readNumberFormats(sheet(), area),
      },
      methods: {
        select: () => {
          book.selection = { sheetId, address: rangeAddress(area) };
        },
        clear: (applyTo?: string) => {
          if (applyTo !== undefined && applyTo !== "All") throw new Error(`clear(${applyTo}) is not modelled`);
          book.clearArea(sheet(), area);
        },
        insert: (shift: string) => {
          if (shift !== "Down" || area.columnCount !== MAX_COLUMNS)
            throw new Error("only whole rows shifted down are modelled");
          this.attempt(() => book.insertSheetRows(sheet(), area.rowIndex, area.rowCount));
          return this.range(sheetId, area);
        },
        delete: (shift: string) => {
          if (shift !== "Up" || area.columnCount !== MAX_COLUMNS)
            throw new Error("only whole rows shifted up are modelled");
          this.attempt(() => book.deleteSheetRows(sheet(), area.rowIndex, area.rowCount));
        },
        getMergedAreasOrNullObject: () => {
          const merged = sheet().merges.filter((m) => overlapping(m, area));
          if (merged.length > 512)
            return this.failed(new FakeExcelError("GeneralException", "More than 512 merged areas"));
          return this.object({
            isNullObject: merged.length === 0,
            read: { areaCount: () => merged.length },
            navigation: {
              areas: () => this.object({ items: () => merged.map((m) => this.range(sheetId, m)) }),
            },
          });
        },
      },
      write: {
        values: (value) => book.writeCells(sheet(), area, value),
        formulas: (value) => book.writeCells(sheet(), area, value),
        numberFormat: (value) => book.writeNumberFormat(sheet(), area, value),
      },
      navigation: {
        format: () =>
          this.object({
            read: { columnWidth: () => sheet().columnWidths.get(area.columnIndex) ?? 48 },
            write: { columnWidth: (value) => book.setColumnWidth(sheet(), area, Number(value)) },
            navigation: {
              font: () => this.object({ write: { bold: (value) => book.setBold(sheet(), area, value === true) } }),
            },
          }),
        conditionalFormats: () => this.conditionalFormats(sheetId, area),
      },
    });
    this.rangeAreas.set(mock, { sheetId, area });
    return mock;
  }

  /** `range.conditionalFormats`: `add(type)` and the formats' CellValue and ColorScale properties. */
  protected conditionalFormats(sheetId: string, area: RangeArea): Mock {
    const book = this.book;
    const sheet = () => {
      const found = book.sheetById(sheetId);
      if (!found) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    };
    const inArea = (format: { area: RangeArea }) =>
      format.area.rowIndex >= area.rowIndex &&
      format.area.columnIndex >= area.columnIndex &&
      format.area.rowIndex + format.area.rowCount <= area.rowIndex + area.rowCount &&
      format.area.columnIndex + format.area.columnCount <= area.columnIndex + area.columnCount;
    const formatMock = (id: string) =>
      this.object({
        read: {
          id: () => id,
          type: () => sheet().conditionalFormats.find((f) => f.id === id)?.type,
          priority: () => sheet().conditionalFormats.findIndex((f) => f.id === id),
        },
        navigation: {
          cellValue: () =>
            this.object({
              write: { rule: (value) => book.setCellValueRule(sheet(), id, value) },
              navigation: {
                format: () =>
                  this.object({
                    navigation: {
                      fill: () =>
                        this.object({ write: { color: (value) => book.setConditionalFill(sheet(), id, value) } }),
                      font: () =>
                        this.object({ write: { color: (value) => book.setConditionalFontColor(sheet(), id, value) } }),
                    },
                  }),
              },
            }),
          colorScale: () =>
            this.object({ write: { criteria: (value) => book.setColorScaleCriteria(sheet(), id, value) } }),
        },
      });
    return this.object({
      items: () =>
        sheet()
          .conditionalFormats.filter(inArea)
          .map((format) => formatMock(format.id)),
      methods: {
        add: (type: string) => {
          const format = this.attempt(() => book.addConditionalFormat(sheet(), area, type));
          return format ? formatMock(format.id) : this.failed(this.batchError!);
        },
      },
    });
  }

  protected sheetNames(sheetId: string): Mock {
    const book = this.book;
    const sheet = () => {
      const found = book.sheetById(sheetId);
      if (!found) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    };
    const item = (name: string, isNullObject = false) =>
      this.object({
        isNullObject,
        read: {
          name: () => name,
          formula: () => sheet().names.get(name),
          value: () => FakeWorkbook.nameValue(sheet().names.get(name) ?? "="),
          scope: () => "Worksheet",
        },
        methods: { delete: () => sheet().names.delete(name) },
      });
    const find = (name: string) => [...sheet().names.keys()].find((key) => key.toLowerCase() === name.toLowerCase());
    return this.object({
      items: () => [...sheet().names.keys()].map((name) => item(name)),
      methods: {
        add: (name: string, reference: unknown) => {
          this.attempt(() => book.addSheetName(sheet(), name, reference));
          return item(name);
        },
        getItemOrNullObject: (name: string) => {
          const found = find(name);
          return found ? item(found) : item(name, true);
        },
      },
    });
  }

  protected names(): Mock {
    return this.object({
      items: () => this.book.definedNames.map((name) => this.object({ read: { name: () => name } })),
    });
  }

  protected settings(): Mock {
    const book = this.book;
    const setting = (key: string, isNullObject: boolean) =>
      this.object({
        isNullObject,
        read: { key: () => key, value: () => book.settings.get(key) },
        methods: { delete: () => book.settings.delete(key) },
      });
    return this.object({
      items: () => [...book.settings.keys()].map((key) => setting(key, false)),
      methods: {
        getItem: (key: string) =>
          book.settings.has(key)
            ? setting(key, false)
            : this.failed(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.")),
        getItemOrNullObject: (key: string) => setting(key, !book.settings.has(key)),
        add: (key: string, value: unknown) => {
          book.settings.set(key, value);
          return setting(key, false);
        },
      },
    });
  }
}

/** An `Excel.run` over the fake workbook; each run gets a fresh request context, as in Office. */
export function fakeExcelRun(book: FakeWorkbook): ExcelRun {
  return async (batch, request) => {
    book.runRequests.push(request ?? {});
    return batch(new MockExcelContext(book).context as unknown as Excel.RequestContext);
  };
}
