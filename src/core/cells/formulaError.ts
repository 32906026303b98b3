import { isCellError, type CellValue } from "./cell";

/** The error values Excel shows in a cell. */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * The Excel error a cell shows ("#N/A", "#REF!"…), or undefined. Office.js hands errors over as
 * text, exceljs as `{ error }`, CSV exports as text: all three are recognised.
 */
export function formulaErrorOf(value: CellValue): string | undefined {
  if (isCellError(value)) return value.error;
  // Only text that starts with "#" (after any spaces) can be an error; the check runs for every cell.
  if (
    typeof value === "string" &&
    value.length <= 20 &&
    (value.charCodeAt(0) === 35 || (value.charCodeAt(0) <= 32 && value.trimStart().charCodeAt(0) === 35))
  ) {
    const code = value.trim().toUpperCase();
    if (EXCEL_ERRORS.has(code)) return code;
  }
  return undefined;
}
