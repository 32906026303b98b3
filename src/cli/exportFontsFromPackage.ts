import { readFile } from "node:fs/promises";
import { EXPORT_FONT_FILES, type ExportFonts } from "../chart/export/exportFonts";

/** Where the export fonts are on disk (inside node_modules). */
export function exportFontPaths(): { regular: string; bold: string; harfbuzzWasm: string } {
  return {
    regular: require.resolve(EXPORT_FONT_FILES.regular),
    bold: require.resolve(EXPORT_FONT_FILES.bold),
    harfbuzzWasm: require.resolve(EXPORT_FONT_FILES.harfbuzzWasm),
  };
}

/** The export fonts, read from the @expo-google-fonts/noto-sans-sc package, and hb-subset from harfbuzzjs. */
export async function readExportFonts(): Promise<ExportFonts> {
  const paths = exportFontPaths();
  const [regular, bold, harfbuzzWasm] = await Promise.all([
    readFile(paths.regular),
    readFile(paths.bold),
    readFile(paths.harfbuzzWasm),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold), harfbuzzWasm: new Uint8Array(harfbuzzWasm) };
}
