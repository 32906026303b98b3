import { formulaText } from "../core/sheet/formulaAddress";
import type { SheetSpec, SpecCell } from "../core/sheet/sheetSpec";
import { layoutSheetSpec, sheetSpecCells, type SheetLayout } from "../core/sheet/sheetSpecLayout";

/** What Office.js takes for one cell in `Range.values` / `Range.formulas`. */
export type ExcelInput = string | number | boolean;

/**
 * Excel parses text written through `values` as if typed: "00123" becomes 123, "2024-01-05" a
 * date, "TRUE" a boolean, "=…" or "+…" a formula. A leading apostrophe keeps such text as text
 * (Excel stores it as a quote prefix, not as part of the value). Text without a digit or a leading
 * symbol cannot turn into anything else and is written as is.
 */
export function textInput(text: string): string {
  if (text === "") return text;
  if (/\d/.test(text) || /^[\s=+\-@'#%$¥€£.,(/]/.test(text) || /^\s*(true|false)\s*$/i.test(text)) return `'${text}`;
  return text;
}

export function isFormulaCell(
  cell: SpecCell | undefined,
): cell is { formula: string; value?: string | number | boolean } {
  return typeof cell === "object" && cell !== null && typeof cell.formula === "string";
}

/** One cell of a {@link SheetSpec} as Office.js input; formulas always start with "=". */
export function excelCellInput(cell: SpecCell | undefined): ExcelInput {
  if (cell === null || cell === undefined) return "";
  if (isFormulaCell(cell)) return formulaText(cell.formula);
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  return textInput(String(cell));
}

/** The cells to write for a spec: every row of the sheet from A1, padded to the widest block. */
export interface SpecMatrix {
  width: number;
  rows: ExcelInput[][];
  /** `hasFormula[i]` is true when `rows[i]` holds a formula. */
  hasFormula: boolean[];
}

/**
 * The whole sheet of a spec as Office.js input, laid out by {@link layoutSheetSpec}: notes, titles,
 * headers and data rows, each row cut or padded to the sheet's width ("" clears a cell).
 */
export function specMatrix(spec: SheetSpec, layout: SheetLayout = layoutSheetSpec(spec)): SpecMatrix {
  const width = layout.width;
  const rows: ExcelInput[][] = [];
  const hasFormula: boolean[] = [];
  for (const cells of sheetSpecCells(spec, layout)) {
    const row: ExcelInput[] = new Array(width);
    let formula = false;
    for (let c = 0; c < width; c++) {
      row[c] = excelCellInput(cells[c]);
      if (isFormulaCell(cells[c])) formula = true;
    }
    rows.push(row);
    hasFormula.push(formula);
  }
  return { width, rows, hasFormula };
}
