import { columnLetters, formulaString, quoteSheetName } from "../sheet/formulaAddress";

export { columnLetters, formulaString, quoteSheetName };

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
