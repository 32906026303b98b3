import type { CellValue as ExcelCellValue, ConditionalFormattingRule, TableStyleProperties, Worksheet } from "exceljs";
import type { ConditionalFormatSpec, SheetSpec, SpecCell } from "../core/sheet/sheetSpec";
import { columnLetters } from "../core/report/excelLink";
import { formulaText } from "../core/sheet/formulaAddress";
import { layoutSheetSpec, type SectionLayout } from "../core/sheet/sheetSpecLayout";

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
const TABLE_STYLE = /^TableStyle(?:Light|Medium|Dark)\d{1,2}$/;

export interface WriteSheetSpecOptions {
  /**
   * Names for the spec's tables, top to bottom, made unique in the workbook by the caller; default
   * the names the spec asks for.
   */
  tableNames?: readonly string[];
}

/**
 * Writes a {@link SheetSpec} into an empty worksheet as `layoutSheetSpec` lays it out: the notes, then
 * each block's bold title, header and rows (formulas with their expected values as cached results),
 * an Excel table where the block asks for one, number formats, conditional formats, column widths
 * (the widest a block asks for) and the frozen rows.
 */
export function writeSheetSpecToWorksheet(
  worksheet: Worksheet,
  spec: SheetSpec,
  options: WriteSheetSpecOptions = {},
): void {
  const layout = layoutSheetSpec(spec);
  (spec.notes ?? []).forEach((note, i) => (worksheet.getCell(layout.noteRows[i], 1).value = note));

  const widths = new Map<number, number>();
  let tableIndex = 0;
  let priority = 1;
  for (const placed of layout.sections) {
    const { section, titleRow } = placed;
    if (titleRow !== undefined) {
      const title = worksheet.getCell(titleRow, 1);
      title.value = section.title ?? "";
      title.font = { bold: true };
    }
    const tableName = section.table ? (options.tableNames?.[tableIndex++] ?? section.table.name) : undefined;
    writeSection(worksheet, placed, tableName);
    section.columns.forEach((column, c) => {
      if (column.width !== undefined && column.width > 0) widths.set(c, Math.max(widths.get(c) ?? 0, column.width));
    });
    for (const format of section.conditionalFormats ?? []) {
      const rule = conditionalRule(format, priority);
      const ref = conditionalRef(placed, format);
      if (!ref) continue;
      worksheet.addConditionalFormatting({ ref, rules: [rule] });
      priority++;
    }
  }
  for (const [c, width] of widths) worksheet.getColumn(c + 1).width = width;

  if (layout.frozenRows > 0 || layout.frozenColumns > 0) {
    const topLeftCell = `${columnLetters(layout.frozenColumns + 1)}${layout.frozenRows + 1}`;
    worksheet.views = [
      {
        state: "frozen",
        xSplit: layout.frozenColumns,
        ySplit: layout.frozenRows,
        topLeftCell,
        activeCell: topLeftCell,
      },
    ];
  }
  const blocks = [spec, ...(spec.sections ?? [])];
  if (
    blocks.some((block) => block.rows.some((row) => row.some((cell) => isFormula(cell) && cell.value === undefined)))
  ) {
    worksheet.workbook.calcProperties.fullCalcOnLoad = true;
  }
}

function writeSection(worksheet: Worksheet, placed: SectionLayout, tableName: string | undefined): void {
  const { section, headerRow, firstDataRow, dataRowCount } = placed;
  const headers = uniqueHeaders(section.columns.map((column) => column.header));
  const rows = section.rows.map((row) => section.columns.map((_, c) => specCellToExcel(row[c] ?? null)));

  if (section.table && tableName !== undefined) {
    const style =
      section.table.style && TABLE_STYLE.test(section.table.style) ? section.table.style : DEFAULT_TABLE_STYLE;
    worksheet.addTable({
      name: tableName,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: style as TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      // Excel wants a table to have at least one data row.
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
  } else {
    const header = worksheet.getRow(headerRow);
    headers.forEach((text, c) => {
      const cell = header.getCell(c + 1);
      cell.value = text;
      cell.font = { bold: true };
    });
    rows.forEach((row, r) => {
      const sheetRow = worksheet.getRow(firstDataRow + r);
      row.forEach((value, c) => {
        if (value !== null) sheetRow.getCell(c + 1).value = value;
      });
    });
  }

  section.columns.forEach((column, c) => {
    if (!column.numberFormat) return;
    for (let r = 0; r < dataRowCount; r++) worksheet.getCell(firstDataRow + r, c + 1).numFmt = column.numberFormat;
  });
}

/** The A1 address of a format's cells: the block's data rows in its columns; undefined when there are none. */
function conditionalRef(placed: SectionLayout, format: ConditionalFormatSpec): string | undefined {
  const first = Math.max(0, format.column);
  const last = Math.min(placed.width - 1, format.lastColumn ?? format.column);
  if (last < first || placed.dataRowCount === 0) return undefined;
  const bottom = placed.firstDataRow + placed.dataRowCount - 1;
  return `${columnLetters(first + 1)}${placed.firstDataRow}:${columnLetters(last + 1)}${bottom}`;
}

function conditionalRule(format: ConditionalFormatSpec, priority: number): ConditionalFormattingRule {
  switch (format.kind) {
    case "textEquals":
    case "numberEquals": {
      const formula = format.kind === "textEquals" ? `"${format.text.replace(/"/g, '""')}"` : String(format.value);
      return {
        type: "cellIs",
        operator: "equal",
        formulae: [formula],
        priority,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.style.fill) } },
          ...(format.style.font ? { font: { color: { argb: argb(format.style.font) } } } : {}),
        },
      } as ConditionalFormattingRule;
    }
    case "colorScale": {
      const colors = format.colors.map((color) => ({ argb: argb(color) }));
      const cfvo =
        format.colors.length === 3
          ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
          : [{ type: "min" }, { type: "max" }];
      return { type: "colorScale", cfvo, color: colors, priority } as unknown as ConditionalFormattingRule;
    }
  }
}

/** "#FFC7CE" → "FFFFC7CE" (opaque ARGB, as the file format wants). */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function isFormula(cell: SpecCell | undefined): cell is { formula: string; value?: string | number | boolean } {
  return typeof cell === "object" && cell !== null;
}

function specCellToExcel(cell: SpecCell): ExcelCellValue {
  if (!isFormula(cell)) return cell;
  const formula = formulaText(cell.formula).slice(1); // exceljs takes the formula without "="
  return cell.value === undefined ? { formula, date1904: false } : { formula, result: cell.value, date1904: false };
}

/** Table headers must be distinct and not blank: "Name", "Name2"… as Excel does it. */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, c) => {
    const base = header.trim() === "" ? `Column${c + 1}` : header;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
