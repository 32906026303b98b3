import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import type { DepartmentsTable } from "./coverageTypes";
import type { PositionDepartments } from "./positionDepartments";

/**
 * SUPPORT_MISSING for each department of the Departments table and each department it needs support
 * from, when no dotted line joins a position of one to a position of the other (either way) and none
 * of its named partners is a position of the supporting department. Departments are matched to the
 * positions' departments without case, width, spacing or punctuation. When either department has no
 * position at all the support cannot be there either (unless a partner is): the finding then also
 * names that department as `unknownDepartment`, most often a misspelling.
 */
export function checkSupport(
  model: OrgModel,
  departmentsOfPositions: PositionDepartments,
  departments: DepartmentsTable,
): FindingDraft[] {
  const { ofPosition, indexOf } = departmentsOfPositions;
  const width = departmentsOfPositions.names.length;
  const linked = new Set<number>();
  for (const { from, to } of model.dottedLines) {
    const a = ofPosition[from];
    const b = ofPosition[to];
    linked.add(a * width + b);
    linked.add(b * width + a);
  }

  const findings: FindingDraft[] = [];
  for (const entry of departments.departments) {
    const department = indexOf(entry.name);
    const partnerDepartments = new Set<number>();
    for (const id of entry.partners) {
      const partner = model.indexById.get(id);
      if (partner !== undefined) partnerDepartments.add(ofPosition[partner]);
    }
    const head = model.indexById.has(entry.head) ? [entry.head] : [];
    const asked = new Set<string>();
    for (const supporterName of entry.needsSupportFrom) {
      const normalized = normalizeHeader(supporterName);
      if (asked.has(normalized)) continue;
      asked.add(normalized);
      const supporter = indexOf(supporterName);
      if (supporter !== undefined && supporter === department) continue;
      if (supporter !== undefined && partnerDepartments.has(supporter)) continue;
      if (supporter !== undefined && department !== undefined && linked.has(department * width + supporter)) continue;
      const params: FindingDraft["params"] = { department: entry.name, supporter: supporterName };
      if (supporter === undefined) params.unknownDepartment = supporterName;
      else if (department === undefined) params.unknownDepartment = entry.name;
      findings.push({
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [entry.row],
        ids: head,
        sheet: departments.sheetName,
        params,
      });
    }
  }
  return findings;
}
