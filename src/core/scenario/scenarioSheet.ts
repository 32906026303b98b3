import { isBlankRow, isCellError, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { ColumnMapping } from "../columns/columnMapping";
import { detectColumns } from "../columns/detectColumns";
import { FIELDS, type FieldKey } from "../columns/fields";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { SheetColumnSpec, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import { translate, type Lang } from "../../i18n";
import type { ScenarioMeta } from "./scenarioInfo";
import { scenarioSheetName } from "./scenarioNaming";

export interface ScenarioSheetOptions extends ScenarioMeta {
  lang: Lang;
  /** The column mapping the positions are read with (the workbook's). */
  mapping?: ColumnMapping;
  /** The Excel table's name (see `scenarioTableName`). */
  tableName: string;
}

/** Columns every scenario sheet has, so that each edit from the chart has a cell to write. */
const ALWAYS: readonly FieldKey[] = ["status", "fte", "baseSalary"];
const DATE_FORMAT = "yyyy-mm-dd";
const DATE_FIELDS: readonly FieldKey[] = ["startDate", "endDate"];

/** Excel's serial number (1900 date system) of a date. */
function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function specCell(value: CellValue | undefined): SpecCell {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateSerial(value);
  if (isCellError(value)) return value.error;
  return value;
}

/**
 * The sheet of a new scenario: a full copy of a positions table (`grid`, as `readPositions` gives it) from its
 * header row down — every column, in order, values (never formulas), blank rows left out — as an Excel table
 * (`tableName`), with a note above naming the scenario, its source and date, and a Status, FTE and Base Salary
 * column added at the end when the table had none (so every edit from the chart has a cell to write). Role
 * "scenario": the adapters record it as a scenario, never rewrite it and never read it as THE positions.
 */
export function scenarioSheetSpec(grid: SheetGrid, options: ScenarioSheetOptions): SheetSpec {
  const { lang, title, source, created } = options;
  const detected = detectColumns(grid, options.mapping);
  const headerIndex = Math.max(0, detected.headerIndex);
  const header = grid.rows[headerIndex] ?? [];
  const data = grid.rows.slice(headerIndex + 1).filter((row) => row && !isBlankRow(row));
  let width = header.length;
  while (width > 0 && cellText(header[width - 1]).trim() === "") width--;
  for (const row of data) {
    let end = row.length;
    while (end > width && cellText(row[end - 1]).trim() === "") end--;
    width = Math.max(width, end);
  }
  // Date columns keep showing dates: the detected ones, and any column holding a date (a file's cells).
  const dateColumns = new Set(DATE_FIELDS.map((field) => detected.columnOf[field]).filter((c) => c !== undefined));
  for (const row of data) row.forEach((cell, c) => cell instanceof Date && dateColumns.add(c));
  const columns: SheetColumnSpec[] = [];
  for (let c = 0; c < width; c++) {
    const text = cellText(header[c]).trim();
    columns.push({
      header: text,
      width: Math.min(40, Math.max(8, text.length + 2)),
      ...(dateColumns.has(c) ? { numberFormat: DATE_FORMAT } : {}),
    });
  }
  const added = ALWAYS.filter((field) => detected.columnOf[field] === undefined);
  for (const field of added) {
    const aliases = FIELDS[field].aliases;
    columns.push({ header: lang === "zh-CN" ? aliases[1] : aliases[0], width: 12 });
  }
  const rows: SpecCell[][] = data.map((row) => {
    const cells: SpecCell[] = new Array<SpecCell>(width + added.length).fill(null);
    for (let c = 0; c < width; c++) cells[c] = specCell(row[c]);
    return cells;
  });
  return {
    name: scenarioSheetName(title, lang),
    role: "scenario",
    scenario: { title, source, created },
    notes: [translate(lang, "scenario.note", { title, source, created: created.slice(0, 10) })],
    table: { name: options.tableName },
    columns,
    rows,
    freezeHeader: true,
  };
}
