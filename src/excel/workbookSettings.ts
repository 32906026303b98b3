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

export async function readWorkbookSetting(context: Excel.RequestContext, key: string): Promise<string | undefined> {
  const setting = queueSettingRead(context, key);
  await context.sync();
  return settingText(setting);
}

export async function writeWorkbookSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  queueSettingWrite(context, key, value);
  await context.sync();
}
