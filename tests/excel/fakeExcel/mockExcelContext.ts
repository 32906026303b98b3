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
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRun } from "../../../src/excel/excelRun";
import type { RangeArea } from "../../../src/excel/rangeArea";
import { rangeAddress } from "../../../src/excel/rangeArea";
import { FakeShapes } from "./fakeShapes";
import { addTableColumn, deleteTableColumn, resizeTable, setShowTotals } from "./fakeTables";
import {
  FakeExcelError,
  FakeWorkbook,
  MAX_COLUMNS,
  parseAddress,
  payloadBytes,
  type FakeRequest,
} from "./fakeWorkbook";

/**
 * Bytes of one operation's envelope in a request as Office.js serializes it (the action, its object path, ids),
 * besides its arguments: the fake counts shape operations at this plus their arguments' JSON.
 */
export const FAKE_OPERATION_BYTES = 100;

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mock = OfficeMockObject & Record<string, any>;

interface ProxyDefinition {
  /** Loadable scalar properties, read from the workbook when `load` is called. */
  read?: Record<string, () => unknown>;
  /** Settable properties, applied when the batch runs. */
  write?: Record<string, (value: unknown) => void>;
  methods?: Record<string, (...args: any[]) => unknown>;
  /** Navigation properties (`range.format`, `table.worksheet`, `worksheet.tables`). */
  navigation?: Record<string, () => Mock>;
  /** For collections: the items, as fresh mock objects. */
  items?: () => Mock[];
  /** For *OrNullObject results. */
  isNullObject?: boolean;
  /** The operation that made this object failed: the next sync rejects with this error. */
  error?: FakeExcelError;
  /** Count its method calls and property writes as request operations (shapes: what the size limit bears on). */
  counted?: boolean;
}

interface MockRecord {
  mock: Mock;
  definition: ProxyDefinition;
  /** The value each property had when last loaded or written, to tell the adapter's writes apart. */
  known: Map<string, unknown>;
}

