import type { ChartBasis } from "../chartBasis";
import { fetchExportFonts } from "./browserFonts";
import { exportFontsMeasurer, pdfExport, type ExportContext } from "./exportFiles";
import type { ExportChartOptions } from "./exportScene";
import type { PdfPages } from "./paneExportSettings";

/**
 * The pane's PDF: a chunk of its own (pdf-lib, fontkit), loaded the first time a PDF is exported, which fetches the
 * Noto Sans SC fonts and hb-subset from the add-in's files then (never on the pane's first load). Text is measured
 * with the embedded font's own advances, so every line fits its card as drawn.
 */
export async function paneExportPdf(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: Omit<ExportContext, "measure">,
  page: PdfPages,
  base: string,
): Promise<{ bytes: Uint8Array; cards: number }> {
  const fonts = await fetchExportFonts(base);
  const { bytes, drawing } = await pdfExport(
    basis,
    options,
    { ...context, measure: exportFontsMeasurer(fonts) },
    fonts,
    page,
  );
  return { bytes, cards: drawing.cards.length };
}
