import { translate, type Lang, type MessageKey } from "../../i18n";
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

/** The message key of an error's meaning: "#N/A" → "cellError.NA", "#DIV/0!" → "cellError.DIV0". */
function meaningKey(error: string): MessageKey | undefined {
  if (!EXCEL_ERRORS.has(error)) return undefined;
  const name = error
    .replace(/^#/, "")
    .replace(/[!?]$/, "")
    .replace("/", "")
    .replace(/^DIV0$/, "DIV0");
  return `cellError.${name}` as MessageKey;
}

/**
 * An Excel error as the user reads it in a finding: the code Excel shows (the same in every language
 * of Excel) and what it means in `lang` — "#N/A (value not available)", "#N/A（找不到值）". Text
 * that is not a known error stays as it is.
 */
export function describeFormulaError(error: string, lang: Lang): string {
  const key = meaningKey(error.trim().toUpperCase());
  if (key === undefined) return error;
  return translate(lang, "cellError.described", { error: error.trim().toUpperCase(), meaning: translate(lang, key) });
}
