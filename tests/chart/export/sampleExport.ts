import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook, type SheetGrid } from "../../../src/core";
import { chartBasis } from "../../../src/chart/chartBasis";
import { exportFontsMeasurer } from "../../../src/chart/export/exportFiles";
import type { ExportFonts } from "../../../src/chart/export/exportFonts";
import { translatorFor, type Lang } from "../../../src/i18n";
import { readExportFonts } from "../../../src/cli/exportFontsFromPackage";

let fonts: Promise<ExportFonts> | undefined;

/** The export fonts, read once per test file. */
export function exportFonts(): Promise<ExportFonts> {
  fonts ??= readExportFonts();
  return fonts;
}

/** The sample org in a language, optionally with its positions' cells changed, and what exporting it needs. */
export async function sampleExport(lang: Lang, edit?: (positions: SheetGrid) => void) {
  const [positions, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
  edit?.(positions);
  const analysis = analyzeWorkbook({ positions, departments }, { lang });
  const loaded = await exportFonts();
  return {
    analysis,
    basis: chartBasis(analysis),
    fonts: loaded,
    context: {
      lang,
      translate: translatorFor(lang),
      measure: exportFontsMeasurer(loaded),
      date: new Date(Date.UTC(2026, 11, 7)),
    },
  };
}

/** Text with every space and line break taken out (pdftotext breaks lines where a PDF's text runs end). */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}
