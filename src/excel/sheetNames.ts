/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in sheet names. */
const FORBIDDEN_SHEET_NAME_CHARACTERS = /[[\]:*?/\\]/g;

function truncate(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : characters.slice(0, length).join("");
}

/**
 * A name Excel accepts: forbidden characters ([ ] : * ? / \) become "_", no apostrophe at either
 * end, at most 31 characters, never empty, never the reserved "History".
 */
export function sanitizeSheetName(name: string): string {
  let clean = name
    .replace(FORBIDDEN_SHEET_NAME_CHARACTERS, "_")
    .replace(/\p{Cc}/gu, " ")
    .trim();
  clean = clean.replace(/^'+/, "").replace(/'+$/, "").trim();
  clean = truncate(clean, MAX_SHEET_NAME_LENGTH).trim().replace(/'+$/, "");
  if (clean === "") return "Sheet";
  return clean.toLowerCase() === "history" ? "History_" : clean;
}

/** "Name" for 1, else "Name (n)", shortening Name so the whole stays within 31 characters. */
export function numberedSheetName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
}

/** True when two sheet names are the same to Excel (names are case-insensitive). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The first of "Name", "Name (2)", "Name (3)"… that no existing sheet uses. */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const base = sanitizeSheetName(wanted);
  for (let n = 1; ; n++) {
    const candidate = numberedSheetName(base, n);
    if (!existing.some((name) => sameSheetName(name, candidate))) return candidate;
  }
}
