/** Columns a character takes in a terminal: 2 for East Asian wide and full-width characters, else 1. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** The columns a text takes in a terminal (Chinese characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/**
 * Rows of cells as aligned lines: each column as wide as its widest cell (by display width, so Chinese text lines
 * up), two spaces between columns, `right[c]` columns (numbers) right-aligned, trailing spaces trimmed.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
  indent = "",
): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    (
      indent +
      row
        .map((cell, c) => {
          const pad = " ".repeat(widths[c] - displayWidth(cell));
          return right[c] ? pad + cell : cell + pad;
        })
        .join("  ")
    ).trimEnd(),
  );
}
