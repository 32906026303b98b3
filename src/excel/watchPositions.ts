import { supportsExcelApi } from "./excelApiSupport";
import { defaultExcelRun, type ExcelRun } from "./excelRun";
import { defaultExcelRunOn, type ExcelRunOn } from "./excelRunOn";
import { parseSelectionAddress } from "./selectionAddress";
import { trailingDebounce } from "./trailingDebounce";

/** Where the positions were read from: an Excel table on a sheet, or the sheet's used range. */
export interface PositionsTarget {
  sheet: string;
  table?: string;
}

export interface PositionsWatchHandlers {
  /** The positions' cells changed (or their rows were sorted): read them again. Debounced. */
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
  rows: DataRows;
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** Reads the ids and data rows of the watched table or sheet (by id once known, so renames do not matter). */
async function readWatched(
  context: Excel.RequestContext,
  target: PositionsTarget,
  known?: Watched,
): Promise<{ watched: Watched; worksheet: Excel.Worksheet; table?: Excel.Table }> {
  const worksheet = context.workbook.worksheets.getItem(known?.worksheetId ?? target.sheet);
  worksheet.load("id");
  if (target.table !== undefined) {
    const table = context.workbook.tables.getItem(known?.tableId ?? target.table);
    table.load("id,showHeaders,showTotals");
    const range = table.getRange();
    range.load("rowIndex,rowCount");
    await context.sync();
    const top = range.rowIndex + 1;
    const bottom = range.rowIndex + range.rowCount;
    const rows: DataRows = {
      headerRow: table.showHeaders ? top : top - 1,
      ...(table.showTotals ? { totalsRow: bottom } : {}),
    };
    return { watched: { worksheetId: worksheet.id, tableId: table.id, rows }, worksheet, table };
  }
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  const rows: DataRows = used.isNullObject
    ? { headerRow: 1, lastRow: 1 }
    : { headerRow: used.rowIndex + 1, lastRow: used.rowIndex + used.rowCount };
  return { watched: { worksheetId: worksheet.id, rows }, worksheet };
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
  let watched: Watched | undefined;
  let stopped = false;
  let lastRow: number | undefined;

  const refreshRows = async () => {
    try {
      const known = watched;
      const fresh = await run(async (context) => (await readWatched(context, target, known)).watched);
      if (watched) watched.rows = fresh.rows;
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

  const registrations = await run(async (context) => {
    const { watched: found, worksheet, table } = await readWatched(context, target);
    watched = found;
    const added: Registration[] = [];
    if (table) {
      added.push(table.onChanged.add(changed), table.onSelectionChanged.add(selected));
    } else {
      added.push(worksheet.onChanged.add(changed), worksheet.onSelectionChanged.add(selected));
    }
    if (supportsExcelApi("1.10")) added.push(worksheet.onRowSorted.add(changed));
    await context.sync();
    return added;
  });

  return async () => {
    if (stopped) return;
    stopped = true;
    changes.cancel();
    const [first] = registrations;
    if (!first) return;
    await runOn(first.context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    });
  };
}
