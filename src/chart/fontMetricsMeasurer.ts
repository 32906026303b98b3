import type { TextMeasurer } from "./textMeasure";
import { estimateTextWidth } from "./textMeasure";

/** What measuring needs of a parsed font (fontkit's Font has it). */
export interface FontMetrics {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

/**
 * A measurer from a font's own advance widths: where there is no canvas (the command line, the PDF writer, tests),
 * with the font the PDF embeds, so text fitted to a card is exactly as wide there. Bold text uses the bold face when
 * given; a character the font lacks counts as the estimate does. Advances are cached per code point and face.
 */
export function fontMetricsMeasurer(regular: FontMetrics, bold: FontMetrics = regular): TextMeasurer {
  const faces = [regular, bold].map((font) => ({ font, advances: new Map<number, number>() }));
  return (text, style) => {
    const face = faces[style.bold ? 1 : 0];
    let width = 0;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      let advance = face.advances.get(code);
      if (advance === undefined) {
        advance = face.font.hasGlyphForCodePoint(code)
          ? face.font.glyphForCodePoint(code).advanceWidth / face.font.unitsPerEm
          : estimateTextWidth(char, { size: 1 });
        face.advances.set(code, advance);
      }
      width += advance;
    }
    return width * style.size;
  };
}
