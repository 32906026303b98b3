import type { SourceProblem } from "../core/sheet/workbookSource";

/** An Excel API error as one line: "ItemNotFound: The requested resource doesn't exist." */
export function describeExcelError(error: unknown): string {
  if (error instanceof Error || (typeof error === "object" && error !== null)) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : "";
    if (typeof code === "string" && code !== "" && !text.startsWith(code)) return text ? `${code}: ${text}` : code;
    if (text) return text;
  }
  return String(error);
}

/**
 * Excel error codes that mean "not now": the user is editing a cell (a batch run without
 * `delayForCellEdit`, or on a host that cannot delay it), or Excel is momentarily busy.
 */
export const TRANSIENT_EXCEL_ERROR_CODES: readonly string[] = ["InvalidOperationInCellEditMode"];

/** True when the same request a moment later will most likely work. */
export function isTransientExcelError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && TRANSIENT_EXCEL_ERROR_CODES.includes(code);
}

/** The problem for a failed Excel request: `EXCEL_BUSY` when it is worth retrying, else `EXCEL_API_ERROR`. */
export function excelApiProblem(error: unknown, subject?: string): SourceProblem {
  const code = isTransientExcelError(error) ? "EXCEL_BUSY" : "EXCEL_API_ERROR";
  return subject === undefined
    ? { code, detail: describeExcelError(error) }
    : { code, subject, detail: describeExcelError(error) };
}

/** The problem for a sheet name that is not in the workbook. */
export function sheetNotFoundProblem(sheetName: string): SourceProblem {
  return { code: "SHEET_NOT_FOUND", subject: sheetName };
}
