import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import { layoutSheetSpec } from "../core/sheet/sheetSpecLayout";
import { SETTING_CREATED_SHEETS } from "../core/sheet/workbookSource";
import { chooseTargetSheet } from "./chooseTargetSheet";
import { recordCreatedSheet, serializeCreatedSheets } from "./createdSheets";
import { resolveSpecFormulas } from "../core/sheet/formulaAddress";
import { specMatrix } from "./excelCellInput";
import { DEFAULT_CELL_BUDGET } from "./readRangeInChunks";
import { freeSheetName } from "./sheetNames";
import { freeTableName } from "./tableNames";
import { loadWorkbookSnapshot } from "./workbookSnapshot";
import { queueSettingWrite } from "./workbookSettings";
import { queueSheetLayout, type QueuedTable } from "./queueSheetLayout";
import { writeSheetCells } from "./writeSheetCells";

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

/**
 * Writes a sheet the add-in owns. A sheet of that name the add-in created earlier is replaced (the
 * new one takes its place in the tab order); a sheet it did not create is never touched: the spec
 * goes to "Name (2)", "Name (3)"… instead. The new sheet is filled under a temporary name first,
 * so a failure leaves the old sheet as it was. Excel errors are thrown.
 */
export async function writeSheetSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  cellBudget: number = DEFAULT_CELL_BUDGET,
): Promise<WriteSheetResult> {
  const snapshot = await loadWorkbookSnapshot(context);
  const target = chooseTargetSheet(spec.name, snapshot.sheets, snapshot.createdSheets);
  const replaced = target.replaces;
  const allNames = snapshot.sheets.map((sheet) => sheet.name);

  const sheet = context.workbook.worksheets.add(replaced ? freeSheetName(`${target.name} ~`, allNames) : target.name);
  sheet.load("id");
  await context.sync();
  const sheetId = sheet.id;

  const layout = layoutSheetSpec(spec);
  // Formulas naming this spec's sheet name it as written ("Name (2)" when the name was the user's).
  const matrix = specMatrix(resolveSpecFormulas(spec, { [spec.name]: target.name }), layout);
  const written = { id: sheetId, name: target.name };
  let tables: QueuedTable[] = [];
  try {
    await writeSheetCells(context, sheet, matrix, cellBudget);
    tables = queueSheetLayout(sheet, layout);
    // Claim the new sheet before anything is deleted, so that it stays ours whatever happens next.
    const claimed = recordCreatedSheet(snapshot.createdSheets, written, [...snapshot.sheets, written]);
    queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(claimed));
    await context.sync();
  } catch (error) {
    await deleteSheetQuietly(context, sheetId);
    throw error;
  }

  // The old sheet goes only now, with its tables, so that the new tables can take the old names.
  if (replaced) {
    context.workbook.worksheets.getItem(replaced.id).delete();
    sheet.name = target.name;
    sheet.position = replaced.position;
  }
  const takenNames = [
    ...snapshot.tables.filter((t) => t.sheetId !== replaced?.id).map((t) => t.name),
    ...snapshot.definedNames,
  ];
  for (const { table, wantedName } of tables) {
    const name = freeTableName(wantedName, takenNames);
    table.name = name;
    takenNames.push(name);
  }
  if (spec.activate || (replaced && replaced.id === snapshot.activeSheetId)) sheet.activate();
  const remaining = [...snapshot.sheets.filter((s) => s.id !== replaced?.id), written];
  const created = recordCreatedSheet(snapshot.createdSheets, written, remaining, replaced?.id);
  queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(created));
  await context.sync();
  return { sheetName: target.name, replaced: replaced !== undefined };
}
