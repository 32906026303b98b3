import type { FindingDraft } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import { checkArchetypes } from "./checkArchetypes";
import { checkGradeInversions } from "./checkGradeInversions";
import { checkLayers } from "./checkLayers";
import { checkSingleReportChains } from "./checkSingleReportChains";
import { checkSpans } from "./checkSpans";
import { checkVacantManagers } from "./checkVacantManagers";
import type { OrgChecks } from "./orgChecks";
import type { OrgRules } from "./orgRules";
import { assistantFlags, spansOfControl } from "./spansOfControl";
import { summarizeLayers } from "./summarizeLayers";
import { summarizeSpans } from "./summarizeSpans";

/**
 * Spans, layers, grades and vacant managers of an org, under the rules: findings (drafts, in the
 * order of the checks and, within one, of the sheet; the caller localizes and sorts them) and the
 * span and layer summaries. Linear passes over the model's arrays, no recursion.
 */
export function checkOrg(model: OrgModel, rules: OrgRules): OrgChecks {
  const assistant = assistantFlags(model);
  const span = spansOfControl(model, assistant);
  const findings: FindingDraft[] = checkArchetypes(model).concat(
    checkSpans(model, span, rules),
    checkSingleReportChains(model, span, assistant),
    checkLayers(model, rules),
    checkGradeInversions(model, rules),
    checkVacantManagers(model),
  );
  return { findings, spans: summarizeSpans(span), layers: summarizeLayers(model, span), span };
}
