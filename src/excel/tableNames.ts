/** Excel's longest table name. */
const MAX_TABLE_NAME_LENGTH = 255;

/** Names Excel would read as a cell reference ("A1", "XFD1048576", "R1C1", "R", "C"). */
function looksLikeCellReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^r\d*c?\d*$/i.test(name) || /^c\d*$/i.test(name);
}

/**
 * A table name Excel accepts: letters, digits, "_" and "." only (spaces and the rest become "_"),
 * starting with a letter or "_", not a cell reference, at most 255 characters.
 */
export function sanitizeTableName(name: string): string {
  let clean = name.trim().replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (clean === "") clean = "Table";
  if (!/^[\p{L}_]/u.test(clean) || looksLikeCellReference(clean)) clean = `_${clean}`;
  return Array.from(clean).slice(0, MAX_TABLE_NAME_LENGTH).join("");
}

/**
 * The first of "Name", "Name_2", "Name_3"… that is neither a table's nor a defined name's name
 * (Excel wants them unique across the workbook, ignoring case).
 */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const base = sanitizeTableName(wanted);
  const used = new Set(taken.map((name) => name.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const candidate =
      n === 1
        ? base
        : `${Array.from(base)
            .slice(0, MAX_TABLE_NAME_LENGTH - String(n).length - 1)
            .join("")}_${n}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
