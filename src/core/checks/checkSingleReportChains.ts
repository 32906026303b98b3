import type { FindingDraft } from "../findings/finding";
import { VIRTUAL_TOP, type OrgModel } from "../model/orgModel";
import { positionCountOf, positionFieldsOf } from "../model/positionFields";

/** The one report of a manager whose span is 1 (assistants are skipped). */
function soleReport(model: OrgModel, assistant: Uint8Array, manager: number): number {
  const { childStart, childIndex } = model;
  for (let c = childStart[manager]; c < childStart[manager + 1]; c++) {
    if (assistant[childIndex[c]] === 0) return childIndex[c];
  }
  return -1;
}

/**
 * SINGLE_REPORT_CHAIN (one-over-one): a manager M with exactly one report R whose own manager U also
 * has exactly one report, M (spans without assistants). One finding per such M, naming U, M and R in
 * that order. A chain A → B → C → D → E → F where each has a single report gives one finding for each
 * middle link whose manager is also single-report (B, C, D, E: U–M–R windows of three): each is a
 * layer that could go, and no link is reported twice. A manager on top (no U) is never reported.
 */
export function checkSingleReportChains(model: OrgModel, span: Int32Array, assistant: Uint8Array): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const { parent } = model;
  const n = positionCountOf(model);
  const fields = positionFieldsOf(model);
  const { ids, row } = fields;
  for (let m = 0; m < n; m++) {
    if (span[m] !== 1 || assistant[m] === 1) continue;
    const u = parent[m];
    if (u === VIRTUAL_TOP || span[u] !== 1) continue;
    const r = soleReport(model, assistant, m);
    findings.push({
      code: "SINGLE_REPORT_CHAIN",
      severity: "warning",
      rows: [row[u], row[m], row[r]],
      ids: [ids[u], ids[m], ids[r]],
      params: {
        upper: ids[u],
        upperTitle: fields.title(u),
        id: ids[m],
        title: fields.title(m),
        lower: ids[r],
        lowerTitle: fields.title(r),
      },
    });
  }
  return findings;
}
