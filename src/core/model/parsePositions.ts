import type { DetectedColumns } from "../analysis";
import { isBlankRow, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { formulaErrorOf } from "../cells/formulaError";
import { parseDate } from "../cells/parseDate";
import { parseFlag } from "../cells/parseFlag";
import { parseNumber } from "../cells/parseNumber";
import type { FieldKey } from "../columns/fields";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { Position } from "./position";
import { isVacantName, resolvePositionStatus } from "./positionStatus";
import { splitList } from "./splitList";

export interface ParsedPositions {
  /** Positions in sheet order, unique IDs. */
  positions: Position[];
  indexById: Map<string, number>;
  /** Positions whose Reports To cell held a formula error: their manager is unknown, not absent. */
  managerUnreadable: Set<number>;
  findings: FindingDraft[];
  rowsRead: number;
  blankRowsSkipped: number;
  /** Data rows that did not become positions (each is in a finding). */
  rowsLeftOut: number;
}

/** Fields whose formula errors make the row unusable or its place in the org unknown. */
const STRUCTURAL: ReadonlySet<FieldKey> = new Set(["id", "reportsTo"]);

function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** True unless the text surely has no white space at either end (checked without allocating). */
function needsTrim(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || isUnicodeSpace(first) || isUnicodeSpace(last);
}

/** A cell as trimmed text; the common cases without detours (this runs for every cell of 100,000 rows). */
function textAt(cells: CellValue[], c: number): string {
  if (c < 0) return "";
  const value = cells[c];
  if (typeof value === "string") return needsTrim(value) ? value.trim() : value;
  if (value === null || value === undefined) return "";
  return cellText(value).trim();
}

/**
 * Reads the cells of one row at a time into a position; field problems become findings. A class
 * rather than closures so the per-row work allocates nothing but the position itself.
 */
class RowReader {
  cells: CellValue[] = [];
  row = 0;
  id = "";
  /** Fields of the current row whose cell holds a formula error. */
  errorFields: Set<FieldKey> | undefined;

  constructor(
    private readonly headers: readonly string[],
    private readonly findings: FindingDraft[],
  ) {}

  /** Trimmed text of a field's cell; "" for an unmapped column or a formula error. */
  text(field: FieldKey, c: number): string {
    return c < 0 || this.errorFields?.has(field) ? "" : textAt(this.cells, c);
  }

  /** A non-negative number, `blank` for an empty cell, null (and a finding) for anything else. */
  number(field: FieldKey, c: number, blank: number | null): number | null {
    const raw = this.text(field, c);
    if (raw === "") return blank;
    const value = parseNumber(this.cells[c] ?? null);
    if (value !== undefined && value >= 0) return value;
    this.report("INVALID_NUMBER", field, c, raw);
    return null;
  }

  /** An ISO date, null for an empty cell, null and a finding for anything else. */
  date(field: FieldKey, c: number): string | null {
    const raw = this.text(field, c);
    if (raw === "") return null;
    const value = parseDate(this.cells[c] ?? null);
    if (value !== undefined) return value;
    this.report("INVALID_DATE", field, c, raw);
    return null;
  }

  /** Reports each formula error of the row once; returns the fields concerned. */
  collectFormulaErrors(mapped: readonly [FieldKey, number][]): void {
    this.errorFields = undefined;
    for (const [field, c] of mapped) {
      const error = c < this.cells.length ? formulaErrorOf(this.cells[c]) : undefined;
      if (error === undefined) continue;
      (this.errorFields ??= new Set()).add(field);
      const id = field === "id" ? "" : this.id;
      this.findings.push({
        code: "FORMULA_ERROR",
        severity: STRUCTURAL.has(field) ? "error" : "warning",
        rows: [this.row],
        ids: id ? [id] : [],
        field,
        params: { row: this.row, column: this.headers[c] || field, value: error, id },
      });
    }
  }

  private report(code: "INVALID_NUMBER" | "INVALID_DATE", field: FieldKey, c: number, value: string): void {
    this.findings.push({
      code,
      severity: "warning",
      rows: [this.row],
      ids: [this.id],
      field,
      params: { row: this.row, id: this.id, column: this.headers[c] || field, value },
    });
  }
}

/**
 * Turns the data rows below the header into positions. Field problems are findings and the
 * position is kept with that field empty; rows without a usable ID, and repeats of an ID, are left
 * out and named in a finding.
 */
export function parsePositions(grid: SheetGrid, columns: DetectedColumns & { headerIndex: number }): ParsedPositions {
  const { columnOf, headers } = columns;
  const findings: FindingDraft[] = [];
  const positions: Position[] = [];
  const indexById = new Map<string, number>();
  const managerUnreadable = new Set<number>();
  const duplicateRows = new Map<string, number[]>();
  const reader = new RowReader(headers, findings);
  let rowsRead = 0;
  let blankRowsSkipped = 0;
  let rowsLeftOut = 0;

  const col = (field: FieldKey): number => columnOf[field] ?? -1;
  const cId = col("id");
  const cTitle = col("title");
  const cDepartment = col("department");
  const cTeam = col("team");
  const cReportsTo = col("reportsTo");
  const cDotted = col("dottedLineTo");
  const cName = col("name");
  const cGrade = col("grade");
  const cFte = col("fte");
  const cSalary = col("baseSalary");
  const cCurrency = col("currency");
  const cStatus = col("status");
  const cStart = col("startDate");
  const cEnd = col("endDate");
  const cCostCenter = col("costCenter");
  const cLocation = col("location");
  const cCapabilities = col("capabilities");
  const cArchetype = col("archetype");
  const cAssistant = col("assistant");
  const mapped = (Object.entries(columnOf) as [FieldKey, number][]).sort((a, b) => a[1] - b[1]);

  for (let r = columns.headerIndex + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (isBlankRow(cells)) {
      blankRowsSkipped++;
      continue;
    }
    rowsRead++;
    const row = grid.firstRow + r;
    reader.cells = cells;
    reader.row = row;
    reader.id = textAt(cells, cId);
    reader.collectFormulaErrors(mapped);
    const id = reader.id;

    if (reader.errorFields?.has("id")) {
      rowsLeftOut++;
      continue;
    }
    if (id === "") {
      findings.push({ code: "MISSING_ID", severity: "error", rows: [row], ids: [], field: "id", params: { row } });
      rowsLeftOut++;
      continue;
    }
    const first = indexById.get(id);
    if (first !== undefined) {
      const rows = duplicateRows.get(id) ?? [positions[first].row];
      rows.push(row);
      duplicateRows.set(id, rows);
      rowsLeftOut++;
      continue;
    }

    const rawName = reader.text("name", cName);
    const hasHolder = !isVacantName(rawName);
    const position: Position = {
      id,
      row,
      title: reader.text("title", cTitle),
      department: reader.text("department", cDepartment),
      team: reader.text("team", cTeam),
      reportsTo: reader.text("reportsTo", cReportsTo),
      dottedLineTo: splitList(reader.text("dottedLineTo", cDotted)),
      name: hasHolder ? rawName : "",
      grade: reader.text("grade", cGrade),
      fte: reader.number("fte", cFte, 1),
      baseSalary: reader.number("baseSalary", cSalary, null),
      currency: reader.text("currency", cCurrency).toUpperCase(),
      status: resolvePositionStatus(reader.text("status", cStatus), hasHolder),
      startDate: reader.date("startDate", cStart),
      endDate: reader.date("endDate", cEnd),
      costCenter: reader.text("costCenter", cCostCenter),
      location: reader.text("location", cLocation),
      capabilities: splitList(reader.text("capabilities", cCapabilities)),
      archetype: reader.text("archetype", cArchetype),
      assistant: cAssistant >= 0 && !reader.errorFields?.has("assistant") && parseFlag(cells[cAssistant] ?? null),
    };
    if (position.startDate && position.endDate && position.endDate < position.startDate) {
      findings.push({
        code: "END_BEFORE_START",
        severity: "warning",
        rows: [row],
        ids: [id],
        field: "endDate",
        params: { row, id, start: position.startDate, end: position.endDate },
      });
    }
    if (reader.errorFields?.has("reportsTo")) managerUnreadable.add(positions.length);
    indexById.set(id, positions.length);
    positions.push(position);
  }

  for (const [id, rows] of duplicateRows) {
    findings.push({
      code: "DUPLICATE_ID",
      severity: "error",
      rows,
      ids: [id],
      field: "id",
      params: { id, count: rows.length, rowList: listPreview(rows) },
    });
  }

  return { positions, indexById, managerUnreadable, findings, rowsRead, blankRowsSkipped, rowsLeftOut };
}
