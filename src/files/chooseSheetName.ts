/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

export interface SheetNameChoice {
  name: string;
  /** True when `name` is a sheet the add-in created earlier, to be replaced. */
  replaced: boolean;
}

/**
 * Where the add-in may write a sheet it wants to call `wanted`: that name if it is free or the add-in
 * created it, else "Name (2)", "Name (3)"… never a sheet the user made. Names compare without case,
 * as in Excel; characters Excel forbids become "_" and long names are shortened to fit 31 characters.
 */
export function chooseSheetName(
  wanted: string,
  existing: readonly string[],
  created: readonly string[],
): SheetNameChoice {
  const base = sanitizeSheetName(wanted);
  const existingKeys = new Set(existing.map((name) => name.toLowerCase()));
  const createdKeys = new Set(created.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    const key = name.toLowerCase();
    if (!existingKeys.has(key)) return { name, replaced: false };
    if (createdKeys.has(key)) return { name: existing.find((other) => other.toLowerCase() === key)!, replaced: true };
  }
}

/** A name Excel accepts: no : \ / ? * [ ], not starting or ending with an apostrophe, not blank. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trimEnd();
  if (cleaned === "") return "Sheet";
  // Excel keeps "History" for change tracking.
  return cleaned.toLowerCase() === "history" ? `${cleaned}_` : cleaned;
}
