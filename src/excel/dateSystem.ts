import type { CellValue } from "../core/cells/cell";
import { supportsExcelApi } from "./excelApiSupport";

/** Days from 1900-system serial 0 to 1904-system serial 0: a 1904 serial + 1462 is the 1900 serial. */
export const DAYS_1904_TO_1900 = 1462;

/**
 * True when the workbook counts dates from 1904 (`Workbook.use1904DateSystem`, ExcelApi 1.16; older
 * Mac workbooks). False where the host cannot tell, which is also what such hosts assume.
 */
export async function uses1904DateSystem(context: Excel.RequestContext): Promise<boolean> {
  if (!supportsExcelApi("1.16")) return false;
  try {
    const workbook = context.workbook;
    workbook.load("use1904DateSystem");
    await context.sync();
    return (workbook as unknown as { use1904DateSystem?: unknown }).use1904DateSystem === true;
  } catch {
    return false;
  }
}

/**
 * True for a number format that shows a date: day, month or year codes outside quoted text,
 * escapes and [bracketed] sections ("yyyy-mm-dd", "d/m/yy", `yyyy"年"m"月"d"日"`, "[$-804]mmmm");
 * "h:mm" (minutes) alone is a time, not a date.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General") return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  if (/[dy]/i.test(codes)) return true;
  return /m/i.test(codes) && !/[hs]/i.test(codes);
}

/**
 * Turns 1904-system date serials into the 1900 system the core reads: every number in a cell whose
 * number format is a date format gets {@link DAYS_1904_TO_1900} added. Returns the cells shifted.
 */
export function shift1904Dates(values: CellValue[][], numberFormats: readonly (readonly unknown[])[]): number {
  let shifted = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const formats = numberFormats[r];
    if (!formats) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number" && isDateFormat(formats[c])) {
        row[c] = value + DAYS_1904_TO_1900;
        shifted++;
      }
    }
  }
  return shifted;
}
