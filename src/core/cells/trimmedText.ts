import type { CellValue } from "./cell";
import { cellText } from "./cellText";

function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** True unless the text surely has no white space at either end (checked without allocating). */
function needsTrim(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || isUnicodeSpace(first) || isUnicodeSpace(last);
}

/**
 * The cell at column `c` as trimmed text ("" for a missing column, `c < 0`, or an empty cell). The
 * common cases take no detours and allocate nothing: this runs for every cell of 100,000 rows.
 */
export function trimmedText(cells: readonly CellValue[], c: number): string {
  if (c < 0) return "";
  const value = cells[c];
  if (typeof value === "string") return needsTrim(value) ? value.trim() : value;
  if (value === null || value === undefined) return "";
  return cellText(value).trim();
}
