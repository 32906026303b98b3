import Papa from "papaparse";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import { guessDelimiter, guessNewline } from "./csvLayout";

/**
 * The rows of a CSV text as one sheet: every cell a string (the core parses numbers and dates),
 * one grid row per record, so a quoted field spanning lines stays one row, as in Excel.
 * Accepts CRLF, LF and CR line ends and guesses the delimiter.
 */
export function readCsv(text: string, sheetName: string): SheetGrid {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(content, {
    header: false,
    delimiter: guessDelimiter(content),
    newline: guessNewline(content),
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = parsed.data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return { sheetName, firstRow: 1, firstColumn: 1, rows };
}
