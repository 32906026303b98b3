/**
 * A workbook of office-addin-mock objects with what watching the positions touches: sheets and
 * tables by name or id, their ranges, and the events Office.js raises on them. As in Office, each
 * `Excel.run` has its own request context; a loaded property reads as the mock's error text until
 * that context's `sync()`; adding and removing a handler take effect at the sync of the context they
 * were made in (the research note: the mock never fires events, so the test fires them here).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRun } from "../../../src/excel/excelRun";
import type { ExcelRunOn } from "../../../src/excel/excelRunOn";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mock = OfficeMockObject & Record<string, any>;
type Handler = (args: any) => Promise<unknown>;

export interface EventSheet {
  id: string;
  name: string;
  /** The used range (zero-based, as Office.js gives it), or null for a blank sheet. */
  used: { rowIndex: number; rowCount: number } | null;
}

export interface EventTable {
  id: string;
  name: string;
  sheetId: string;
  rowIndex: number;
  rowCount: number;
  showHeaders: boolean;
  showTotals: boolean;
}

/** An object's event, e.g. "table:{id}:onChanged" or "worksheet:{id}:onSelectionChanged". */
export type EventKey = string;

export class EventWorkbook {
  readonly sheets: EventSheet[] = [];
  readonly tables: EventTable[] = [];
  /** Registered handlers by event. */
  readonly handlers = new Map<EventKey, Set<Handler>>();
  /** Contexts handed to batches by `run` (in order) and to `runOn`. */
  readonly runContexts: unknown[] = [];
  readonly runOnContexts: unknown[] = [];

  addSheet(name: string, used: EventSheet["used"] = null): EventSheet {
    const sheet = { id: `{sheet-${this.sheets.length + 1}}`, name, used };
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheetName: string, name: string, area: Partial<EventTable> & { rowIndex: number; rowCount: number }) {
    const sheet = this.sheets.find((s) => s.name === sheetName)!;
    const table: EventTable = {
      id: `{table-${this.tables.length + 1}}`,
      name,
      sheetId: sheet.id,
      showHeaders: true,
      showTotals: false,
      ...area,
    };
    this.tables.push(table);
    return table;
  }

