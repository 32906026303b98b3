import { FINDING_REGISTRY, type FindingCode } from "../../core";
import type { Translate } from "../../i18n";

/** A rule's short name in the pane's language ("Span too narrow"), from the registry; an unknown code by its code. */
export function ruleName(code: FindingCode, t: Translate): string {
  const spec = FINDING_REGISTRY[code];
  return spec ? t(spec.rule) : t("ui.rule.other", { code });
}
