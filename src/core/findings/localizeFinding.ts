import { translate, type Lang, type MessageKey } from "../../i18n";
import { withSpanBandLabel } from "../checks/spanBandLabel";
import type { Finding, FindingDraft } from "./finding";

function messageKeyOf(draft: FindingDraft): MessageKey {
  if (draft.code === "UNKNOWN_MANAGER" && draft.field === "dottedLineTo") return "finding.UNKNOWN_DOTTED_MANAGER";
  if (draft.code === "UNKNOWN_CAPABILITY" && draft.params.suggestion) return "finding.UNKNOWN_CAPABILITY_SUGGESTION";
  return `finding.${draft.code}`;
}

/** The finding with its message in `lang`. Also re-localizes a finding when the user switches language. */
export function localizeFinding(draft: FindingDraft, lang: Lang): Finding {
  const params = withSpanBandLabel({ ...draft.params }, lang);
  if (draft.code === "MISSING_COLUMN" && typeof params.fieldKey === "string") {
    params.field = translate(lang, `field.${params.fieldKey}` as MessageKey);
  }
  return { ...draft, message: translate(lang, messageKeyOf(draft), params) };
}
