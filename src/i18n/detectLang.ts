import type { Lang } from "./messages";

/**
 * The supported language for a BCP 47 tag such as Office's display language ("zh-CN", "en-US")
 * or the browser's. Any Chinese tag gives Simplified Chinese; anything else, English.
 */
export function detectLang(tag: string | null | undefined): Lang {
  if (!tag) return "en";
  return /^zh\b/i.test(tag.trim()) ? "zh-CN" : "en";
}
