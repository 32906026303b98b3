import type { SheetSpec, WriteSheetResult } from "../core/sheet/sheetSpec";
import { SETTING_CREATED_SHEETS } from "../core/sheet/workbookSource";
import { chooseTargetSheet } from "./chooseTargetSheet";
import { columnWidthInPoints } from "./columnWidth";
import { recordCreatedSheet, serializeCreatedSheets } from "./createdSheets";
import { supportsExcelApi } from "./excelApiSupport";
import { specMatrix } from "./excelCellInput";
import { columnsAddress, rangeAddress } from "./rangeArea";
import { DEFAULT_CELL_BUDGET } from "./readRangeInChunks";
import { freeSheetName } from "./sheetNames";
import { freeTableName } from "./tableNames";
import { loadWorkbookSnapshot } from "./workbookSnapshot";
import { queueSettingWrite } from "./workbookSettings";
import { writeSheetCells } from "./writeSheetCells";

/** Office.js applies a single (non-array) value to every cell of a range ("Update all cells in a range"). */
function setNumberFormatOfAllCells(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
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

/** Number formats, column widths, the table and the frozen header of a freshly written sheet. */
function queueSheetLayout(sheet: Excel.Worksheet, spec: SheetSpec, rowCount: number): Excel.Table | undefined {
  const width = spec.columns.length;
  spec.columns.forEach((column, c) => {
    if (column.numberFormat && rowCount > 1) {
      setNumberFormatOfAllCells(
        sheet.getRange(rangeAddress({ rowIndex: 1, columnIndex: c, rowCount: rowCount - 1, columnCount: 1 })),
        column.numberFormat,
      );
    }
    if (column.width !== undefined && column.width > 0)
      sheet.getRange(columnsAddress(c)).format.columnWidth = columnWidthInPoints(column.width);
  });
  if (spec.freezeHeader && supportsExcelApi("1.7")) sheet.freezePanes.freezeRows(1);
  if (!spec.table || width === 0) return undefined;
  const table = sheet.tables.add(
    sheet.getRange(rangeAddress({ rowIndex: 0, columnIndex: 0, rowCount, columnCount: width })),
    true,
  );
  if (spec.table.style) table.style = spec.table.style;
  return table;
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

  const matrix = specMatrix(spec);
  const written = { id: sheetId, name: target.name };
  let table: Excel.Table | undefined;
  try {
    await writeSheetCells(context, sheet, matrix, cellBudget);
    table = queueSheetLayout(sheet, spec, matrix.rows.length);
    // Claim the new sheet before anything is deleted, so that it stays ours whatever happens next.
    const claimed = recordCreatedSheet(snapshot.createdSheets, written, [...snapshot.sheets, written]);
    queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(claimed));
    await context.sync();
  } catch (error) {
    await deleteSheetQuietly(context, sheetId);
    throw error;
  }

  // The old sheet goes only now, with its table, so that the new table can take the old name.
  if (replaced) {
    context.workbook.worksheets.getItem(replaced.id).delete();
    sheet.name = target.name;
    sheet.position = replaced.position;
  }
  if (table && spec.table) {
    const takenNames = snapshot.tables.filter((t) => t.sheetId !== replaced?.id).map((t) => t.name);
    table.name = freeTableName(spec.table.name, [...takenNames, ...snapshot.definedNames]);
  }
  if (spec.activate || (replaced && replaced.id === snapshot.activeSheetId)) sheet.activate();
  const remaining = [...snapshot.sheets.filter((s) => s.id !== replaced?.id), written];
  const created = recordCreatedSheet(snapshot.createdSheets, written, remaining, replaced?.id);
  queueSettingWrite(context, SETTING_CREATED_SHEETS, serializeCreatedSheets(created));
  await context.sync();
  return { sheetName: target.name, replaced: replaced !== undefined };
}
