import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import { layoutSheetSpec } from "../core/sheet/sheetSpecLayout";
import { SETTING_CREATED_SHEETS } from "../core/sheet/workbookSource";
import { chooseTargetSheet } from "./chooseTargetSheet";
import { resolveSpecFormulas } from "../core/sheet/formulaAddress";
import {
  hashCells,
  newSheetGuid,
  OWNER_NAME,
  recordCreatedSheet,
  serializeCreatedSheets,
  type CreatedSheet,
  type TableRecord,
  type WorksheetRef,
} from "./createdSheets";
import { supportsExcelApi } from "./excelApiSupport";
import { specMatrix } from "./excelCellInput";
import { areaOf } from "./findPositionsRange";
import { emptySheetKeepingTables, queueTableAreas } from "./keepReportTables";
import type { ExistingTable } from "./reportTablePlan";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./payloadSize";
import { queueSheetLayout, type QueuedTable } from "./queueSheetLayout";
import { DEFAULT_CELL_BUDGET, readRangeCells } from "./readRangeInChunks";
import { freeSheetName, numberedSheetName, sameSheetName, sanitizeSheetName } from "./sheetNames";
import { freeTableName } from "./tableNames";
import { loadWorkbookSnapshot, type WorkbookSnapshot, type WorksheetInfo } from "./workbookSnapshot";
import { queueSettingWrite } from "./workbookSettings";
import { writeSheetCells } from "./writeSheetCells";

export interface WriteBudgets {
  cellBudget?: number;
  byteBudget?: number;
}

async function deleteSheetQuietly(context: Excel.RequestContext, sheetId: string): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    sheet.load("id");
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  } catch {
    // The original error is the one worth reporting.
  }
}

/** The hash of a sheet's used cells (values and where they start), as {@link hashCells} makes it. */
export async function sheetCellsHash(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  budgets: WriteBudgets = {},
): Promise<string> {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return hashCells([]);
  const area = areaOf(used);
  const { values } = await readRangeCells(context, worksheet, area, budgets);
  return hashCells([[area.rowIndex, area.columnIndex], ...values]);
}

/**
 * The add-in's data sheets (the sample) the user has changed since they were written: their cells no
 * longer hash as recorded, or nothing was recorded. A sheet an older version recorded (no role) counts
 * as a report when a report is written over it, and as possibly edited when data is.
 */
async function editedDataSheets(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  spec: SheetSpec,
  budgets: WriteBudgets,
): Promise<Set<string>> {
  const role = spec.role ?? "report";
  // Only the sheets the spec may go to: "Name", "Name (2)"… (or an interrupted write of one of them).
  const base = sanitizeSheetName(spec.name);
  const candidates = new Set<string>();
  for (let n = 1; n <= snapshot.sheets.length + 1; n++) candidates.add(numberedSheetName(base, n).toLocaleLowerCase());
  const isCandidate = (name: string) => candidates.has(name.toLocaleLowerCase());
  const edited = new Set<string>();
  for (const { sheet, entry } of snapshot.owned.values()) {
    // A scenario is never rewritten (below): no need to read it.
    if ((entry.role ?? role) === "report" || entry.role === "scenario") continue;
    if (!isCandidate(sheet.name) && !(entry.pending && isCandidate(entry.name))) continue;
    if (entry.hash === undefined) {
      edited.add(sheet.id);
      continue;
    }
    const worksheet = context.workbook.worksheets.getItem(sheet.id);
    // Few sheets (the sample's), read one after the other.
    if ((await sheetCellsHash(context, worksheet, budgets)) !== entry.hash) edited.add(sheet.id);
  }
  return edited;
}

/**
 * Writes a sheet the add-in owns, so that neither a failure nor a pane closed midway leaves a
 * truncated sheet under the final name:
 *
 * 1. In one request: a new sheet is added under a temporary name ("Name ~"), tagged with the
 *    add-in's worksheet-scoped name and GUID, and recorded in the settings (claimed before anything
 *    is written into it). A sheet the add-in wrote earlier is instead renamed to the temporary name
 *    and claimed — rewritten in place, so that formulas pointing at it (which follow a rename) keep
 *    working; then, in a request of its own, emptied but for the tables the spec still has, which stay
 *    the same Excel tables, moved and sized to the new layout (src/excel/reportTablePlan), so that
 *    references to them keep working too; a user's sheet is never touched: the spec goes to "Name (2)",
 *    "Name (3)"…
 * 2. The cells and the layout are written, in requests within Excel's size limits.
 * 3. In one request: the sheet takes its final name, its new tables their names (a kept table keeps
 *    its own), and the settings the finished entry (with a hash of the cells, for data sheets, and the
 *    tables' names and ids).
 *
 * A data sheet (the sample) the user has changed is not rewritten: the spec goes to the next free
 * name. A new sheet that fails midway is deleted; an interrupted rewrite is resumed by the next
 * write. Excel errors are thrown.
 */
