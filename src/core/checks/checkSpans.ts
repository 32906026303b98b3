import type { FindingDraft, FindingParams } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import { positionAt, positionCountOf, positionFieldsOf } from "../model/positionFields";
import type { OrgRules } from "./orgRules";
import { spanBandParams } from "./spanBandLabel";
import { spanTargetResolver, type SpanTarget } from "./spanTarget";

/**
 * SPAN_TOO_WIDE and SPAN_TOO_NARROW: each manager (span ≥ 1) against its span target (archetype,
 * else department, else default band). Individual contributors have no span and are not checked.
 */
export function checkSpans(model: OrgModel, span: Int32Array, rules: OrgRules): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const targetOf = spanTargetResolver(rules);
  const bandParams = new Map<SpanTarget, FindingParams>();
  const n = positionCountOf(model);
  const fields = positionFieldsOf(model);
  const { ids, row } = fields;
  for (let i = 0; i < n; i++) {
    const s = span[i];
    if (s === 0) continue;
    const position = positionAt(model, i);
    const target = targetOf(position);
    const { min, max } = target.band;
    const wide = max !== null && s > max;
    if (!wide && s >= min) continue;
    let band = bandParams.get(target);
    if (!band) bandParams.set(target, (band = spanBandParams(target)));
    findings.push({
      code: wide ? "SPAN_TOO_WIDE" : "SPAN_TOO_NARROW",
      severity: "warning",
      rows: [row[i]],
      ids: [ids[i]],
      params: {
        id: ids[i],
        title: fields.title(i),
        span: s,
        min,
        ...(max !== null ? { max } : {}),
        ...band,
      },
    });
  }
  return findings;
}
