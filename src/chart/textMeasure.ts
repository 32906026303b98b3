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

/**
 * A measurer that asks a canvas for each character's advance once per font and sums them (kerning is
 * left out, which errs by well under a px on a card line). Null when the document has no 2D canvas.
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
  const advances = new Map<string, Map<string, number>>();
  let currentFont = "";
  return (text, style) => {
    const font = cssFont(style, fontFamily);
    let perChar = advances.get(font);
    if (!perChar) {
      perChar = new Map();
      advances.set(font, perChar);
    }
    let width = 0;
    for (const char of text) {
      let advance = perChar.get(char);
      if (advance === undefined) {
        // Setting a canvas font parses it: only when it changes.
        if (currentFont !== font) {
          ctx.font = font;
          currentFont = font;
        }
        advance = ctx.measureText(char).width;
        perChar.set(char, advance);
      }
      width += advance;
    }
    return width;
  };
}