export async function writeSheetSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  budgets: WriteBudgets = {},
  /** Draws on the sheet after its cells, before it takes its final name (the chart's shapes: src/excel/chartShapes). */
  draw?: (sheet: Excel.Worksheet) => Promise<void>,
): Promise<WriteSheetResult> {
  const cellBudget = budgets.cellBudget ?? DEFAULT_CELL_BUDGET;
  const byteBudget = budgets.byteBudget ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  const role = spec.role ?? "report";
  const snapshot = await loadWorkbookSnapshot(context);
  const edited = await editedDataSheets(context, snapshot, spec, { cellBudget, byteBudget });
  // A scenario is the user's plan: never rewritten by another write (only an interrupted creation is finished).
  const target = chooseTargetSheet(
    spec.name,
    snapshot.sheets,
    snapshot.owned,
    (sheet, entry) =>
      !edited.has(sheet.id) && (entry.role !== "scenario" || (entry.pending === true && role === "scenario")),
  );
  const rewritten: WorksheetInfo | undefined = target.rewrites?.sheet;
  const guid = (rewritten?.tag ?? target.rewrites?.entry.guid) || newSheetGuid();
  const entry = (fields: Partial<CreatedSheet>): CreatedSheet => ({
    guid,
    name: target.name,
    role,
    ...(spec.scenario ? { scenario: spec.scenario } : {}),
    ...fields,
  });
  const sheetsWith = (written: WorksheetRef): WorksheetRef[] => [
    ...snapshot.sheets.filter((sheet) => sheet.id !== written.id),
    written,
  ];

  const layout = layoutSheetSpec(spec);
  const worksheets = context.workbook.worksheets;
  const allNames = snapshot.sheets.map((sheet) => sheet.name);
  const resuming = rewritten !== undefined && !sameSheetName(rewritten.name, target.name);
  const tempName = resuming ? rewritten.name : freeSheetName(`${target.name} ~`, allNames);
  const records = target.rewrites?.entry.tables ?? [];
  let sheet: Excel.Worksheet;
  let oldTables: ReturnType<typeof queueTableAreas> | undefined;
  if (rewritten) {
    sheet = worksheets.getItem(rewritten.id);
    if (!resuming) sheet.name = tempName;
    if (supportsExcelApi("1.7")) sheet.freezePanes.unfreeze();
    oldTables = queueTableAreas(
      context,
      snapshot.tables
        .filter((table) => table.sheetId === rewritten.id)
        .map(({ id, name, showTotals }) => ({ id, name, showTotals })),
    );
    if (rewritten.tag === undefined) sheet.names.add(OWNER_NAME, `="${guid}"`);
    // The last write's tables stay recorded until this one ends: an interrupted rewrite still finds them.
    const claim = entry({ id: rewritten.id, pending: true, ...(records.length > 0 ? { tables: records } : {}) });
    const sheets = sheetsWith({ id: rewritten.id, name: tempName, tag: guid });
    queueSettingWrite(
      context,
      SETTING_CREATED_SHEETS,
      serializeCreatedSheets(recordCreatedSheet(snapshot.createdSheets, sheets, claim)),
    );
  } else {
    sheet = worksheets.add(tempName);
    sheet.names.add(OWNER_NAME, `="${guid}"`);
    const claim = entry({ pending: true });
    queueSettingWrite(
      context,
      SETTING_CREATED_SHEETS,
      serializeCreatedSheets(recordCreatedSheet(snapshot.createdSheets, snapshot.sheets, claim)),
    );
  }
  sheet.load("id");
  await context.sync();
  const sheetId = sheet.id;
  // A rewrite keeps the tables the spec still has (the same Excel tables: references to them keep working).
  const kept = oldTables
    ? await emptySheetKeepingTables(context, sheet, oldTables(), layout, records)
    : new Map<string, ExistingTable>();
  const keptTables = new Map([...kept].map(([wanted, { id }]) => [wanted, context.workbook.tables.getItem(id)]));

  // Formulas naming this spec's sheet name it as written ("Name (2)" when the name was the user's).
  const matrix = specMatrix(resolveSpecFormulas(spec, { [spec.name]: target.name }), layout);
  let tables: QueuedTable[] = [];
  let hash: string | undefined;
  try {
    await writeSheetCells(context, sheet, matrix, cellBudget, byteBudget);
    tables = queueSheetLayout(sheet, layout, keptTables);
    for (const { table } of tables) table.load("id");
    await context.sync();
    if (draw) await draw(sheet);
    if (role === "data") hash = await sheetCellsHash(context, sheet, { cellBudget, byteBudget });
  } catch (error) {
    // A new sheet goes; a rewritten one stays under its temporary name, for the next write to finish.
    if (!rewritten) await deleteSheetQuietly(context, sheetId);
    throw error;
  }

  sheet.name = target.name;
  const takenNames = [
    ...snapshot.tables.filter((table) => table.sheetId !== sheetId).map((table) => table.name),
    ...[...kept.values()].map((table) => table.name),
    ...snapshot.definedNames,
  ];
  const written: TableRecord[] = [];
  for (const { table, wantedName } of tables) {
    // A kept table keeps its name (the spec's, "Name_2", or one the user gave it): references to it name it.
    const name = kept.get(wantedName)?.name ?? freeTableName(wantedName, takenNames);
    if (!kept.has(wantedName)) {
      table.name = name;
      takenNames.push(name);
    }
    written.push({ spec: wantedName, name, id: table.id });
  }
  if (spec.activate) sheet.activate();
  const done = entry({ id: sheetId, ...(hash ? { hash } : {}), ...(written.length > 0 ? { tables: written } : {}) });
  const created = recordCreatedSheet(
    snapshot.createdSheets,
    sheetsWith({ id: sheetId, name: target.name, tag: guid }),
    done,
  );
  queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(created));
  await context.sync();
  return { sheetName: target.name, replaced: rewritten !== undefined };
}
