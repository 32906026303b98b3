/** Text outside ASCII: only text with such a character needs Unicode normalization. */
const NOT_PLAIN_ASCII = /[\u0080-\uffff]/;
/** White space other than one plain space, or control characters other than NUL (the index's separator). */
const ODD_SPACE = /[^\S ]| {2}|(?!\0)\p{Cc}/u;
const SPACE_RUNS = /(?:(?!\0)[\s\p{Cc}])+/gu;
/** A space next to a separator (a field that starts or ends with a space after width folding). */
const SPACE_AT_SEPARATOR = / ?\0 ?/g;

/**
 * Text as search compares it: width-folded by NFKC (full-width "Ａ１" reads "a1", the ideographic space a space),
 * lower-cased, runs of white space and control characters made one space, trimmed. "  Zhang\u3000WEI " reads
 * "zhang wei".
 */
export function normalizeSearchText(text: string): string {
  return normalizeJoinedFields(text.includes("\0") ? text.replaceAll("\0", " ") : text);
}

/**
 * {@link normalizeSearchText} for many fields at once, each preceded by a NUL (the search index): every field is
 * normalized and trimmed, the NULs kept. A few passes over the whole string instead of three calls per position.
 */
export function normalizeJoinedFields(text: string): string {
  let normalized = NOT_PLAIN_ASCII.test(text) ? text.normalize("NFKC") : text;
  normalized = normalized.toLowerCase();
  if (ODD_SPACE.test(normalized)) normalized = normalized.replace(SPACE_RUNS, " ");
  if (normalized.includes(" \0") || normalized.includes("\0 "))
    normalized = normalized.replace(SPACE_AT_SEPARATOR, "\0");
  return normalized.trim();
}
