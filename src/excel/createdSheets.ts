/**
 * The sheets the add-in created, kept in the workbook setting `orgwright.createdSheets` as a JSON
 * array. Entries carry the worksheet's id, which survives renaming, so a user's sheet that later
 * takes the same name is never mistaken for one of ours. Plain names (an array of strings) are
 * read too and matched by name.
 */
export interface CreatedSheet {
  /** `Worksheet.id`. */
  id?: string;
  /** The name the sheet had when the add-in last wrote it (for people reading the setting). */
  name: string;
}

/** A worksheet as the add-in sees it when deciding what it may replace. */
export interface WorksheetRef {
  id: string;
  name: string;
}

export function parseCreatedSheets(json: string | undefined): CreatedSheet[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const sheets: CreatedSheet[] = [];
  for (const entry of parsed) {
    if (typeof entry === "string" && entry !== "") sheets.push({ name: entry });
    else if (typeof entry === "object" && entry !== null && typeof (entry as CreatedSheet).name === "string") {
      const { id, name } = entry as CreatedSheet;
      sheets.push(typeof id === "string" && id !== "" ? { id, name } : { name });
    }
  }
  return sheets;
}

export function serializeCreatedSheets(sheets: readonly CreatedSheet[]): string {
  return JSON.stringify(sheets.map((sheet) => (sheet.id ? { id: sheet.id, name: sheet.name } : { name: sheet.name })));
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** True when the add-in created this worksheet: by id, or by name for entries that have no id. */
export function isCreatedSheet(created: readonly CreatedSheet[], sheet: WorksheetRef): boolean {
  return created.some((entry) => (entry.id ? entry.id === sheet.id : sameName(entry.name, sheet.name)));
}

/**
 * The list after writing `written` (in place of `replacedId`, if any): entries for sheets that no
 * longer exist are dropped, and name-only entries that match an existing sheet get its id.
 */
export function recordCreatedSheet(
  created: readonly CreatedSheet[],
  written: WorksheetRef,
  existing: readonly WorksheetRef[],
  replacedId?: string,
): CreatedSheet[] {
  const kept: CreatedSheet[] = [];
  const seen = new Set<string>([written.id]);
  for (const entry of created) {
    const sheet = entry.id
      ? existing.find((candidate) => candidate.id === entry.id)
      : existing.find((candidate) => sameName(candidate.name, entry.name));
    if (!sheet || sheet.id === replacedId || seen.has(sheet.id)) continue;
    seen.add(sheet.id);
    kept.push({ id: sheet.id, name: sheet.name });
  }
  kept.push({ id: written.id, name: written.name });
  return kept;
}
