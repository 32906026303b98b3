import type { CreatedSheet } from "./createdSheets";
import { numberedSheetName, sameSheetName, sanitizeSheetName } from "./sheetNames";
import type { WorksheetInfo } from "./workbookSnapshot";

/** Where a sheet spec goes: a new sheet, or over a sheet the add-in wrote earlier (rewritten in place). */
export interface TargetSheet {
  name: string;
  /** The add-in's own sheet to rewrite, with its entry. */
  rewrites?: { sheet: WorksheetInfo; entry: CreatedSheet };
}

/**
 * The first of "Name", "Name (2)", "Name (3)"… that is free, or the add-in's own sheet that it may
 * rewrite (`mayRewrite`: not a data sheet the user has edited). A sheet the add-in did not write is
 * never chosen. A name with no sheet whose write was interrupted (its sheet still under the
 * temporary name) is resumed on that sheet.
 */
export function chooseTargetSheet(
  wanted: string,
  sheets: readonly WorksheetInfo[],
  owned: ReadonlyMap<string, { sheet: WorksheetInfo; entry: CreatedSheet }>,
  mayRewrite: (sheet: WorksheetInfo, entry: CreatedSheet) => boolean = () => true,
): TargetSheet {
  const base = sanitizeSheetName(wanted);
  for (let n = 1; ; n++) {
    const name = numberedSheetName(base, n);
    const existing = sheets.find((sheet) => sameSheetName(sheet.name, name));
    if (!existing) {
      const interrupted = [...owned.values()].find(
        ({ entry }) => entry.pending === true && sameSheetName(entry.name, name),
      );
      return interrupted && mayRewrite(interrupted.sheet, interrupted.entry)
        ? { name, rewrites: interrupted }
        : { name };
    }
    const mine = owned.get(existing.id);
    if (mine && mayRewrite(mine.sheet, mine.entry)) return { name, rewrites: mine };
  }
}
