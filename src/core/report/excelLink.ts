/** Column letters of a 1-based column number: 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = Math.max(1, Math.floor(column)); n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a formula writes it: always quoted, single quotes doubled ("Bob's" → 'Bob''s'). */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A text as a formula's string literal: in double quotes, double quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `HYPERLINK("#'Positions'!A57",57)`: a link to rows `firstRow`…`lastRow` of a column of a sheet of
 * the same workbook (one cell when they are equal), showing `label`.
 */
export function hyperlinkToRows(
  sheetName: string,
  column: number,
  firstRow: number,
  lastRow: number,
  label: string | number,
): string {
  const letters = columnLetters(column);
  const address = lastRow > firstRow ? `${letters}${firstRow}:${letters}${lastRow}` : `${letters}${firstRow}`;
  const shown = typeof label === "number" ? String(label) : formulaString(label);
  return `HYPERLINK(${formulaString(`#${quoteSheetName(sheetName)}!${address}`)},${shown})`;
}

/** Ascending rows as runs of consecutive rows: [2, 3, 4, 7] → [[2, 4], [7, 7]]. Duplicates are merged. */
export function rowRuns(rows: readonly number[]): [first: number, last: number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