  /** Deletes a sheet (and its tables) as the user does; handlers on them are gone with them. Fires onDeleted. */
  async deleteSheet(sheet: EventSheet): Promise<void> {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of this.tables.filter((t) => t.sheetId === sheet.id)) await this.deleteTable(table);
    for (const key of [...this.handlers.keys()])
      if (key.startsWith(`worksheet:${sheet.id}:`)) this.handlers.delete(key);
    await this.fire("worksheets:*:onDeleted", { type: "WorksheetDeleted", worksheetId: sheet.id, source: "Local" });
  }

  /** Deletes a table as the user does. Fires onDeleted. */
  async deleteTable(table: EventTable): Promise<void> {
    this.tables.splice(this.tables.indexOf(table), 1);
    for (const key of [...this.handlers.keys()]) if (key.startsWith(`table:${table.id}:`)) this.handlers.delete(key);
    await this.fire("tables:*:onDeleted", {
      type: "TableDeleted",
      tableId: table.id,
      tableName: table.name,
      worksheetId: table.sheetId,
      source: "Local",
    });
  }

  private idCounter = 100;

  /** Adds a sheet as the user does (a new id). Fires onAdded. */
  async recreateSheet(name: string, used: EventSheet["used"] = null): Promise<EventSheet> {
    const sheet = { id: `{sheet-${++this.idCounter}}`, name, used };
    this.sheets.push(sheet);
    await this.fire("worksheets:*:onAdded", { type: "WorksheetAdded", worksheetId: sheet.id, source: "Local" });
    return sheet;
  }

  /** Adds a table as the user does (a new id). Fires onAdded. */
  async recreateTable(sheetName: string, name: string, area: { rowIndex: number; rowCount: number }) {
    const sheet = this.sheets.find((s) => s.name === sheetName)!;
    const table: EventTable = {
      id: `{table-${++this.idCounter}}`,
      name,
      sheetId: sheet.id,
      showHeaders: true,
      showTotals: false,
      ...area,
    };
    this.tables.push(table);
    await this.fire("tables:*:onAdded", {
      type: "TableAdded",
      tableId: table.id,
      worksheetId: sheet.id,
      source: "Local",
    });
    return table;
  }

  /** The handlers registered for an event right now. */
  registered(key: EventKey): number {
    return this.handlers.get(key)?.size ?? 0;
  }

  /** Every event that has a handler. */
  registeredEvents(): EventKey[] {
    return [...this.handlers.entries()]
      .filter(([, set]) => set.size > 0)
      .map(([key]) => key)
      .sort();
  }

  /** Raises an event the way Office does: every registered handler gets the args. */
  async fire(key: EventKey, args: Record<string, unknown>): Promise<void> {
    for (const handler of [...(this.handlers.get(key) ?? [])]) await handler(args);
  }

  readonly run: ExcelRun = (batch) => {
    const context = this.newContext();
    this.runContexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };

  readonly runOn: ExcelRunOn = (context, batch) => {
    this.runOnContexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };

  private newContext(): Mock {
    const made: Mock[] = [];
    const pending: (() => void)[] = [];
    let failure: Error | undefined;
    const context = new OfficeMockObject({}) as Mock;
    const mock = (data: Record<string, unknown>): Mock => {
      const object = new OfficeMockObject(data) as Mock;
      made.push(object);
      return object;
    };
    const events = (kind: string, id: string, names: string[], into: Mock) => {
      for (const name of names) {
        const key = `${kind}:${id}:${name}`;
        into[name] = {
          add: (handler: Handler) => {
            pending.push(() => {
              const set = this.handlers.get(key) ?? new Set<Handler>();
              set.add(handler);
              this.handlers.set(key, set);
            });
            return {
              context,
              remove: () => {
                pending.push(() => this.handlers.get(key)?.delete(handler));
              },
            };
          },
        };
      }
    };
    /** Office queues the call anyway: the proxy works, and the next sync rejects. */
    const notFound = <T>(what: string, phantom: T): T => {
      failure ??= Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
      return phantom;
    };
    const worksheet = (found: EventSheet | undefined, key: string): Mock => {
      const sheet = found ?? notFound(key, { id: "", name: key, used: null });
      const object = mock({ id: sheet.id, name: sheet.name });
      object.getUsedRangeOrNullObject = (valuesOnly: boolean) => {
        if (valuesOnly !== true) throw new Error("the positions' used range counts values only");
        const used = mock({ rowIndex: sheet.used?.rowIndex ?? 0, rowCount: sheet.used?.rowCount ?? 0 });
        const createdAt = syncs;
        Object.defineProperty(used, "isNullObject", {
          get: () => {
            if (syncs === createdAt) throw new Error("isNullObject read before context.sync()");
            return sheet.used === null;
          },
        });
        return used;
      };
      events("worksheet", sheet.id, ["onChanged", "onSelectionChanged", "onRowSorted"], object);
      return object;
    };
    const table = (table: EventTable | undefined, key: string): Mock => {
      const found =
        table ??
        notFound(key, {
          id: "",
          name: key,
          sheetId: "",
          rowIndex: 0,
          rowCount: 0,
          showHeaders: true,
          showTotals: false,
        });
      const object = mock({
        id: found.id,
        name: found.name,
        showHeaders: found.showHeaders,
        showTotals: found.showTotals,
      });
      object.getRange = () => mock({ rowIndex: found.rowIndex, rowCount: found.rowCount });
      events("table", found.id, ["onChanged", "onSelectionChanged"], object);
      return object;
    };
    let syncs = 0;
    const worksheets: Mock = {
      getItem: (key: string) =>
        worksheet(
          this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()),
          key,
        ),
    } as unknown as Mock;
    events("worksheets", "*", ["onDeleted", "onAdded", "onChanged"], worksheets);
    const tables: Mock = {
      getItem: (key: string) =>
        table(
          this.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase()),
          key,
        ),
    } as unknown as Mock;
    events("tables", "*", ["onDeleted", "onAdded"], tables);
    context.workbook = { worksheets, tables };
    context.sync = async () => {
      if (failure) {
        const error = failure;
        failure = undefined;
        pending.length = 0;
        throw error;
      }
      for (const apply of pending.splice(0)) apply();
      for (const object of made) await object.sync();
      syncs++;
    };
    return context;
  }
}
