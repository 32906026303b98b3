import { harfbuzzSubsetter, type FontSubsetter } from "./harfbuzzSubset";

/**
 * The fonts a PDF embeds: Noto Sans SC (SIL Open Font License), which covers Latin and Simplified Chinese, regular and
 * semibold, as TrueType, and HarfBuzz's hb-subset (WebAssembly) that cuts them down. The command line reads them from
 * the packages; the pane fetches them from the add-in's own files the first time a PDF is exported. Each font is
 * subset to the characters the chart uses before it is embedded.
 */
export interface ExportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** harfbuzzjs's `harfbuzz-subset.wasm`. */
  harfbuzzWasm: Uint8Array;
}

/** The font files inside the @expo-google-fonts/noto-sans-sc package. */
export const EXPORT_FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf",
  harfbuzzWasm: "harfbuzzjs/dist/harfbuzz-subset.wasm",
} as const;

/** The characters of `texts`, each once, in a string (what a subset must keep). */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const char of text) seen.add(char);
  // Digits, the ellipsis and common punctuation for page numbers and cut text.
  for (const char of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ…+−-/·.,:()（）：，、 ") seen.add(char);
  return [...seen].join("");
}

const subsetters = new WeakMap<Uint8Array, Promise<FontSubsetter>>();

/** Subsets one of the export fonts to `characters` with hb-subset (instantiated once per set of fonts). */
export async function subsetFontTo(fonts: ExportFonts, font: Uint8Array, characters: string): Promise<Uint8Array> {
  let subsetter = subsetters.get(fonts.harfbuzzWasm);
  if (subsetter === undefined) {
    subsetter = harfbuzzSubsetter(fonts.harfbuzzWasm);
    subsetters.set(fonts.harfbuzzWasm, subsetter);
  }
  return (await subsetter)(font, characters);
}
