import { translate, type Lang, type MessageKey } from "../../i18n";
import { withSpanBandLabel } from "../checks/spanBandLabel";
import { coverageMessageOf } from "../coverage/coverageMessage";
import type { Finding, FindingDraft } from "./finding";

/** Params that hold a position's title: a blank title reads "untitled" rather than “”. */
const TITLE_PARAMS = ["title", "upperTitle", "lowerTitle", "managerTitle"] as const;

function messageKeyOf(draft: FindingDraft): MessageKey {
  if (draft.code === "UNKNOWN_MANAGER" && draft.field === "dottedLineTo") return "finding.UNKNOWN_DOTTED_MANAGER";
  if (draft.code === "DUPLICATE_ID" && draft.params.renamed !== undefined) return "finding.DUPLICATE_ID_RENAMED";
  return `finding.${draft.code}`;
}

/**
 * The finding with its message in `lang`. Also re-localizes a finding when the user switches language.
 * Coverage findings name capabilities and areas in the user's language (coverageMessageOf); span
 * findings name their target band (withSpanBandLabel); a missing column names the field.
 */
export function localizeFinding(draft: FindingDraft, lang: Lang): Finding {
  const coverage = coverageMessageOf(draft, lang);
  if (coverage) return { ...draft, message: translate(lang, coverage.key, coverage.params) };
  const params = withSpanBandLabel({ ...draft.params }, lang);
  for (const key of TITLE_PARAMS) if (params[key] === "") params[key] = translate(lang, "position.untitled");
  if (draft.code === "MISSING_COLUMN" && typeof params.fieldKey === "string") {
    params.field = translate(lang, `field.${params.fieldKey}` as MessageKey);
  }
  return { ...draft, message: translate(lang, messageKeyOf(draft), params) };
}
