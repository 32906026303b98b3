import { supportsExcelApi } from "./excelApiSupport";
import { defaultExcelRun, type ExcelRun } from "./excelRun";
import { defaultExcelRunOn, type ExcelRunOn } from "./excelRunOn";
import { parseSelectionAddress } from "./selectionAddress";
import { trailingDebounce } from "./trailingDebounce";

/**
 * Where the positions were read from: an Excel table on a sheet, or the sheet's used range. The ids,
 * when known (the Excel source's `positionsKey`), win over the names.
 */
export interface PositionsTarget {
  sheet: string;
  table?: string;
  sheetId?: string;
  tableId?: string;
}

export interface PositionsWatchHandlers {
  /** The positions' cells changed (or their rows were sorted, or the table came back): read them again. Debounced. */
  onChanged(): void;
  /** The user selected a cell in a data row of the positions: its 1-based sheet row. Only when the row changes. */
  onSelectRow(row: number): void;
}

export interface WatchPositionsOptions {
  /** Quiet time after the last change event before `onChanged` is called. */
  debounceMs?: number;
  run?: ExcelRun;
  /** Runs a batch on the context the handlers were added in (removing them needs it). */
  runOn?: ExcelRunOn;
}

/** Stops watching: removes the event handlers and drops a pending `onChanged`. */
export type StopWatchingPositions = () => Promise<void>;

export const DEFAULT_WATCH_DEBOUNCE_MS = 400;

/** The sheet rows (1-based) that hold positions, as last read. */
interface DataRows {
  /** The header row: selections on it or above it are not positions. */
  headerRow: number;
  /** The last row, or undefined when the area may have grown since (a table: rows below stay positions). */
  lastRow?: number;
  /** A table's totals row, which is not a position. */
  totalsRow?: number;
}

