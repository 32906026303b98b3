import { isCreatedSheet, type CreatedSheet } from "./createdSheets";
import { numberedSheetName, sameSheetName, sanitizeSheetName } from "./sheetNames";
import type { WorksheetInfo } from "./workbookSnapshot";

/** Where a sheet spec goes: a new sheet, or in place of a sheet the add-in created earlier. */
export interface TargetSheet {
  name: string;
  /** The add-in's own sheet of that name, to be replaced. */
  replaces?: WorksheetInfo;
}

/**
 * The first of "Name", "Name (2)", "Name (3)"… that is either free or a sheet the add-in created.
 * A sheet the add-in did not create is never chosen.
 */
export function chooseTargetSheet(
  wanted: string,
  sheets: readonly WorksheetInfo[],
  created: readonly CreatedSheet[],
): TargetSheet {
  const base = sanitizeSheetName(wanted);
  for (let n = 1; ; n++) {
    const name = numberedSheetName(base, n);
    const existing = sheets.find((sheet) => sameSheetName(sheet.name, name));
    if (!existing) return { name };
    if (isCreatedSheet(created, existing)) return { name, replaces: existing };
  }
}
