/**
 * Excel measures a column's width in characters (of the default font's digit, 7 px for Calibri
 * 11 plus 5 px of padding); Office.js's `format.columnWidth` takes points (¾ of a pixel).
 */
export function columnWidthInPoints(characters: number): number {
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}
