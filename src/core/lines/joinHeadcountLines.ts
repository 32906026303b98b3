import type { CellValue } from "../cells/cell";
import { isBlankRow, isCellError } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { ColumnMapping } from "../columns/columnMapping";
import { detectColumns } from "../columns/detectColumns";
import { FIELD_KEYS, FIELDS, type FieldKey } from "../columns/fields";
import { normalizeHeader } from "../columns/normalizeHeader";
import { PAY_FLOOR_HEADERS } from "../cost/costColumns";
import type { FindingDraft } from "../findings/finding";
import { isPostsInFteHeader } from "../model/headcountLine";
import { readNumberCell } from "../model/readCells";
import type { SheetGrid } from "../sheet/sheetGrid";

/** Where the rows of one joined table sit in the joined grid, and where they came from. */
export interface JoinedSheet {
  /** The sheet (or file) the lines were read from. */
  sheet: string;
  /** Index in the joined grid's rows of the first of its rows. */
  start: number;
  /** The sheet row (1-based) each of its rows came from, in order. */
  rows: Int32Array;
}

/** The positions table with the headcount lines of other tables added below it. */
export interface JoinedLines {
  /** The positions grid, or (lines joined) a new grid: its rows, then one row per line in the positions' columns. */
  grid: SheetGrid;
  /** The joined tables, in the order their rows were added; empty when nothing was joined. */
  joined: JoinedSheet[];
  /** LINE_ID_GENERATED for each joined line (on its own sheet and row). */
  findings: FindingDraft[];
}

/**
 * Whether a table's header makes it a table of headcount lines: a manager reference column and a posts column, and
 * no position ID column of its own (Reporting Senior Post, Grade, Payscale Minimum / Maximum, Number of Posts in FTE).
 */
export function isHeadcountLinesTable(grid: SheetGrid, mapping?: ColumnMapping): boolean {
  const { columnOf, headerIndex } = detectColumns(grid, mapping);
  return (
    headerIndex >= 0 && columnOf.id === undefined && columnOf.reportsTo !== undefined && columnOf.posts !== undefined
  );
}

/**
 * Joins the headcount lines of `tables` (other sheets or files; see {@link isHeadcountLinesTable}) into the positions
 * table: each line becomes a row below the positions' own rows, its cells moved into the positions' columns (columns
 * the positions table lacks are added after its last column, under their canonical header), under the manager it
 * names. A line has no ID of its own: it is given one from its manager, title, sheet and row ("D21/Executive
 * Officer/Junior staff!5", the same on every reading) and a LINE_ID_GENERATED finding. Tables that are not lines
 * tables are left out. The positions' rows are shared, never copied or changed; without lines the grid is returned as
 * it is. Every data row of a lines table becomes a row of the joined grid.
 */
export function joinHeadcountLines(
  positions: SheetGrid,
  tables: readonly SheetGrid[],
  mapping?: ColumnMapping,
): JoinedLines {
  const lines = tables.filter((table) => isHeadcountLinesTable(table, mapping));
  if (lines.length === 0) return { grid: positions, joined: [], findings: [] };
  const target = detectColumns(positions, mapping);
  if (target.headerIndex < 0 || target.missing.length > 0) return { grid: positions, joined: [], findings: [] };

  const header: CellValue[] = [...positions.rows[target.headerIndex]];
  const columnOf: Partial<Record<FieldKey, number>> = { ...target.columnOf };
  const addColumn = (field: FieldKey, text: string): number => {
    const column = header.length;
    header.push(text);
    columnOf[field] = column;
    return column;
  };
  const salaryIsFloor = PAY_FLOOR_HEADERS.has(normalizeHeader(target.headers[columnOf.baseSalary ?? -1] ?? ""));

  const rows: CellValue[][] = [...positions.rows];
  rows[target.headerIndex] = header;
  const joined: JoinedSheet[] = [];
  const findings: FindingDraft[] = [];
  for (const table of lines) {
    const source = detectColumns(table, mapping);
    // Source column → joined column, field by field.
    const moves: [number, number][] = [];
    for (const field of FIELD_KEYS) {
      const from = source.columnOf[field];
      if (from === undefined || field === "id") continue;
      const sourceHeader = source.headers[from] ?? "";
      // A pay scale's minimum ("Payscale Minimum") is a range's floor: where the positions' salary is what the post
      // is paid, it goes to Pay Min (costed at the pay point with Pay Max) rather than into the salary column.
      const into: FieldKey =
        field === "baseSalary" && PAY_FLOOR_HEADERS.has(normalizeHeader(sourceHeader)) && !salaryIsFloor
          ? "payMin"
          : field;
      const to =
        columnOf[into] ??
        addColumn(into, into === "posts" && isPostsInFteHeader(sourceHeader) ? sourceHeader : FIELDS[into].aliases[0]);
      moves.push([from, to]);
    }
    const idColumn = columnOf.id as number;
    const cManager = source.columnOf.reportsTo as number;
    const cTitle = source.columnOf.title ?? -1;
    const cPosts = source.columnOf.posts as number;
    const start = rows.length;
    const origin: number[] = [];
    for (let r = source.headerIndex + 1; r < table.rows.length; r++) {
      const cells = table.rows[r];
      if (isBlankRow(cells)) continue;
      const row = table.firstRow + r;
      const out: CellValue[] = new Array<CellValue>(header.length).fill(null);
      for (const [from, to] of moves) out[to] = cells[from] ?? null;
      const manager = textOf(cells[cManager]);
      const title = cTitle < 0 ? "" : textOf(cells[cTitle]);
      const id = `${manager}/${title}/${table.sheetName}!${row}`;
      out[idColumn] = id;
      rows.push(out);
      origin.push(row);
      const posts = readNumberCell(cells[cPosts]);
      findings.push({
        code: "LINE_ID_GENERATED",
        severity: "info",
        rows: [row],
        ids: [id],
        field: "id",
        sheet: table.sheetName,
        params: { row, id, posts: typeof posts === "number" ? posts : 1, title, sheet: table.sheetName },
      });
    }
    joined.push({ sheet: table.sheetName, start, rows: Int32Array.from(origin) });
  }
  return { grid: { ...positions, rows }, joined, findings };
}

function textOf(value: CellValue | undefined): string {
  return value === undefined || isCellError(value) ? "" : cellText(value).trim();
}
