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
import type { RangeArea } from "../../../src/excel/rangeArea";
import { FakeExcelError, FakeWorkbook, payloadBytes, type FakeRequest } from "./fakeWorkbook";

/**
 * Bytes of one operation's envelope in a request as Office.js serializes it (the action, its object path, ids),
 * besides its arguments: the fake counts shape operations at this plus their arguments' JSON.
 */
export const FAKE_OPERATION_BYTES = 100;

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Mock = OfficeMockObject & Record<string, any>;

export interface ProxyDefinition {
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

export interface MockRecord {
  mock: Mock;
  definition: ProxyDefinition;
  /** The value each property had when last loaded or written, to tell the adapter's writes apart. */
  known: Map<string, unknown>;
}

export function overlapping(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

export function cellCount(value: unknown): number {
  return Array.isArray(value)
    ? value.reduce((sum: number, row: unknown) => sum + (Array.isArray(row) ? row.length : 1), 0)
    : 1;
}

/** The machinery of the mock request context: proxies, loads, the batch applied in order, syncs and failures. */
export abstract class MockMachinery {
  readonly context: Mock = new OfficeMockObject({}) as Mock;
  protected readonly proxies: MockRecord[] = [];
  protected readonly rangeAreas = new WeakMap<object, { sheetId: string; area: RangeArea }>();
  protected batch: FakeRequest = MockMachinery.emptyRequest();
  protected batchError?: FakeExcelError;
  protected syncCount = 0;

  protected static emptyRequest(): FakeRequest {
    return { cellsRead: 0, cellsWritten: 0, reads: [], requestBytes: 0, responseBytes: 0 };
  }

  constructor(protected readonly book: FakeWorkbook) {}

  // ---- the machinery ----

  protected object(definition: ProxyDefinition): Mock {
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

  protected load(proxy: MockRecord, originalLoad: (p: string) => unknown, properties?: string | string[]): void {
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
  protected flush(): void {
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
  protected countOperation(args: unknown): void {
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

  protected async sync(): Promise<void> {
    this.flush();
    const failing = this.book.failingSync;
    if (failing && failing.index === this.book.requests.length) this.batchError ??= failing.error;
    this.book.requests.push(this.batch);
    this.batch = MockMachinery.emptyRequest();
    const error = this.batchError;
    this.batchError = undefined;
    if (error) throw error;
    this.syncCount += 1;
    await OfficeMockObject.prototype.sync.call(this.context);
  }

  /** Runs an operation now; if Excel would refuse it, the batch fails at the next sync. */
  protected attempt<T>(operation: () => T): T | undefined {
    try {
      return operation();
    } catch (error) {
      if (!(error instanceof FakeExcelError)) throw error;
      this.batchError ??= error;
      return undefined;
    }
  }

  /** The object a failed operation returns: every method on it gives another failed object. */
  protected failed(error: FakeExcelError): Mock {
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
}
