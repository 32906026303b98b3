import type { TextMeasurer, TextStyle } from "./textMeasure";
import { isWideCharacter } from "./textMeasure";

const ELLIPSIS = "…";

/** Pieces a line may end after: words with their trailing space or dash, and single wide (CJK) characters. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let word = "";
  for (const char of text) {
    if (isWideCharacter(char.codePointAt(0) ?? 0)) {
      if (word) pieces.push(word);
      word = "";
      pieces.push(char);
    } else if (char === " " || char === "-" || char === "/") {
      pieces.push(word + char);
      word = "";
    } else word += char;
  }
  if (word) pieces.push(word);
  return pieces;
}

/** The text cut to fit `maxWidth`, ending in "…" when anything was cut. */
export function ellipsize(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string {
  if (measure(text, style) <= maxWidth) return text;
  const chars = Array.from(text);
  // Binary search on the number of characters kept: widths grow with the prefix.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const candidate = chars.slice(0, mid).join("").trimEnd() + ELLIPSIS;
    if (measure(candidate, style) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join("").trimEnd() + ELLIPSIS;
}

/**
 * Wraps text into at most `maxLines` lines no wider than `maxWidth`, breaking between words and between CJK
 * characters (a word too long for a line is broken between characters); the last line ends in "…" when text
 * is left over. Whitespace runs count as one space.
 */
export function fitLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  style: TextStyle,
  measure: TextMeasurer,
): string[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "" || maxLines <= 0) return [];
  if (measure(clean, style) <= maxWidth) return [clean];
  const lines: string[] = [];
  let line = "";
  const pieces = breakPieces(clean);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const candidate = line + piece;
    if (measure(candidate.trimEnd(), style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line takes the rest and is cut short below.
      line = line + pieces.slice(i).join("");
      break;
    }
    if (line.trim() !== "") {
      lines.push(line.trimEnd());
      line = "";
    }
    // A piece wider than a whole line is broken between characters.
    let rest = piece;
    while (measure(rest.trimEnd(), style) > maxWidth && lines.length < maxLines - 1) {
      const head = longestFittingPrefix(rest, maxWidth, style, measure);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    line = rest;
  }
  if (line.trim() !== "") lines.push(line.trim());
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(kept[last], maxWidth, style, measure);
  return kept;
}

/** The longest non-empty prefix of `text` (whole characters) no wider than `maxWidth`; at least one character. */
function longestFittingPrefix(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string {
  const chars = Array.from(text);
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(chars.slice(0, mid).join(""), style) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join("");
}
