import { SETTING_CREATED_SHEETS, SETTINGS_SHEET_NAME } from "../core/sheet/workbookSource";
import { OWNER_NAME, ownedSheets, parseCreatedSheets, type CreatedSheet, type WorksheetRef } from "./createdSheets";
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
  /** The add-in's sheets by worksheet id, with the entry that makes each one the add-in's. */
  owned: Map<string, { sheet: WorksheetInfo; entry: CreatedSheet }>;
  /** Every table, with the id of its worksheet. */
  tables: { id: string; name: string; sheetId: string; showTotals: boolean }[];
  /** Defined names (a table may not take one). */
  definedNames: string[];
}

/** Queues reading each sheet's ownership tag (worksheet-scoped names: ExcelApi 1.4, which the manifest requires). */
export function queueSheetTags(worksheets: Excel.Worksheet[]): Excel.NamedItem[] {
  return worksheets.map((sheet) => {
    const name = sheet.names.getItemOrNullObject(OWNER_NAME);
    name.load("value");
    return name;
  });
}

/** A sheet's tag from its loaded name (after the sync), or undefined. */
export function tagOf(name: Excel.NamedItem): string | undefined {
  if (name.isNullObject) return undefined;
  const value: unknown = name.value;
  return typeof value === "string" && value !== "" ? value.replace(/^"|"$/g, "") : undefined;
}

/**
 * The add-in's list of created sheets: `Workbook.settings`', and the entries (with a GUID) that a file saved outside
 * Excel carries in its settings sheet (the browser's and the command line's scenarios), which Excel's settings
 * do not know yet.
 */
function mergeCreatedSheets(inExcel: CreatedSheet[], inFile: CreatedSheet[]): CreatedSheet[] {
  const known = new Set(inExcel.map((entry) => entry.guid).filter((guid) => guid !== undefined));
  return [...inExcel, ...inFile.filter((entry) => entry.guid !== undefined && !known.has(entry.guid))];
}

/** The workbook's sheets with their tags, and the add-in's list of created sheets, in two requests. */
export async function loadOwnedSheets(
  context: Excel.RequestContext,
): Promise<{ sheets: WorksheetInfo[]; createdSheets: CreatedSheet[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/position");
  const created = queueSettingRead(context, SETTING_CREATED_SHEETS);
  const settingsSheet = worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  const tags = queueSheetTags(worksheets.items);
  let fileSettings: Excel.Range | undefined;
  if (!settingsSheet.isNullObject) {
    fileSettings = settingsSheet.getUsedRangeOrNullObject(true);
    fileSettings.load("values");
  }
  await context.sync();
  let fileRow: unknown[] | undefined;
  if (fileSettings !== undefined && !fileSettings.isNullObject)
    fileRow = (fileSettings.values as unknown[][]).find((cells) => String(cells[0] ?? "") === SETTING_CREATED_SHEETS);
  const fromFile = typeof fileRow?.[1] === "string" ? parseCreatedSheets(fileRow[1]) : [];
  const sheets = worksheets.items.map((sheet, i) => {
    const tag = tagOf(tags[i]);
    const info: WorksheetInfo = { id: sheet.id, name: sheet.name, position: sheet.position };
    return tag === undefined ? info : { ...info, tag };
  });
  return { sheets, createdSheets: mergeCreatedSheets(parseCreatedSheets(settingText(created)), fromFile) };
}

/** Loads the workbook's sheets (with their tags), tables, names and the add-in's list of created sheets. */
export async function loadWorkbookSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const active = workbook.worksheets.getActiveWorksheet();
  active.load("id");
  const tables = workbook.tables;
  tables.load("items/id,items/name,items/showTotals,items/worksheet/id");
  const names = workbook.names;
  names.load("items/name");
  await context.sync();
  const { sheets, createdSheets } = await loadOwnedSheets(context);
  return {
    sheets,
    activeSheetId: active.id,
    createdSheets,
    owned: ownedSheets(createdSheets, sheets),
    tables: tables.items.map((table) => ({
      id: table.id,
      name: table.name,
      sheetId: table.worksheet.id,
      showTotals: table.showTotals,
    })),
    definedNames: names.items.map((item) => item.name),
  };
}
