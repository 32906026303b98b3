import { SETTING_CREATED_SHEETS } from "../core/sheet/workbookSource";
import { parseCreatedSheets, type CreatedSheet, type WorksheetRef } from "./createdSheets";
import { queueSettingRead, settingText } from "./workbookSettings";

export interface WorksheetInfo extends WorksheetRef {
  /** Zero-based place in the workbook's tab order. */
  position: number;
}

/** What the add-in needs to know before writing a sheet. */
export interface WorkbookSnapshot {
  sheets: WorksheetInfo[];
  activeSheetId: string;
  createdSheets: CreatedSheet[];
  /** Every table, with the id of its worksheet. */
  tables: { name: string; sheetId: string }[];
  /** Defined names (a table may not take one). */
  definedNames: string[];
}

/** Loads the workbook's sheets, tables, names and the add-in's list of created sheets in one request. */
export async function loadWorkbookSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/position");
  const active = worksheets.getActiveWorksheet();
  active.load("id");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/id");
  const names = workbook.names;
  names.load("items/name");
  const created = queueSettingRead(context, SETTING_CREATED_SHEETS);
  await context.sync();
  return {
    sheets: worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name, position: sheet.position })),
    activeSheetId: active.id,
    createdSheets: parseCreatedSheets(settingText(created)),
    tables: tables.items.map((table) => ({ name: table.name, sheetId: table.worksheet.id })),
    definedNames: names.items.map((item) => item.name),
  };
}
