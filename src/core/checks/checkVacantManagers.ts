import type { FindingDraft } from "../findings/finding";
import { spanOf, type OrgModel } from "../model/orgModel";

/**
 * VACANT_MANAGER: a vacant or planned position that positions report to. Assistants count here: they
 * too report to nobody in post.
 */
export function checkVacantManagers(model: OrgModel): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const { positions } = model;
  for (let i = 0; i < positions.length; i++) {
    const reports = spanOf(model, i);
    if (reports === 0) continue;
    const position = positions[i];
    if (position.status !== "vacant" && position.status !== "planned") continue;
    findings.push({
      code: "VACANT_MANAGER",
      severity: "warning",
      rows: [position.row],
      ids: [position.id],
      params: { id: position.id, title: position.title, reports, status: position.status },
    });
  }
  return findings;
}