interface Watched {
  worksheetId: string;
  tableId?: string;
  /** The names at the last read: a sheet or table deleted and made again is found by them. */
  sheetName: string;
  tableName?: string;
  rows: DataRows;
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** Reads the ids, names and data rows of the watched table or sheet (by id once known, so renames do not matter). */
async function readWatched(
  context: Excel.RequestContext,
  keys: { sheet: string; table?: string },
): Promise<{ watched: Watched; worksheet: Excel.Worksheet; table?: Excel.Table }> {
  const worksheet = context.workbook.worksheets.getItem(keys.sheet);
  worksheet.load("id,name");
  if (keys.table !== undefined) {
    const table = context.workbook.tables.getItem(keys.table);
    table.load("id,name,showHeaders,showTotals");
    const range = table.getRange();
    range.load("rowIndex,rowCount");
    await context.sync();
    const top = range.rowIndex + 1;
    const bottom = range.rowIndex + range.rowCount;
    const rows: DataRows = {
      headerRow: table.showHeaders ? top : top - 1,
      ...(table.showTotals ? { totalsRow: bottom } : {}),
    };
    const watched = {
      worksheetId: worksheet.id,
      tableId: table.id,
      sheetName: worksheet.name,
      tableName: table.name,
      rows,
    };
    return { watched, worksheet, table };
  }
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  const rows: DataRows = used.isNullObject
    ? { headerRow: 1, lastRow: 1 }
    : { headerRow: used.rowIndex + 1, lastRow: used.rowIndex + used.rowCount };
  return { watched: { worksheetId: worksheet.id, sheetName: worksheet.name, rows }, worksheet };
}

function isDataRow(row: number, rows: DataRows): boolean {
  if (row <= rows.headerRow || row === rows.totalsRow) return false;
  return rows.lastRow === undefined || row <= rows.lastRow;
}

/**
 * Watches the positions in Excel (ExcelApi 1.7 events): edits call `onChanged` once a burst of them
 * has been quiet for `debounceMs`, and a selection in a data row calls `onSelectRow` with its sheet row.
 *
 * A table is watched through its own events (`Table.onChanged`, `Table.onSelectionChanged`), a used
 * range through its worksheet's (`Worksheet.onChanged`, `Worksheet.onSelectionChanged`); both add
 * `Worksheet.onRowSorted` where ExcelApi 1.10 has it, as sorting fires no change event. Those events
 * belong to the positions' table or sheet only, so writes elsewhere (the add-in's report sheets) never
 * reach `onChanged`; each event's worksheet (and table) id is checked against the watched one as well.
 *
 * Everything is keyed on ids (the target's, else the names resolved once). When the watched sheet or
 * table is deleted (`WorksheetCollection.onDeleted`, ExcelApi 1.7; `TableCollection.onDeleted`, 1.9),
 * `onChanged` fires and the watch waits: the next sheet or table added (`onAdded`), or any change in
 * the workbook, makes it look again by the last names, and a sheet or table of that name made again is
 * followed from then on (with an `onChanged`). A failed read of the rows never stops the watch.
 * Excel errors while registering are thrown (a sheet or table gone since the read); where the host
 * lacks ExcelApi 1.7 nothing is registered and the returned function does nothing.
 */
export async function watchPositions(
  target: PositionsTarget,
  handlers: PositionsWatchHandlers,
  options: WatchPositionsOptions = {},
): Promise<StopWatchingPositions> {
  if (!supportsExcelApi("1.7")) return async () => {};
  const run = options.run ?? defaultExcelRun;
  const runOn = options.runOn ?? defaultExcelRunOn;
  const tableEvents = supportsExcelApi("1.9");
  let watched: Watched | undefined;
  let stopped = false;
  let lost = false;
  let lastRow: number | undefined;
  /** Handlers on the watched table or sheet; replaced when it is made again. */
  let objectRegistrations: Registration[] = [];
  /** Handlers on the collections (deletions, additions), kept for the life of the watch. */
  let collectionRegistrations: Registration[] = [];

  const keysOf = (current: Watched | undefined) =>
    current
      ? { sheet: current.worksheetId, table: current.tableId }
      : { sheet: target.sheetId ?? target.sheet, table: target.tableId ?? target.table };

  const refreshRows = async () => {
    if (lost) return;
    try {
      const known = watched;
      const fresh = await run(async (context) => (await readWatched(context, keysOf(known))).watched);
      if (watched && !lost)
        Object.assign(watched, { rows: fresh.rows, sheetName: fresh.sheetName, tableName: fresh.tableName });
    } catch {
      // Keep the rows as they were: the next change tries again, and a selection is at worst not filtered.
    }
  };
  const changes = trailingDebounce(() => {
    if (stopped) return;
    handlers.onChanged();
    void refreshRows();
  }, options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS);

  const isWatched = (args: { worksheetId?: string; tableId?: string }) =>
    !stopped &&
    !lost &&
    watched !== undefined &&
    args.worksheetId === watched.worksheetId &&
    (watched.tableId === undefined || args.tableId === undefined || args.tableId === watched.tableId);

  const changed = async (args: { worksheetId?: string; tableId?: string }) => {
    if (isWatched(args)) changes.trigger();
  };
  const selected = async (args: {
    worksheetId?: string;
    tableId?: string;
    address: string;
    isInsideTable?: boolean;
  }) => {
    if (!isWatched(args) || !watched) return;
    const row = args.isInsideTable === false ? undefined : parseSelectionAddress(args.address)?.row;
    if (row === undefined || !isDataRow(row, watched.rows)) {
      lastRow = undefined; // leaving the positions: coming back to the same row selects it again
      return;
    }
    if (row === lastRow) return;
    lastRow = row;
    handlers.onSelectRow(row);
  };

  /** Adds the handlers of the watched table or sheet (the batch syncs). */
  const registerObject = (worksheet: Excel.Worksheet, table: Excel.Table | undefined): Registration[] => {
    const added: Registration[] = [];
    if (table) added.push(table.onChanged.add(changed), table.onSelectionChanged.add(selected));
    else added.push(worksheet.onChanged.add(changed), worksheet.onSelectionChanged.add(selected));
    if (supportsExcelApi("1.10")) added.push(worksheet.onRowSorted.add(changed));
    return added;
  };

  /** After a deletion: looks for a sheet (and table) of the last names, and follows it if there is one. */
  let reattaching = false;
  const reattach = async () => {
    if (!lost || stopped || reattaching || !watched) return;
    reattaching = true;
    const names = { sheet: watched.sheetName, table: watched.tableName };
    try {
      const { fresh, added } = await run(async (context) => {
        const found = await readWatched(context, names);
        const registrations = registerObject(found.worksheet, found.table);
        await context.sync();
        return { fresh: found.watched, added: registrations };
      });
      if (stopped) {
        await removeAll(added);
        return;
      }
      watched = fresh;
      objectRegistrations = added;
      lost = false;
      lastRow = undefined;
      changes.trigger();
    } catch {
      // Not there (yet): the next addition or change looks again.
    } finally {
      reattaching = false;
    }
  };

  /** Removes handlers, each in a run on the context it was added in (as Office.js requires). */
  const removeAll = async (registrations: Registration[]) => {
    const byContext = new Map<OfficeExtension.ClientRequestContext, Registration[]>();
    for (const registration of registrations)
      byContext.set(registration.context, [...(byContext.get(registration.context) ?? []), registration]);
    for (const [addedIn, group] of byContext) {
      try {
        // Each context needs its own run.
        await runOn(addedIn, async (context) => {
          for (const registration of group) registration.remove();
          // One sync per context (the loop is over contexts, not over requests of one context).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        });
      } catch {
        // The object is gone, and its handlers with it.
      }
    }
  };

  const deleted = async (args: { worksheetId?: string; tableId?: string }) => {
    if (stopped || lost || !watched) return;
    const sheetGone = args.tableId === undefined && args.worksheetId === watched.worksheetId;
    const tableGone = args.tableId !== undefined && args.tableId === watched.tableId;
    if (!sheetGone && !tableGone) return;
    lost = true;
    const stale = objectRegistrations;
    objectRegistrations = [];
    void removeAll(stale);
    changes.trigger();
  };
  const maybeBack = async () => {
    if (lost) await reattach();
  };

  const registrations = await run(async (context) => {
    const found = await readWatched(context, keysOf(undefined));
    watched = found.watched;
    const objectAdded = registerObject(found.worksheet, found.table);
    const collectionAdded: Registration[] = [];
    const { worksheets, tables } = context.workbook;
    collectionAdded.push(worksheets.onDeleted.add(deleted), worksheets.onAdded.add(maybeBack));
    if (tableEvents)
      collectionAdded.push(
        tables.onDeleted.add(deleted),
        tables.onAdded.add(maybeBack),
        worksheets.onChanged.add(maybeBack),
      );
    await context.sync();
    return { objectAdded, collectionAdded };
  });
  objectRegistrations = registrations.objectAdded;
  collectionRegistrations = registrations.collectionAdded;

  return async () => {
    if (stopped) return;
    stopped = true;
    changes.cancel();
    await removeAll([...objectRegistrations, ...collectionRegistrations]);
    objectRegistrations = [];
    collectionRegistrations = [];
  };
}
