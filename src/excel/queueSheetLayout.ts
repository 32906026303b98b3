import type { ConditionalFormatSpec } from "../core/sheet/sheetSpec";
import type { SheetLayout } from "../core/sheet/sheetSpecLayout";
import { columnWidthInPoints } from "./columnWidth";
import { supportsExcelApi } from "./excelApiSupport";
import { queueConditionalFormat } from "./queueConditionalFormat";
import { columnsAddress, rangeAddress } from "./rangeArea";

/** Office.js applies a single (non-array) value to every cell of a range ("Update all cells in a range"). */
function setNumberFormatOfAllCells(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** A table the layout queued, with the name the spec wants for it. */
export interface QueuedTable {
  table: Excel.Table;
  wantedName: string;
  style?: string;
  /** A table of the sheet's last write, kept (already at its place and size, keeping its name): not added. */
  kept?: boolean;
}

/**
 * Queues everything of a freshly written sheet but its cells: bold titles, number formats, column
 * widths (the widest a block asks for), the tables, conditional formats (ExcelApi 1.6) and the frozen
 * rows (ExcelApi 1.7). The tables are returned to be named at the end of the write. A table in `kept` (by the
 * spec's table name: a table of the sheet's last write, already moved and sized to the layout) is styled, not added.
 */
export function queueSheetLayout(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  kept: ReadonlyMap<string, Excel.Table> = new Map(),
): QueuedTable[] {
  const widths = new Map<number, number>();
  const tables: QueuedTable[] = [];
  const conditionalFormats = supportsExcelApi("1.6");
  const formats: { address: string; format: ConditionalFormatSpec }[] = [];
  for (const { section, titleRow, headerRow, firstDataRow, dataRowCount, width } of layout.sections) {
    if (titleRow !== undefined) sheet.getRange(rangeAddress(cellArea(titleRow, 0, 1, 1))).format.font.bold = true;
    section.columns.forEach((column, c) => {
      if (column.numberFormat && dataRowCount > 0)
        setNumberFormatOfAllCells(
          sheet.getRange(rangeAddress(cellArea(firstDataRow, c, dataRowCount, 1))),
          column.numberFormat,
        );
      if (column.width !== undefined && column.width > 0) widths.set(c, Math.max(widths.get(c) ?? 0, column.width));
    });
    const keptTable = section.table ? kept.get(section.table.name) : undefined;
    if (section.table && keptTable) {
      tables.push({ table: keptTable, wantedName: section.table.name, style: section.table.style, kept: true });
    } else if (section.table) {
      const range = sheet.getRange(rangeAddress(cellArea(headerRow, 0, dataRowCount + 1, width)));
      tables.push({ table: sheet.tables.add(range, true), wantedName: section.table.name, style: section.table.style });
    } else {
      sheet.getRange(rangeAddress(cellArea(headerRow, 0, 1, width))).format.font.bold = true;
    }
    if (conditionalFormats && dataRowCount > 0) {
      for (const format of section.conditionalFormats ?? []) {
        const first = Math.max(0, format.column);
        const last = Math.min(width - 1, format.lastColumn ?? format.column);
        if (last >= first)
          formats.push({
            address: rangeAddress(cellArea(firstDataRow, first, dataRowCount, last - first + 1)),
            format,
          });
      }
    }
  }
  // Each new format goes on top of the sheet's priority list: add the spec's last first, so that the
  // sheet's priorities follow the spec, as in the files the other adapter writes.
  for (const { address, format } of formats.reverse()) queueConditionalFormat(sheet.getRange(address), format);
  for (const [c, characters] of widths)
    sheet.getRange(columnsAddress(c)).format.columnWidth = columnWidthInPoints(characters);
  for (const { table, style } of tables) if (style) table.style = style;
  if ((layout.frozenRows > 0 || layout.frozenColumns > 0) && supportsExcelApi("1.7")) {
    const { frozenRows, frozenColumns } = layout;
    if (frozenColumns === 0) sheet.freezePanes.freezeRows(frozenRows);
    else if (frozenRows === 0) sheet.freezePanes.freezeColumns(frozenColumns);
    // Rows and columns at once: freeze the cells above and left of the first scrolling cell.
    else sheet.freezePanes.freezeAt(rangeAddress(cellArea(1, 0, frozenRows, frozenColumns)));
  }
  return tables;
}

/** An area by 1-based sheet row and zero-based column. */
function cellArea(row: number, columnIndex: number, rowCount: number, columnCount: number) {
  return { rowIndex: row - 1, columnIndex, rowCount, columnCount };
}
