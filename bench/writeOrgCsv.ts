import { closeSync, openSync, writeSync } from "node:fs";
import type { CellValue } from "../src/core/cells/cell";
import { isoDateFromSerial } from "../src/core/cells/parseDate";
import type { SheetGrid } from "../src/core/sheet/sheetGrid";
import { GENERATED_COLUMNS, generateOrg } from "./generateOrg";

/** Rows written to the file per write call. */
const ROWS_PER_WRITE = 4096;
const START_DATE_COLUMN = GENERATED_COLUMNS.indexOf("startDate");

/** One CSV field as a spreadsheet saves it (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CellValue): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows `from`..`to` of a generated org's grid as CSV lines, the way a spreadsheet exports them: start dates as ISO
 * dates (`2019-03-04`) rather than serial numbers, everything else as shown.
 */
function csvLines(grid: SheetGrid, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < to; r++) {
    const cells = grid.rows[r].map((value, c) =>
      r > 0 && c === START_DATE_COLUMN && typeof value === "number" ? (isoDateFromSerial(value) ?? "") : value,
    );
    lines.push(cells.map(csvField).join(","));
  }
  return lines;
}

/** A generated org's grid (bench/generateOrg.ts) as the text of a CSV file with CRLF line ends. */
export function orgCsvText(grid: SheetGrid): string {
  return csvLines(grid, 0, grid.rows.length).join("\r\n") + "\r\n";
}

/**
 * Writes a generated org of `size` positions (same size and seed → same rows) as a UTF-8 CSV file: a header row,
 * then one line per position in the grid's order (sorted by ID). Returns the file's size in bytes.
 */
export function writeOrgCsv(file: string, size: number, seed = 42): number {
  const { grid } = generateOrg(size, seed);
  const fd = openSync(file, "w");
  let bytes = 0;
  try {
    for (let from = 0; from < grid.rows.length; from += ROWS_PER_WRITE) {
      const lines = csvLines(grid, from, Math.min(from + ROWS_PER_WRITE, grid.rows.length));
      bytes += writeSync(fd, lines.join("\r\n") + "\r\n");
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
