import { findingMessage, type Finding } from "../../core";
import type { Lang } from "../../i18n";

/**
 * The message of a finding the pane shows or searches, in the pane's language. The analysis hands over findings
 * without messages (at 100,000 positions there are tens of thousands and the list shows a page); each message is made
 * here when first needed and kept while the finding lives, so a search typed letter by letter makes each one once.
 */
const made: Record<Lang, WeakMap<Finding, string>> = { en: new WeakMap(), "zh-CN": new WeakMap() };

export function shownMessage(finding: Finding, lang: Lang): string {
  const cache = made[lang];
  let message = cache.get(finding);
  if (message === undefined) cache.set(finding, (message = findingMessage(finding, lang)));
  return message;
}
