import type { SheetGrid } from "./sheetGrid";
import type { SheetSpec, SpecCell } from "./sheetSpec";
import { layoutSheetSpec } from "./sheetSpecLayout";

/**
 * Addresses for formulas in sheet specs. A spec is written under the name it wants, or "Name (2)" when a sheet of
 * that name is the user's; a formula that names a spec's sheet therefore names it by a token
 * ({@link sheetToken}), and the adapter resolves the token to the name the sheet was written under
 * ({@link resolveSpecFormulas}) just before writing. Both adapters write a formula's text through
 * {@link formulaText}.
 */

const OPEN = "\u27e6sheet:";
const CLOSE = "\u27e7";
const TOKEN = /\u27e6sheet:([^\u27e7]*)\u27e7/g;

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

/** "B7", or "$B$7" when `absolute`. */
export function cellAddress(column: number, row: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row}`;
}

/** "B7:D9" (one cell when both corners are the same). */
export function rangeAddress(
  column: number,
  row: number,
  lastColumn: number,
  lastRow: number,
  absolute = false,
): string {
  const first = cellAddress(column, row, absolute);
  return column === lastColumn && row === lastRow ? first : `${first}:${cellAddress(lastColumn, lastRow, absolute)}`;
}

/** The sheet of the spec that wants `specName`, as a formula names it before the adapter knows its final name. */
export function sheetToken(specName: string): string {
  return `${OPEN}${specName}${CLOSE}`;
}

/** A formula with every sheet token replaced by the quoted name the sheet was written under (else its wanted name). */
export function resolveFormula(formula: string, writtenNames: Readonly<Record<string, string>> = {}): string {
  return formula.replace(TOKEN, (_, wanted: string) => quoteSheetName(writtenNames[wanted] ?? wanted));
}

/** The spec with its formulas' sheet tokens resolved: `writtenNames[wanted] = actual` ("Cost" → "Cost (2)"). */
export function resolveSpecFormulas(spec: SheetSpec, writtenNames: Readonly<Record<string, string>>): SheetSpec {
  const resolveRows = (rows: SpecCell[][]) =>
    rows.map((row) =>
      row.map((cell) =>
        typeof cell === "object" && cell !== null
          ? { ...cell, formula: resolveFormula(cell.formula, writtenNames) }
          : cell,
      ),
    );
  const hasToken = (rows: SpecCell[][]) =>
    rows.some((row) => row.some((cell) => typeof cell === "object" && cell !== null && cell.formula.includes(OPEN)));
  const sections = spec.sections ?? [];
  if (!hasToken(spec.rows) && !sections.some((section) => hasToken(section.rows))) return spec;
  return {
    ...spec,
    rows: resolveRows(spec.rows),
    ...(spec.sections
      ? { sections: sections.map((section) => ({ ...section, rows: resolveRows(section.rows) })) }
      : {}),
  };
}

/** A formula cell's text as both adapters write it: "=" first, tokens resolved. */
export function formulaText(formula: string, writtenNames?: Readonly<Record<string, string>>): string {
  const resolved = resolveFormula(formula, writtenNames);
  return resolved.startsWith("=") ? resolved : `=${resolved}`;
}

/** Where a block of a spec is: `section` 0 is the spec's own block (when it has columns), then its sections. */
function placed(spec: SheetSpec, section: number) {
  const layout = layoutSheetSpec(spec);
  const found = layout.sections[section];
  if (!found) throw new RangeError(`The spec "${spec.name}" has no block ${section}`);
  return found;
}

/** The data cells of a block of another spec: 'Sheet'!A5:F20 (sheet as a token, resolved when written). */
export function specBlockRef(spec: SheetSpec, section = 0): string {
  const block = placed(spec, section);
  const lastRow = block.firstDataRow + Math.max(block.dataRowCount, 1) - 1;
  return `${sheetToken(spec.name)}!${rangeAddress(1, block.firstDataRow, block.width, lastRow, true)}`;
}

/** One column (0-based `column` of the block) of a block's data: 'Sheet'!$C$5:$C$20. */
export function specColumnRef(spec: SheetSpec, column: number, section = 0): string {
  const block = placed(spec, section);
  const lastRow = block.firstDataRow + Math.max(block.dataRowCount, 1) - 1;
  return `${sheetToken(spec.name)}!${rangeAddress(column + 1, block.firstDataRow, column + 1, lastRow, true)}`;
}

/** One data cell (0-based `row` and `column` of the block's data): 'Sheet'!$C$7. */
export function specCellRef(spec: SheetSpec, row: number, column: number, section = 0): string {
  const block = placed(spec, section);
  return `${sheetToken(spec.name)}!${cellAddress(column + 1, block.firstDataRow + row, true)}`;
}

/** A column name inside a structured reference: ' [ ] # escaped with an apostrophe. */
function structuredName(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

/**
 * A column of the user's positions table (0-based `column` of the grid): the structured reference
 * `Positions[Base Salary]` when the rows came from an Excel table (it follows the table as it grows), else the
 * plain range of its data rows, 'Positions'!$F$2:$F$101. The user's sheet is named as it is (no token).
 */
export function gridColumnRef(grid: SheetGrid, column: number, headerIndex = 0): string {
  const header = String(grid.rows[headerIndex]?.[column] ?? "");
  if (grid.tableName) return `${grid.tableName}[${structuredName(header)}]`;
  const sheetColumn = grid.firstColumn + column;
  const firstRow = grid.firstRow + headerIndex + 1;
  const lastRow = Math.max(firstRow, grid.firstRow + grid.rows.length - 1);
  return `${quoteSheetName(grid.sheetName)}!${rangeAddress(sheetColumn, firstRow, sheetColumn, lastRow, true)}`;
}

/**
 * One cell of the user's positions table, by its sheet row: `INDEX(Positions[Base Salary],56)` for a table (the
 * row's place in the table's data), else 'Positions'!$F$57.
 */
export function gridCellRef(grid: SheetGrid, sheetRow: number, column: number, headerIndex = 0): string {
  if (grid.tableName) {
    const dataRow = sheetRow - (grid.firstRow + headerIndex);
    return `INDEX(${gridColumnRef(grid, column, headerIndex)},${dataRow})`;
  }
  return `${quoteSheetName(grid.sheetName)}!${cellAddress(grid.firstColumn + column, sheetRow, true)}`;
}
