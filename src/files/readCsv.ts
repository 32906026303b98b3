import Papa from "papaparse";
import type { MalformedQuotes, SheetGrid } from "../core/sheet/sheetGrid";
import { CellInterner } from "./cellInterner";
import { guessDelimiter, guessNewline } from "./csvLayout";

/**
 * The rows of a CSV text as one sheet: every cell a string (the core parses numbers and dates),
 * one grid row per record, so a quoted field spanning lines stays one row, as in Excel.
 * Accepts CRLF, LF and CR line ends and guesses the delimiter. Equal cells of a column that repeats are one
 * string (a whole sheet of a million rows fits in a third of the memory).
 */
export function readCsv(text: string, sheetName: string): SheetGrid {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const interner = new CellInterner();
  const malformedQuotes: MalformedQuotes[] = [];
  // Row by row (papaparse's step mode: the same parse, each row handed over as soon as it is read), so that
  // repeated cells are shared while their copies are still young garbage (see CellInterner).
  Papa.parse<string[]>(content, {
    header: false,
    delimiter: guessDelimiter(content),
    newline: guessNewline(content),
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (results) => {
      // papaparse reads malformed quotes leniently and says so: the user hears of it (CSV_LINES_JOINED, CSV_QUOTE_NOT_DOUBLED).
      if (results.errors.length > 0) malformedQuotes.push({ row: rows.length + 1, lines: linesOf(results.data) });
      rows.push(interner.row(results.data));
    },
  });
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return {
    sheetName,
    firstRow: 1,
    firstColumn: 1,
    rows,
    ...(malformedQuotes.length > 0 ? { malformedQuotes } : {}),
  };
}

/** The lines of the file a record was read from: 1 + the line ends inside its cells (CRLF, LF or CR). */
function linesOf(cells: readonly string[]): number {
  let lines = 1;
  for (const cell of cells) lines += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return lines;
}
