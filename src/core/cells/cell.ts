/**
 * One cell as an adapter hands it to the core.
 *
 * - Excel (Office.js `range.values`) gives strings, numbers and booleans; dates are serial numbers.
 * - Files (.xlsx through exceljs) may also give `Date` objects and formula errors as {@link CellError}.
 * - CSV gives strings only.
 * An empty cell is `null` or `""`.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A formula error read from a workbook, e.g. `{ error: "#N/A" }`. */
export interface CellError {
  error: string;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof value.error === "string";
}

/** True for null, undefined, and strings that are only white space. */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string")
    return value.length === 0 || (value.charCodeAt(0) <= 32 && value.trim() === "") || isAllSpace(value);
  return false;
}

/** True when every cell of a row is blank. */
export function isBlankRow(row: readonly (CellValue | undefined)[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** White space Excel users leave in "empty" cells, beyond ASCII: no-break and ideographic spaces. */
function isAllSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0xa0 || first === 0x3000 || first === 0xfeff) && text.trim() === "";
}
