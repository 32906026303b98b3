/**
 * The fonts a PDF embeds: Noto Sans SC (SIL Open Font License), which covers Latin and Simplified Chinese, regular and
 * semibold, as TrueType. The command line reads them from the package; the pane fetches them from the add-in's own
 * files the first time a PDF is exported. Each is subset to the characters the chart uses before it is embedded.
 */
export interface ExportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The font files inside the @expo-google-fonts/noto-sans-sc package. */
export const EXPORT_FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf",
} as const;

/** The characters of `texts`, each once, in a string (what a subset must keep). */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const char of text) seen.add(char);
  // Digits, the ellipsis and common punctuation for page numbers and cut text.
  for (const char of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ…+−-/·.,:()（）：，、 ") seen.add(char);
  return [...seen].join("");
}

/** Subsets a TrueType font to `characters` with HarfBuzz's hb-subset (through subset-font, loaded when first used). */
export async function subsetFontTo(font: Uint8Array, characters: string): Promise<Uint8Array> {
  const { default: subsetFont } = await import("subset-font");
  const subset = await subsetFont(Buffer.from(font), characters, { targetFormat: "truetype" });
  return new Uint8Array(subset);
}
