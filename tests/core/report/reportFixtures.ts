import { analyzeWorkbook, type WorkbookAnalysis } from "../../../src/core/analyzeWorkbook";
import type { CellValue } from "../../../src/core/cells/cell";
import { operationsCenterWorkbook } from "../../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import type { SheetSection, SheetSpec, SpecCell } from "../../../src/core/sheet/sheetSpec";
import type { Lang } from "../../../src/i18n";

/** The sample workbook (Positions and Departments) and its analysis. */
export function sampleAnalysis(lang: Lang): {
  analysis: WorkbookAnalysis;
  positions: SheetGrid;
  departments: SheetGrid;
} {
  const [positionsSpec, departmentsSpec] = operationsCenterWorkbook(lang);
  const positions = gridFromSheetSpec(positionsSpec);
  const departments = gridFromSheetSpec(departmentsSpec);
  return { analysis: analyzeWorkbook({ positions, departments }, { lang }), positions, departments };
}

export function grid(sheetName: string, firstRow: number, firstColumn: number, rows: CellValue[][]): SheetGrid {
  return { sheetName, firstRow, firstColumn, rows };
}

/** The blocks of a spec, top to bottom (the spec's own first). */
export function blocksOf(spec: SheetSpec): SheetSection[] {
  return [spec, ...(spec.sections ?? [])];
}

/** The block whose table has this name. */
export function tableBlock(spec: SheetSpec, tableName: string): SheetSection {
  const block = blocksOf(spec).find((section) => section.table?.name === tableName);
  if (!block) throw new Error(`no table ${tableName}`);
  return block;
}

/** What a link cell points at: sheet, column letters, first and last row. */
export function linkTarget(cell: SpecCell): { sheet: string; column: string; first: number; last: number } | undefined {
  if (cell === null || typeof cell !== "object") return undefined;
  const match = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+)(\d+)(?::[A-Z]+(\d+))?",(\d+)\)$/.exec(cell.formula);
  if (!match) throw new Error(`not a row link: ${cell.formula}`);
  const first = Number(match[3]);
  if (Number(match[5]) !== first || cell.value !== first)
    throw new Error(`label is not the first row: ${cell.formula}`);
  return { sheet: match[1].replace(/''/g, "'"), column: match[2], first, last: match[4] ? Number(match[4]) : first };
}
