import type { Workbook } from "exceljs";
import { cellText } from "../core/cells/cellText";
import { excelCellToCellValue } from "./excelCellToCellValue";

import { SETTINGS_SHEET_NAME } from "../core/sheet/workbookSource";

export { SETTINGS_SHEET_NAME };

const HEADER = ["key", "value"] as const;

/** True for the settings sheet's name (Excel compares sheet names without case). */
export function isSettingsSheetName(name: string): boolean {
  return name.toLowerCase() === SETTINGS_SHEET_NAME;
}

/** The settings saved in a workbook; empty when it has no settings sheet. */
export function readFileSettings(workbook: Workbook): Map<string, string> {
  const settings = new Map<string, string>();
  const sheet = workbook.worksheets.find((worksheet) => isSettingsSheetName(worksheet.name));
  if (!sheet) return settings;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const key = cellText(excelCellToCellValue(row.getCell(1).value));
    const value = cellText(excelCellToCellValue(row.getCell(2).value));
    if (rowNumber === 1 && key === HEADER[0] && value === HEADER[1]) return;
    if (key !== "") settings.set(key, value);
  });
  return settings;
}

/** Takes the settings sheet out of the workbook (the settings are kept in memory while the file is open). */
export function removeFileSettings(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets)
    if (isSettingsSheetName(worksheet.name)) workbook.removeWorksheet(worksheet.id);
}

/** Writes the settings into a very hidden settings sheet, last in the workbook (replacing one that is there). */
export function writeFileSettings(workbook: Workbook, settings: ReadonlyMap<string, string>): void {
  removeFileSettings(workbook);
  if (settings.size === 0) return;
  const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
  sheet.addRow([...HEADER]);
  for (const [key, value] of settings) {
    const row = sheet.addRow([key, value]);
    row.getCell(1).numFmt = "@";
    row.getCell(2).numFmt = "@";
  }
}
