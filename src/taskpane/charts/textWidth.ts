/**
 * Label widths without a DOM to measure in: a character's advance as a share of the font size, close
 * enough for Segoe UI / Noto Sans to lay labels out before they are drawn.
 */
import { isWideCharacter as isWideCodePoint } from "../../chart/textMeasure";

/** True for a character set one em wide (see the chart's code-point test). */
export function isWideCharacter(char: string): boolean {
  return isWideCodePoint(char.codePointAt(0) ?? 0);
}

function advance(char: string): number {
  if (isWideCharacter(char)) return 1;
  if (/[ilj.,:;'|!·]/.test(char)) return 0.3;
  if (char === " ") return 0.28;
  if (/[MW@%]/.test(char)) return 0.85;
  if (/[A-Z0-9&]/.test(char)) return 0.64;
  return 0.55;
}

/** The width a text takes at a font size, estimated. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += advance(char);
  return width * fontSize;
}

/** True when the text is written mostly in wide (CJK) characters. */
export function isMostlyWide(text: string): boolean {
  let wide = 0;
  let total = 0;
  for (const char of text) {
    if (char.trim() === "") continue;
    total++;
    if (isWideCharacter(char)) wide++;
  }
  return total > 0 && wide * 2 >= total;
}

/** Cuts a text to fit a width, ending it with "…" when something was cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = estimateTextWidth("…", fontSize);
  let width = 0;
  let kept = "";
  for (const char of text) {
    const next = advance(char) * fontSize;
    if (width + next + ellipsis > maxWidth) break;
    kept += char;
    width += next;
  }
  return `${kept.trimEnd()}…`;
}

/** Breaks a text into pieces a line may end after: words (with their space) and single wide characters. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let word = "";
  for (const char of text) {
    if (isWideCharacter(char)) {
      if (word) pieces.push(word);
      word = "";
      pieces.push(char);
    } else if (char === " " || char === "/" || char === "-") {
      pieces.push(word + char);
      word = "";
    } else word += char;
  }
  if (word) pieces.push(word);
  return pieces;
}

/**
 * Wraps a label into at most `maxLines` lines of at most `maxWidth`, breaking between words (and
 * between CJK characters); what still does not fit ends in "…".
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "") return [];
  const lines: string[] = [];
  let line = "";
  const pieces = breakPieces(clean);
  for (let i = 0; i < pieces.length; i++) {
    const candidate = line + pieces[i];
    if (line === "" || estimateTextWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line takes the rest, cut short below.
      line += pieces.slice(i).join("");
      break;
    }
    lines.push(line.trimEnd());
    line = pieces[i];
  }
  if (line.trim() !== "") lines.push(line.trim());
  return lines.slice(0, maxLines).map((text) => truncateText(text, maxWidth, fontSize));
}