function overlapping(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

function cellCount(value: unknown): number {
  return Array.isArray(value)
    ? value.reduce((sum: number, row: unknown) => sum + (Array.isArray(row) ? row.length : 1), 0)
    : 1;
}

class MockExcelContext {
  readonly context: Mock = new OfficeMockObject({}) as Mock;
  private readonly proxies: MockRecord[] = [];
  private readonly rangeAreas = new WeakMap<object, { sheetId: string; area: RangeArea }>();
  private batch: FakeRequest = MockExcelContext.emptyRequest();
  private batchError?: FakeExcelError;
  private syncCount = 0;

  private static emptyRequest(): FakeRequest {
    return { cellsRead: 0, cellsWritten: 0, reads: [], requestBytes: 0, responseBytes: 0 };
  }

  constructor(private readonly book: FakeWorkbook) {
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

  // ---- the machinery ----

  private object(definition: ProxyDefinition): Mock {
    const key = `object${this.proxies.length}`;
    (this.context as any)["addMock"](key);
    const mock = this.context[key] as Mock;
    const proxy: MockRecord = { mock, definition, known: new Map() };
    this.proxies.push(proxy);
    for (const name of Object.keys(definition.read ?? {})) (mock as any)["setValue"](name, undefined);
    for (const [name, method] of Object.entries(definition.methods ?? {})) {
      mock[name] = (...args: unknown[]) => {
        this.flush();
        if (this.batchError) return this.failed(this.batchError);
        if (definition.counted)
          this.countOperation(args.map((arg) => (typeof arg === "object" && arg !== null ? "{ref}" : arg)));
        return method(...args);
      };
    }
    const originalLoad = mock.load.bind(mock) as (p: string) => unknown;
    (mock as any).load = (properties?: string | string[]) => {
      this.flush();
      this.load(proxy, originalLoad, properties);
      return mock;
    };
    const children = new Map<string, Mock>();
    for (const [name, create] of Object.entries(definition.navigation ?? {})) {
      Object.defineProperty(mock, name, {
        get: () => children.get(name) ?? children.set(name, create()).get(name),
        enumerable: false,
      });
    }
    const createdAtSync = this.syncCount;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (this.syncCount === createdAtSync) throw new Error("isNullObject read before context.sync()");
        return definition.isNullObject === true;
      },
    });
    if (definition.error) this.batchError ??= definition.error;
    return mock;
  }

  private load(proxy: MockRecord, originalLoad: (p: string) => unknown, properties?: string | string[]): void {
    const { definition, mock } = proxy;
    if (definition.error) return; // the sync will reject anyway
    if (properties !== undefined && typeof properties !== "string" && !Array.isArray(properties)) {
      throw new Error("load(options object) is not modelled");
    }
    const list =
      properties === undefined
        ? Object.keys(definition.read ?? {})
        : typeof properties === "string"
          ? properties.split(",")
          : properties;
    const paths = list.map((p) => p.trim()).filter(Boolean);
    if (definition.items) {
      // A collection: "items/name" (or just "name") loads that property of every item.
      const itemPaths = paths
        .map((path) => (path === "items" ? "" : path.startsWith("items/") ? path.slice(6) : path))
        .filter(Boolean);
      const items = definition.items();
      (mock as any)["setValue"]("items", items);
      originalLoad("items");
      if (itemPaths.length > 0) for (const item of items) item.load(itemPaths.join(","));
      return;
    }
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        const create = definition.navigation?.[head];
        if (!create) throw new Error(`Navigation property ${head} is not modelled`);
        (mock[head] as Mock).load(rest.join("/"));
        continue;
      }
      const read = definition.read?.[head];
      if (!read) throw new Error(`Property ${head} needs to be present in object model before load is called.`);
      const value = definition.error || definition.isNullObject ? undefined : read();
      (mock as any)["setValue"](head, value);
      proxy.known.set(head, value);
      originalLoad(head);
      if (head === "values") {
        this.batch.cellsRead += cellCount(value);
        this.batch.reads.push(String(definition.read?.address?.()));
      }
      if (head === "values" || head === "numberFormat" || head === "formulas") {
        this.batch.responseBytes += payloadBytes(value);
        if (this.batch.responseBytes > this.book.payloadLimit && !this.batch.refused) {
          this.batch.refused = "ResponsePayloadSizeLimitExceeded";
          this.batchError ??= new FakeExcelError(
            "ResponsePayloadSizeLimitExceeded",
            "The response payload size has exceeded the limit.",
          );
        }
      }
    }
  }

  /** Applies the adapter's pending property writes, in the order the objects were made. */
  private flush(): void {
    for (const proxy of this.proxies) {
      for (const [name, write] of Object.entries(proxy.definition.write ?? {})) {
        const value = proxy.mock[name];
        if (value === undefined || (typeof value === "string" && MOCK_ERRORS.has(value))) continue;
        if (proxy.known.has(name) && proxy.known.get(name) === value) continue;
        proxy.known.set(name, value);
        if (this.batchError) continue; // the batch already failed: the rest of it does not run
        if (name === "values" || name === "formulas") {
          // Excel refuses the whole request; writes of this model are applied as they come, so the
          // one that crosses the limit is the one refused (the adapter sends one block per request).
          const bytes = payloadBytes(value);
          if (this.batch.requestBytes + bytes > this.book.payloadLimit) {
            this.batch.refused = "RequestPayloadSizeLimitExceeded";
            this.batchError = new FakeExcelError(
              "RequestPayloadSizeLimitExceeded",
              "The request payload size has exceeded the limit.",
            );
            continue;
          }
          this.batch.requestBytes += bytes;
        }
        if (proxy.definition.counted) this.countOperation(value);
        if (this.batchError) continue;
        try {
          write(value);
          this.batch.cellsWritten +=
            name === "values" || name === "formulas" || name === "numberFormat" ? cellCount(value) : 0;
        } catch (error) {
          if (!(error instanceof FakeExcelError)) throw error;
          this.batchError = error;
        }
      }
    }
  }

  /** One shape operation in the request: its envelope and arguments, refused past the payload limit. */
  private countOperation(args: unknown): void {
    this.batch.shapeOperations = (this.batch.shapeOperations ?? 0) + 1;
    this.batch.requestBytes += FAKE_OPERATION_BYTES + payloadBytes(args);
    if (this.batch.requestBytes > this.book.payloadLimit && !this.batch.refused) {
      this.batch.refused = "RequestPayloadSizeLimitExceeded";
      this.batchError ??= new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
  }

  private async sync(): Promise<void> {
    this.flush();
    const failing = this.book.failingSync;
    if (failing && failing.index === this.book.requests.length) this.batchError ??= failing.error;
    this.book.requests.push(this.batch);
    this.batch = MockExcelContext.emptyRequest();
    const error = this.batchError;
    this.batchError = undefined;
    if (error) throw error;
    this.syncCount += 1;
    await OfficeMockObject.prototype.sync.call(this.context);
  }

  /** Runs an operation now; if Excel would refuse it, the batch fails at the next sync. */
  private attempt<T>(operation: () => T): T | undefined {
    try {
      return operation();
    } catch (error) {
      if (!(error instanceof FakeExcelError)) throw error;
      this.batchError ??= error;
      return undefined;
    }
  }

  /** The object a failed operation returns: every method on it gives another failed object. */
  private failed(error: FakeExcelError): Mock {
    const mock = this.object({ error });
    return new Proxy(mock, {
      // Anything reached from it (a method's result, or a navigation property such as `areas`) has failed too.
      get: (target, property) => {
        if (property in target) return target[property as string];
        if (typeof property === "symbol") return undefined;
        const call = () => this.failed(error);
        return new Proxy(call, { get: (_fn, key) => (this.failed(error) as Record<string | symbol, unknown>)[key] });
      },
    });
  }

  // ---- the Excel object model ----

  private worksheets(): Mock {
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

  private worksheet(id: string, isNullObject = false): Mock {
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

  private range(sheetId: string, area: RangeArea, isNullObject = false): Mock {
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
  private conditionalFormats(sheetId: string, area: RangeArea): Mock {
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

  /** `worksheet.shapes` (ExcelApi 1.9). */
  private shapeCollection(sheetId: string): Mock {
    const drawing = this.book.drawing;
    const made = (operation: () => { id: string }) => {
      const shape = this.attempt(operation);
      return shape ? this.shape(shape.id) : this.failed(this.batchError!);
    };
    return this.object({
      counted: true,
      items: () => drawing.onSheet(sheetId).map((shape) => this.shape(shape.id)),
      methods: {
        addGeometricShape: (type: unknown) => made(() => drawing.addGeometricShape(sheetId, type)),
        addLine: (x1: number, y1: number, x2: number, y2: number, type?: unknown) =>
          made(() => drawing.addLine(sheetId, x1, y1, x2, y2, type)),
        addImage: (base64: unknown) => made(() => drawing.addImage(sheetId, base64)),
        getItem: (key: string) => {
          const found = drawing.onSheet(sheetId).find((shape) => shape.id === key || shape.name === key);
          return found
            ? this.shape(found.id)
            : this.failed(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."));
        },
      },
    });
  }

  private readonly shapeIds = new WeakMap<object, string>();

  private shape(id: string): Mock {
    const drawing = this.book.drawing;
    const shape = () => drawing.byId(id);
    const set =
      <K extends keyof ReturnType<typeof shape>>(key: K, check: (value: unknown) => ReturnType<typeof shape>[K]) =>
      (value: unknown) => {
        shape()[key] = check(value);
      };
    const number = (value: unknown) => {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new FakeExcelError("InvalidArgument", "Not a number");
      return value;
    };
    const text = (value: unknown) => String(value);
    const font = (start: number, length: number | undefined) =>
      this.object({
        counted: true,
        read: { name: () => shape().fontName, size: () => shape().fontSize, color: () => shape().fontColor },
        write: {
          name: set("fontName", text),
          size: set("fontSize", number),
          color: set("fontColor", FakeShapes.checkColour),
          bold: (value) => {
            if (value === true) shape().bold.push([start, length ?? shape().text.length - start]);
          },
        },
      });
    const textRange = (start: number, length?: number) =>
      this.object({
        counted: true,
        read: { text: () => shape().text.slice(start, length === undefined ? undefined : start + length) },
        write: length === undefined ? { text: set("text", text) } : {},
        methods: {
          getSubstring: (from: number, count?: number) => {
            const whole = shape().text.length;
            if (!Number.isInteger(from) || from < 0 || from > whole)
              throw new FakeExcelError("InvalidArgument", "The start is outside the text");
            return textRange(start + from, count ?? whole - from);
          },
        },
        navigation: { font: () => font(start, length) },
      });
    const mock = this.object({
      counted: true,
      read: {
        id: () => shape().id,
        name: () => shape().name,
        type: () => shape().type,
        left: () => shape().left,
        top: () => shape().top,
        width: () => shape().width,
        height: () => shape().height,
        altTextDescription: () => shape().altTextDescription,
        geometricShapeType: () => shape().geometricShapeType,
        connectionSiteCount: () => FakeShapes.connectionSiteCount(shape()),
      },
      write: {
        name: set("name", text),
        altTextDescription: set("altTextDescription", text),
        left: set("left", number),
        top: set("top", number),
        width: set("width", number),
        height: set("height", number),
      },
      methods: { delete: () => this.attempt(() => drawing.delete(id)) },
      navigation: {
        fill: () =>
          this.object({
            counted: true,
            read: { foregroundColor: () => shape().fill },
            methods: {
              setSolidColor: (colour: unknown) =>
                this.attempt(() => {
                  shape().fill = FakeShapes.checkColour(colour);
                }),
            },
          }),
        lineFormat: () =>
          this.object({
            counted: true,
            read: {
              color: () => shape().lineColor,
              weight: () => shape().lineWeight,
              dashStyle: () => shape().dashStyle,
              visible: () => shape().lineVisible ?? true,
            },
            write: {
              visible: (value) => {
                if (typeof value !== "boolean") throw new FakeExcelError("InvalidArgument", "Not a boolean");
                shape().lineVisible = value;
              },
              color: set("lineColor", FakeShapes.checkColour),
              weight: set("lineWeight", number),
              dashStyle: set("dashStyle", FakeShapes.checkDash),
            },
          }),
        textFrame: () => {
          const margin = (side: "left" | "right" | "top" | "bottom") => (value: unknown) => {
            shape().margins = { ...shape().margins, [side]: number(value) };
          };
          return this.object({
            counted: true,
            read: {
              hasText: () => shape().text !== "",
              horizontalAlignment: () => shape().horizontalAlignment ?? "Left",
              verticalAlignment: () => shape().verticalAlignment ?? "Top",
            },
            write: {
              leftMargin: margin("left"),
              rightMargin: margin("right"),
              topMargin: margin("top"),
              bottomMargin: margin("bottom"),
              horizontalAlignment: set("horizontalAlignment", FakeShapes.checkHorizontalAlignment),
              verticalAlignment: set("verticalAlignment", FakeShapes.checkVerticalAlignment),
            },
            navigation: { textRange: () => textRange(0) },
          });
        },
        line: () =>
          this.object({
            counted: true,
            read: {
              connectorType: () => shape().connectorType,
              beginConnectedSite: () => shape().begin?.site ?? null,
              endConnectedSite: () => shape().end?.site ?? null,
            },
            methods: {
              connectBeginShape: (target: object, site: unknown) =>
                this.attempt(() => drawing.connect(id, "begin", this.shapeIds.get(target), site)),
              connectEndShape: (target: object, site: unknown) =>
                this.attempt(() => drawing.connect(id, "end", this.shapeIds.get(target), site)),
            },
          }),
      },
    });
    this.shapeIds.set(mock, id);
    return mock;
  }

  private tables(sheetId: string | undefined): Mock {
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

  private table(id: string, isNullObject = false): Mock {
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
  private tableRows(tableId: string): Mock {
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
  private sheetNames(sheetId: string): Mock {
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

  private names(): Mock {
    return this.object({
      items: () => this.book.definedNames.map((name) => this.object({ read: { name: () => name } })),
    });
  }

  private settings(): Mock {
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
