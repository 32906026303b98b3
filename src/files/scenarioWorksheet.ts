import type { CellValue as ExcelCellValue, TableStyleProperties, Worksheet } from "exceljs";
import { isCellError, type CellValue } from "../core/cells/cell";
import { cellText } from "../core/cells/cellText";
import type { ScenarioChangeSet } from "../core/scenario/scenarioChange";
import type { SheetGrid } from "../core/sheet/sheetGrid";

function excelValue(value: CellValue | undefined): ExcelCellValue {
  if (value === undefined || value === null || value === "") return null;
  if (isCellError(value)) return { error: value.error } as ExcelCellValue;
  return value;
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

/**
 * Writes a scenario's changed table (`after`, as `applyChangesToGrid` made it from `before`) into its worksheet.
 * Changes of cells only are written cell by cell; rows added or removed rewrite the table in place (the same name,
 * header row and style; each column's number format kept), so the notes above it and the rest of the sheet stay.
 */
export function writeScenarioChanges(
  worksheet: Worksheet,
  before: SheetGrid,
  after: SheetGrid,
  set: ScenarioChangeSet,
): void {
  if (set.changes.every((change) => change.kind === "set")) {
    for (const change of set.changes)
      if (change.kind === "set")
        for (const cell of change.cells) worksheet.getCell(change.row, cell.column).value = excelValue(cell.after);
    return;
  }
  const width = Math.max(1, ...before.rows.map((row) => row.length), ...after.rows.map((row) => row.length));
  const top = before.firstRow;
  const left = before.firstColumn;
  const formats: (string | undefined)[] = [];
  for (let c = 0; c < width; c++) {
    const format = worksheet.getCell(top + 1, left + c).numFmt;
    formats.push(typeof format === "string" && format !== "" && format !== "General" ? format : undefined);
  }
  let style: TableStyleProperties = { theme: "TableStyleMedium2", showRowStripes: true };
  if (before.tableName) {
    const old = worksheet.getTable(before.tableName) as unknown as { table?: { style?: TableStyleProperties } };
    if (old?.table?.style) style = old.table.style;
    worksheet.removeTable(before.tableName);
  }
  for (let r = 0; r < before.rows.length; r++)
    for (let c = 0; c < width; c++) worksheet.getCell(top + r, left + c).value = null;
  const header = after.rows[0] ?? [];
  const headers = uniqueHeaders(Array.from({ length: width }, (_, c) => cellText(header[c]).trim()));
  const rows = after.rows.slice(1).map((row) => Array.from({ length: width }, (_, c) => excelValue(row[c])));
  const ref = worksheet.getCell(top, left).address;
  if (before.tableName) {
    worksheet.addTable({
      name: before.tableName,
      ref,
      headerRow: true,
      style,
      columns: headers.map((name) => ({ name, filterButton: true })),
      // Excel wants a table to have at least one data row.
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
  } else {
    after.rows.forEach((row, r) =>
      row.forEach((value, c) => (worksheet.getCell(top + r, left + c).value = excelValue(value))),
    );
  }
  formats.forEach((format, c) => {
    if (!format) return;
    for (let r = 1; r < after.rows.length; r++) worksheet.getCell(top + r, left + c).numFmt = format;
  });
}
