import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { splitList } from "../model/splitList";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { DepartmentEntry, DepartmentsTable } from "./coverageTypes";
import { readSupportTable, type DepartmentColumn } from "./readSupportTable";

/**
 * The workbook's Departments table, when it has one: each department's parent, head position, the
 * departments it needs support from and its named partners (lists split like the positions table's
 * lists: ; ； 、 , ， or line breaks). Every non-blank row is a department or is named in a finding on
 * that sheet: a row with no department (MISSING_DEPARTMENT_NAME), a department listed again (DUPLICATE_DEPARTMENT; the
 * first row is kept).
 */
export function readDepartmentsTable(grid: SheetGrid | undefined): {
  departments?: DepartmentsTable;
  findings: FindingDraft[];
} {
  const table = grid ? readSupportTable<DepartmentColumn>(grid, "departments") : undefined;
  if (!table) return { findings: [] };

  const findings = [...table.findings];
  const departments: DepartmentEntry[] = [];
  const indexByName = new Map<string, number>();
  const repeats = new Map<number, number[]>();
  for (const { row, text } of table.rows) {
    const name = text.department ?? "";
    const normalized = normalizeHeader(name);
    const earlier = indexByName.get(normalized);
    if (earlier !== undefined) {
      const rows = repeats.get(earlier) ?? [departments[earlier].row];
      rows.push(row);
      repeats.set(earlier, rows);
      continue;
    }
    indexByName.set(normalized, departments.length);
    departments.push({
      name,
      parent: text.parent ?? "",
      head: text.head ?? "",
      needsSupportFrom: splitList(text.needsSupportFrom ?? ""),
      partners: splitList(text.partners ?? ""),
      row,
    });
  }
  for (const [index, rows] of repeats) {
    findings.push({
      code: "DUPLICATE_DEPARTMENT",
      severity: "warning",
      rows,
      ids: [],
      sheet: table.sheetName,
      params: { id: departments[index].name, count: rows.length, rowList: listPreview(rows), sheet: table.sheetName },
    });
  }
  return { departments: { sheetName: table.sheetName, departments }, findings };
}
