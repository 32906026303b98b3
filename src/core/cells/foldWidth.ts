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
 * case (`p1` is `P1`), and a number without the leading zeros Excel drops from a number cell (`7` is `007`) or the
 * `.0` a float export adds (`1002.0` is `1002`). Text
 * that is already in that form (plain upper-case ASCII, no leading zero) is returned as it is, without allocating.
 */
export function idKey(text: string): string {
  let lower = false;
  let digits = true;
  let dot = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      const folded = foldWidth(text).toUpperCase();
      const whole = /^(\d+)(?:\.0+)?$/.exec(folded);
      return whole ? whole[1].replace(/^0+(?=\d)/, "") : folded;
    }
    if (code < 48 || code > 57) {
      if (code === 46 && dot < 0 && digits) dot = i;
      digits = false;
      if (code >= 97 && code <= 122) lower = true;
    }
  }
  if (lower) return text.toUpperCase();
  // A whole number as a float ("1002.0", as pandas and R export a numeric column with blanks): the number.
  if (dot > 0 && isZerosAfter(text, dot)) return idKey(text.slice(0, dot));
  if (!digits || text.length < 2 || text.charCodeAt(0) !== 48) return text;
  let start = 1;
  while (start < text.length - 1 && text.charCodeAt(start) === 48) start++;
  return text.slice(start);
}

/** True when the text goes on after `dot` with one zero or more and nothing else ("1002.0", "7.00"). */
function isZerosAfter(text: string, dot: number): boolean {
  if (dot >= text.length - 1) return false;
  for (let i = dot + 1; i < text.length; i++) if (text.charCodeAt(i) !== 48) return false;
  return true;
}

/** True when the text is its own {@link idKey} (plain ASCII, no lower-case letter, no leading zero on a number). */
export function isIdKey(text: string): boolean {
  let digits = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 97 && code <= 122)) return false;
    if (code < 48 || code > 57) {
      if (code === 46 && digits && i > 0 && isZerosAfter(text, i)) return false;
      digits = false;
    }
  }
  return !(digits && text.length > 1 && text.charCodeAt(0) === 48);
}
