/** A rectangle of cells by Office.js's zero-based indexes (`Range.rowIndex`, `Range.columnIndex`). */
export interface RangeArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Column letters for a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(columnIndex: number): string {
  let letters = "";
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of a single cell by zero-based indexes: (4, 2) → "C5". */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${rowIndex + 1}`;
}

/** The A1 address of an area, without a sheet name: "C5:N10004" (one cell: "C5"). */
export function rangeAddress(area: RangeArea): string {
  const topLeft = cellAddress(area.rowIndex, area.columnIndex);
  if (area.rowCount === 1 && area.columnCount === 1) return topLeft;
  return `${topLeft}:${cellAddress(area.rowIndex + area.rowCount - 1, area.columnIndex + area.columnCount - 1)}`;
}

/** The address of whole columns: (1) → "B:B", (1, 3) → "B:D". */
export function columnsAddress(columnIndex: number, count = 1): string {
  return `${columnLetters(columnIndex)}:${columnLetters(columnIndex + count - 1)}`;
}
