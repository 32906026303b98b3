import type { FindingCode } from "../../core";
import { MESSAGES, type MessageKey, type Translate } from "../../i18n";

/** A rule's short name in the pane's language ("Span too narrow"); a code the pane does not know yet by its code. */
export function ruleName(code: FindingCode, t: Translate): string {
  const key = `ui.rule.${code}`;
  return key in MESSAGES.en ? t(key as MessageKey) : t("ui.rule.other", { code });
}
