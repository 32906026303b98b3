import { SETTINGS_SHEET_NAME } from "../core/sheet/workbookSource";

/**
 * The add-in's values saved in the workbook (`Workbook.settings`, ExcelApi 1.4): they travel with
 * the file, so everyone who opens it sees the same column mapping. Values are strings (JSON).
 */

/** Queues the read of a setting; after `context.sync()`, pass the result to {@link settingText}. */
export function queueSettingRead(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  return setting;
}

/** The setting's value as text (JSON for non-text values), or undefined when it does not exist. */
export function settingText(setting: Excel.Setting): string | undefined {
  if (setting.isNullObject) return undefined;
  const value: unknown = setting.value;
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Queues saving a setting (added, or replaced when it exists). */
export function queueSettingWrite(context: Excel.RequestContext, key: string, value: string): void {
  context.workbook.settings.add(key, value);
}

/**
 * A setting from `Workbook.settings`, else from the settings sheet a file saved outside Excel carries
 * ({@link SETTINGS_SHEET_NAME}: key in column A, value in B), else undefined.
 */
export async function readWorkbookSetting(context: Excel.RequestContext, key: string): Promise<string | undefined> {
  const setting = queueSettingRead(context, key);
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  const saved = settingText(setting);
  if (saved !== undefined || sheet.isNullObject) return saved;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return undefined;
  const row = (used.values as unknown[][]).find((cells) => String(cells[0] ?? "") === key);
  return row === undefined || row[1] === undefined || row[1] === "" ? undefined : String(row[1]);
}

export async function writeWorkbookSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  queueSettingWrite(context, key, value);
  await context.sync();
}
