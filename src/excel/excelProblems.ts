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

/** The problem for a failed Excel request. */
export function excelApiProblem(error: unknown, subject?: string): SourceProblem {
  return subject === undefined
    ? { code: "EXCEL_API_ERROR", detail: describeExcelError(error) }
    : { code: "EXCEL_API_ERROR", subject, detail: describeExcelError(error) };
}

/** The problem for a sheet name that is not in the workbook. */
export function sheetNotFoundProblem(sheetName: string): SourceProblem {
  return { code: "SHEET_NOT_FOUND", subject: sheetName };
}
