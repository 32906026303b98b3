import type { CellValue as ExcelCellValue, TableStyleProperties, Worksheet } from "exceljs";
import type { SheetSpec, SpecCell } from "../core/sheet/sheetSpec";

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
const TABLE_STYLE = /^TableStyle(?:Light|Medium|Dark)\d{1,2}$/;

export interface WriteSheetSpecOptions {
  /** The table's name, made unique in the workbook by the caller; default spec.table.name. */
  tableName?: string;
}

/**
 * Writes a {@link SheetSpec} into an empty worksheet from A1: the header row, the rows (formulas with
 * their expected values as cached results), an Excel table when the spec asks for one, number formats
 * and widths per column, and a frozen header.
 */
export function writeSheetSpecToWorksheet(
  worksheet: Worksheet,
  spec: SheetSpec,
  options: WriteSheetSpecOptions = {},
): void {
  const headers = uniqueHeaders(spec.columns.map((column) => column.header));
  const rows = spec.rows.map((row) => spec.columns.map((_, c) => specCellToExcel(row[c] ?? null)));

  if (spec.table && headers.length > 0) {
    const style = spec.table.style && TABLE_STYLE.test(spec.table.style) ? spec.table.style : DEFAULT_TABLE_STYLE;
    worksheet.addTable({
      name: options.tableName ?? spec.table.name,
      ref: "A1",
      headerRow: true,
      style: { theme: style as TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      // Excel wants a table to have at least one data row.
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
  } else {
    const headerRow = worksheet.getRow(1);
    headers.forEach((header, c) => (headerRow.getCell(c + 1).value = header));
    headerRow.font = { bold: true };
    rows.forEach((row, r) => {
      const sheetRow = worksheet.getRow(r + 2);
      row.forEach((value, c) => {
        if (value !== null) sheetRow.getCell(c + 1).value = value;
      });
    });
  }

  spec.columns.forEach((column, c) => {
    const sheetColumn = worksheet.getColumn(c + 1);
    if (column.width !== undefined) sheetColumn.width = column.width;
    if (column.numberFormat) {
      for (let r = 0; r < rows.length; r++) worksheet.getCell(r + 2, c + 1).numFmt = column.numberFormat;
    }
  });

  if (spec.freezeHeader)
    worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
  if (spec.rows.some((row) => row.some((cell) => isFormula(cell) && cell.value === undefined))) {
    worksheet.workbook.calcProperties.fullCalcOnLoad = true;
  }
}

function isFormula(cell: SpecCell | undefined): cell is { formula: string; value?: string | number | boolean } {
  return typeof cell === "object" && cell !== null;
}

function specCellToExcel(cell: SpecCell): ExcelCellValue {
  if (!isFormula(cell)) return cell;
  const formula = cell.formula.replace(/^=/, "");
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
