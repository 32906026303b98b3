import type { FindingDraft } from "../findings/finding";
import { spanOf, type OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { positionAt, positionCountOf } from "../model/positionFields";
import { positionValuesOf } from "../rollup/positionValues";

/**
 * VACANT_MANAGER: a vacant or planned position that positions report to. Assistants count here: they
 * too report to nobody in post. A headcount line counts its posts (rounded up), as in the spans. A sheet with no Name
 * and no Status column gives one HOLDERS_UNKNOWN finding instead: vacancy cannot be checked there.
 */
export function checkVacantManagers(model: OrgModel): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const n = positionCountOf(model);
  // No Name and no Status column: whether a post is held is unknown (every position reads as filled). One
  // finding says vacancy was not checked, rather than none (which would read as "no vacant managers").
  if (positionColumnsOf(model).holdersUnknown) {
    let managers = 0;
    for (let i = 0; i < n; i++) if (spanOf(model, i) > 0) managers++;
    if (managers === 0) return findings;
    findings.push({ code: "HOLDERS_UNKNOWN", severity: "info", rows: [], ids: [], params: { managers } });
    return findings;
  }
  const seats = positionColumnsOf(model).posts !== undefined ? positionValuesOf(model).posts : undefined;
  for (let i = 0; i < n; i++) {
    let reports = spanOf(model, i);
    if (reports === 0) continue;
    if (seats !== undefined) {
      reports = 0;
      for (let c = model.childStart[i]; c < model.childStart[i + 1]; c++) reports += seats[model.childIndex[c]];
    }
    const position = positionAt(model, i);
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
