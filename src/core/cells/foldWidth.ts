/**
 * Text in its width-folded form (Unicode NFKC): full-width letters and digits typed with a Chinese or Japanese input
 * method become ASCII ("Ａ１２" → "A12", "１" → "1"), the ideographic space a space, circled and other compatibility
 * forms their plain form. ASCII text is returned as it is, without normalizing (nearly every ID is ASCII).
 */
export function foldWidth(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize("NFKC").trim();
  return text;
}

/**
 * An ID as a user means it, for matching IDs written in different ways: width-folded ({@link foldWidth}), upper
 * case (`p1` is `P1`), and a number without the leading zeros Excel drops from a number cell (`7` is `007`). Text
 * that is already in that form (plain upper-case ASCII, no leading zero) is returned as it is, without allocating.
 */
export function idKey(text: string): string {
  let lower = false;
  let digits = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      const folded = foldWidth(text).toUpperCase();
      return /^\d+$/.test(folded) ? folded.replace(/^0+(?=\d)/, "") : folded;
    }
    if (code < 48 || code > 57) {
      digits = false;
      if (code >= 97 && code <= 122) lower = true;
    }
  }
  if (lower) return text.toUpperCase();
  if (!digits || text.length < 2 || text.charCodeAt(0) !== 48) return text;
  let start = 1;
  while (start < text.length - 1 && text.charCodeAt(start) === 48) start++;
  return text.slice(start);
}

/** True when the text is its own {@link idKey} (plain ASCII, no lower-case letter, no leading zero on a number). */
export function isIdKey(text: string): boolean {
  let digits = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 97 && code <= 122)) return false;
    if (code < 48 || code > 57) digits = false;
  }
  return !(digits && text.length > 1 && text.charCodeAt(0) === 48);
}
