// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Cell text as XML character data or an attribute value: &, <, >, quotes escaped, and the characters XML 1.0 cannot
 * hold (C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF) left out. Used by the SVG and
 * PowerPoint writers: cell text is data, never markup.
 */
export function xmlText(text: string): string {
  // Most text needs nothing done (a 10,000-card SVG calls this ~100,000 times): one scan, no new strings.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A number for SVG and PDF: at most two decimals, no exponent. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
