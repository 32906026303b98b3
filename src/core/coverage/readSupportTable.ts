import { isBlankRow } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { formulaErrorOf } from "../cells/formulaError";
import type { FindingCode, FindingDraft } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import {
  CAPABILITY_TABLE_COLUMNS,
  DEPARTMENT_TABLE_COLUMNS,
  scoreSupportTableHeader,
  supportColumnOf,
} from "./supportTables";
import type { SupportTableKind } from "./supportTables";

/** How far down a sheet the header row is looked for (titles and notes often sit above it). */
const HEADER_SEARCH_ROWS = 30;

export type CapabilityColumn = keyof typeof CAPABILITY_TABLE_COLUMNS;
export type DepartmentColumn = keyof typeof DEPARTMENT_TABLE_COLUMNS;

/** The tables read by {@link readSupportTable}: headcount lines are joined into the positions instead (core/lines). */
type ReadKind = Exclude<SupportTableKind, "headcountLines">;

/** The finding for a row that names no subject (each table its own code). */
const MISSING_NAME_CODE = {
  capabilities: "MISSING_CAPABILITY_NAME",
  departments: "MISSING_DEPARTMENT_NAME",
  rates: "MISSING_RATE_LOCATION",
  fx: "MISSING_FX_CURRENCY",
  budget: "MISSING_BUDGET_DEPARTMENT",
} as const satisfies Record<ReadKind, FindingCode>;

/** The column that names the row's subject (a list: the first of them the row fills): a row without it is left out. */
const NAME_COLUMN: Readonly<Record<ReadKind, string | readonly string[]>> = {
  capabilities: "capability",
  departments: "department",
  rates: "location",
  fx: "currency",
  budget: ["department", "costCenter"],
};

/** One data row of a support table: each recognised column's cell as trimmed text. */
export interface SupportTableRow<C extends string> {
  /** Sheet row (1-based). */
  row: number;
  text: Partial<Record<C, string>>;
}

export interface SupportTable<C extends string> {
  sheetName: string;
  /** The header text of each recognised column, as written. */
  headers: Partial<Record<C, string>>;
  /** Data rows that name their subject, in sheet order. */
  rows: SupportTableRow<C>[];
  /** Rows left out (no name, or a formula error in the name) and formula errors, as findings on this sheet. */
  findings: FindingDraft[];
}

/** Index in grid.rows of the best-scoring header row among the first rows, or -1. */
function findHeaderIndex(grid: SheetGrid, kind: SupportTableKind): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = scoreSupportTableHeader(kind, grid.rows[r]);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Reads a Capabilities or Departments table: finds its header row (titles may sit above it), then
 * reads each row's recognised cells as text. Every non-blank row below the header is either returned
 * or named in a finding: a row with no name is reported under the table's own code (MISSING_CAPABILITY_NAME, MISSING_DEPARTMENT_NAME), a formula error as
 * FORMULA_ERROR (the cell is then read as blank). Returns undefined when no header is found.
 */
export function readSupportTable<C extends string>(grid: SheetGrid, kind: ReadKind): SupportTable<C> | undefined {
  const headerIndex = findHeaderIndex(grid, kind);
  if (headerIndex < 0) return undefined;
  const columnOf = new Map<C, number>();
  const headers: Partial<Record<C, string>> = {};
  grid.rows[headerIndex].forEach((cell, c) => {
    const header = cellText(cell).trim();
    const column = supportColumnOf(kind, header) as C | undefined;
    if (column === undefined || columnOf.has(column)) return;
    columnOf.set(column, c);
    headers[column] = header;
  });

  const named = NAME_COLUMN[kind];
  const nameColumns = (typeof named === "string" ? [named] : named).filter((column) =>
    columnOf.has(column as C),
  ) as C[];
  const nameColumn = nameColumns[0] ?? ((typeof named === "string" ? named : named[0]) as C);
  const rows: SupportTableRow<C>[] = [];
  const findings: FindingDraft[] = [];
  for (let r = headerIndex + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (isBlankRow(cells)) continue;
    const row = grid.firstRow + r;
    const text: Partial<Record<C, string>> = {};
    const errors: { column: C; value: string }[] = [];
    for (const [column, c] of columnOf) {
      const cell = cells[c] ?? null;
      const error = formulaErrorOf(cell);
      if (error === undefined) text[column] = cellText(cell).trim();
      else errors.push({ column, value: error });
    }
    let name = "";
    for (const column of nameColumns) if (name === "") name = text[column] ?? "";
    for (const { column, value } of errors) {
      findings.push({
        code: "FORMULA_ERROR",
        severity: nameColumns.includes(column) ? "error" : "warning",
        rows: [row],
        ids: [],
        sheet: grid.sheetName,
        params: { row, column: headers[column] ?? column, value, id: name, table: kind },
      });
    }
    if (name !== "") rows.push({ row, text });
    else if (!errors.some((error) => nameColumns.includes(error.column))) {
      findings.push({
        code: MISSING_NAME_CODE[kind],
        severity: "warning",
        rows: [row],
        ids: [],
        sheet: grid.sheetName,
        params: { row, column: headers[nameColumn] ?? nameColumn, sheet: grid.sheetName },
      });
    }
  }
  return { sheetName: grid.sheetName, headers, rows, findings };
}
