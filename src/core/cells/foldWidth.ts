/**
 * Text in its width-folded form (Unicode NFKC): full-width letters and digits typed with a Chinese or Japanese input
 * method become ASCII ("Ａ１２" → "A12", "１" → "1"), the ideographic space a space, circled and other compatibility
 * forms their plain form. ASCII text is returned as it is, without normalizing (nearly every ID is ASCII).
 */
export function foldWidth(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize("NFKC").trim();
  return text;
}

/** True when {@link foldWidth} would change the text (some character is not ASCII and folds to another). */
export function foldsToOther(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return foldWidth(text) !== text;
  return false;
}
