/**
 * Text widths for fitting card text: measured with a canvas in the browser (the pane's font), estimated
 * where there is no canvas (tests, headless export).
 */

/** The font a card's line is drawn in. */
export interface TextStyle {
  /** Font size in px. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** The width in px of `text` drawn in `style`. */
export type TextMeasurer = (text: string, style: TextStyle) => number;

/** True for a character drawn one em wide: CJK ideographs, kana, Hangul, full-width forms and punctuation. */
export function isWideCharacter(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** A deterministic estimate: wide (CJK) characters 1 em, everything else 0.55 em. */
export const estimateTextWidth: TextMeasurer = (text, style) => {
  let ems = 0;
  for (const char of text) ems += isWideCharacter(char.codePointAt(0) ?? 0) ? 1 : 0.55;
  return ems * style.size;
};

/** The CSS font shorthand for a style in a font family. */
export function cssFont(style: TextStyle, fontFamily: string): string {
  return `${style.italic ? "italic " : ""}${style.bold ? "600 " : ""}${style.size}px ${fontFamily}`;
}

/** Measures a run of text in a CSS font (a canvas's `measureText`, or a stand-in in tests). */
export type MeasureRun = (text: string, font: string) => number;

/** Advances are measured at this size and scaled: a font's advances are linear in its size. */
const REFERENCE_SIZE = 100;

/** The character whose advance stands for every wide character of its block (all one em in CJK fonts). */
function wideSampleOf(code: number): string {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0xac00 && code <= 0xd7a3) ? "\ud55c" : "\u4e2d";
}

interface FaceAdvances {
  font: string;
  /** ASCII advances at the reference size (NaN: not measured yet). */
  ascii: Float64Array;
  /** Other narrow characters by code point. */
  other: Map<number, number>;
  /** One advance per wide block sample. */
  wide: Map<string, number>;
}

/**
 * A measurer that sums per-character advances, each measured once per face (regular, bold, italic) at a
 * reference size and scaled to the style's size; every wide (CJK) character takes the advance of one sample
 * of its block, measured once, instead of one measurement per ideograph (a cold measurement of a CJK
 * character can cost a millisecond of font fallback). Kerning is left out, which errs by well under a px
 * on a card line.
 */
export function cachedTextMeasurer(measureRun: MeasureRun, fontFamily: string): TextMeasurer {
  const faces: FaceAdvances[] = [];
  const faceOf = (style: TextStyle): FaceAdvances => {
    const index = (style.bold ? 1 : 0) + (style.italic ? 2 : 0);
    let face = faces[index];
    if (!face) {
      face = {
        font: cssFont({ size: REFERENCE_SIZE, bold: style.bold, italic: style.italic }, fontFamily),
        ascii: new Float64Array(128).fill(NaN),
        other: new Map(),
        wide: new Map(),
      };
      faces[index] = face;
    }
    return face;
  };
  return (text, style) => {
    const face = faceOf(style);
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) {
        let advance = face.ascii[code];
        if (advance !== advance) {
          advance = measureRun(text[i], face.font);
          face.ascii[code] = advance;
        }
        width += advance;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        code = text.codePointAt(i) ?? code;
        if (code > 0xffff) i++;
      }
      if (isWideCharacter(code)) {
        const sample = wideSampleOf(code);
        let advance = face.wide.get(sample);
        if (advance === undefined) {
          advance = measureRun(sample, face.font);
          face.wide.set(sample, advance);
        }
        width += advance;
      } else {
        let advance = face.other.get(code);
        if (advance === undefined) {
          advance = measureRun(String.fromCodePoint(code), face.font);
          face.other.set(code, advance);
        }
        width += advance;
      }
    }
    return (width * style.size) / REFERENCE_SIZE;
  };
}

/**
 * A measurer over a canvas with the chart's font ({@link cachedTextMeasurer}). Null when the document has no
 * 2D canvas.
 */
export function canvasTextMeasurer(doc: Document, fontFamily: string): TextMeasurer | null {
  const canvas = doc.createElement("canvas");
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext("2d");
  } catch {
    context = null;
  }
  if (!context) return null;
  const ctx = context;
  let currentFont = "";
  return cachedTextMeasurer((text, font) => {
    // Setting a canvas font parses it: only when it changes.
    if (currentFont !== font) {
      ctx.font = font;
      currentFont = font;
    }
    return ctx.measureText(text).width;
  }, fontFamily);
}

/**
 * Measures a Latin and a CJK sample in each style, so that the fonts (and their fallbacks) are loaded before
 * the first scene arrives instead of while it is drawn.
 */
export function warmTextMeasurer(measure: TextMeasurer, styles: readonly TextStyle[]): void {
  for (const style of styles) measure("A\u4e2d", style);
}
