import { readFile } from "node:fs/promises";
import { EXPORT_FONT_FILES, type ExportFonts } from "../chart/export/exportFonts";

/** Where the export fonts are on disk (inside node_modules). */
export function exportFontPaths(): { regular: string; bold: string } {
  return { regular: require.resolve(EXPORT_FONT_FILES.regular), bold: require.resolve(EXPORT_FONT_FILES.bold) };
}

/** The export fonts, read from the @expo-google-fonts/noto-sans-sc package. */
export async function readExportFonts(): Promise<ExportFonts> {
  const paths = exportFontPaths();
  const [regular, bold] = await Promise.all([readFile(paths.regular), readFile(paths.bold)]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
