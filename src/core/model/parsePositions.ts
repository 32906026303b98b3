import type { DetectedColumns } from "../analysis";
import { isBlankRow, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { formulaErrorOf } from "../cells/formulaError";
import { parseDate } from "../cells/parseDate";
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
  const mapped = (Object.entries(columnOf) as [FieldKey, number][]).sort((a, b) => a[1] - b[1]);

  for (let r = columns.headerIndex + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (isBlankRow(cells)) {
      blankRowsSkipped++;
      continue;
    }
    rowsRead++;
    const row = grid.firstRow + r;
    const text = (c: number): string => (c < 0 ? "" : cellText(cells[c]).trim());
    const idText = text(cId);

    // Formula errors: reported once per cell; the cell then counts as empty.
    let errorFields: Set<FieldKey> | undefined;
    for (const [field, c] of mapped) {
      const error = c < cells.length ? formulaErrorOf(cells[c]) : undefined;
      if (error === undefined) continue;
      (errorFields ??= new Set()).add(field);
      findings.push({
        code: "FORMULA_ERROR",
        severity: STRUCTURAL.has(field) ? "error" : "warning",
        rows: [row],
        ids: field === "id" ? [] : [idText],
        field,
        params: { row, column: headers[c] ?? field, value: error, id: field === "id" ? "" : idText },
      });
    }
    const usable = (field: FieldKey, c: number): string => (errorFields?.has(field) ? "" : text(c));

    if (errorFields?.has("id")) {
      rowsLeftOut++;
      continue;
    }
    if (idText === "") {
      findings.push({ code: "MISSING_ID", severity: "error", rows: [row], ids: [], field: "id", params: { row } });
      rowsLeftOut++;
      continue;
    }
    if (indexById.has(idText)) {
      const rows = duplicateRows.get(idText) ?? [positions[indexById.get(idText)!].row];
      rows.push(row);
      duplicateRows.set(idText, rows);
      rowsLeftOut++;
      continue;
    }

    const number = (field: FieldKey, c: number, blank: number | null): number | null => {
      if (c < 0 || errorFields?.has(field)) return blank;
      const cell: CellValue = cells[c] ?? null;
      const raw = text(c);
      if (raw === "") return blank;
      const value = parseNumber(cell);
      if (value !== undefined && value >= 0) return value;
      findings.push({
        code: "INVALID_NUMBER",
        severity: "warning",
        rows: [row],
        ids: [idText],
        field,
        params: { row, id: idText, column: headers[c] ?? field, value: raw },
      });
      return null;
    };
    const date = (field: FieldKey, c: number): string | null => {
      if (c < 0 || errorFields?.has(field)) return null;
      const raw = text(c);
      if (raw === "") return null;
      const value = parseDate(cells[c] ?? null);
      if (value !== undefined) return value;
      findings.push({
        code: "INVALID_DATE",
        severity: "warning",
        rows: [row],
        ids: [idText],
        field,
        params: { row, id: idText, column: headers[c] ?? field, value: raw },
      });
      return null;
    };

    const rawName = usable("name", cName);
    const hasHolder = !isVacantName(rawName);
    const index = positions.length;
    const position: Position = {
      id: idText,
      row,
      title: usable("title", cTitle),
      department: usable("department", cDepartment),
      team: usable("team", cTeam),
      reportsTo: usable("reportsTo", cReportsTo),
      dottedLineTo: splitList(usable("dottedLineTo", cDotted)),
      name: hasHolder ? rawName : "",
      grade: usable("grade", cGrade),
      fte: number("fte", cFte, 1),
      baseSalary: number("baseSalary", cSalary, null),
      currency: usable("currency", cCurrency).toUpperCase(),
      status: resolvePositionStatus(usable("status", cStatus), hasHolder),
      startDate: date("startDate", cStart),
      endDate: date("endDate", cEnd),
      costCenter: usable("costCenter", cCostCenter),
      location: usable("location", cLocation),
      capabilities: splitList(usable("capabilities", cCapabilities)),
    };
    if (position.startDate && position.endDate && position.endDate < position.startDate) {
      findings.push({
        code: "END_BEFORE_START",
        severity: "warning",
        rows: [row],
        ids: [idText],
        field: "endDate",
        params: { row, id: idText, start: position.startDate, end: position.endDate },
      });
    }
    if (errorFields?.has("reportsTo")) managerUnreadable.add(index);
    positions.push(position);
    indexById.set(idText, index);
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
