import fontkit from "@pdf-lib/fontkit";
import type { Lang, Translate } from "../../i18n";
import type { ChartBasis } from "../chartBasis";
import { fontMetricsMeasurer } from "../fontMetricsMeasurer";
import type { TextMeasurer } from "../textMeasure";
import { drawChartForExport } from "./exportChart";
import type { ExportDrawing } from "./exportDrawing";
import { charactersOf, subsetFontTo, type ExportFonts } from "./exportFonts";
import type { ExportChartOptions } from "./exportScene";
import type { PaperSize } from "./paper";
import { planDeck, type DeckShape } from "./planDeck";
import { writePdf } from "./writePdf";
import { writePptx, type PptxSlide } from "./writePptx";
import { writeSvg } from "./writeSvg";

/** A measurer from the export fonts' own advances (headless, and what the PDF embeds). */
export function exportFontsMeasurer(fonts: ExportFonts): TextMeasurer {
  return fontMetricsMeasurer(fontkit.create(fonts.regular), fontkit.create(fonts.bold));
}

/** Every text a drawing shows (what a font subset must keep). */
export function drawingTexts(drawing: ExportDrawing): string[] {
  const texts = [drawing.title.text, drawing.subtitle.text];
  if (drawing.legendTitle) texts.push(drawing.legendTitle.text);
  for (const entry of drawing.legend) texts.push(entry.name);
  if (drawing.changeLegendTitle) texts.push(drawing.changeLegendTitle.text);
  for (const entry of drawing.changeLegend) texts.push(entry.mark, entry.label.text);
  for (const card of drawing.cards) {
    for (const line of card.layout.lines) texts.push(line.text);
    for (const badge of card.layout.badges) texts.push(badge.text);
    if (card.layout.toggle) texts.push(card.layout.toggle.label);
    if (card.layout.change) texts.push(card.layout.change.text);
  }
  return texts;
}

export interface ExportContext {
  lang: Lang;
  translate: Translate;
  measure: TextMeasurer;
  date: Date;
}

export function svgExport(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: ExportContext,
): { svg: string; drawing: ExportDrawing } {
  const { drawing } = drawChartForExport(basis, options, context);
  return { svg: writeSvg(drawing), drawing };
}

export async function pdfExport(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: ExportContext,
  fonts: ExportFonts,
  page: { paper: PaperSize; landscape: boolean; pages: "poster" | "tiles" },
): Promise<{ bytes: Uint8Array; drawing: ExportDrawing; subsetMs: number }> {
  const { drawing } = drawChartForExport(basis, options, context);
  const t = context.translate;
  const characters = charactersOf([...drawingTexts(drawing), t("export.page", { page: 0, pages: 0 })]);
  const started = performance.now();
  const [regular, bold] = await Promise.all([
    subsetFontTo(fonts, fonts.regular, characters),
    subsetFontTo(fonts, fonts.bold, characters),
  ]);
  const subsetMs = performance.now() - started;
  const bytes = await writePdf(
    drawing,
    { regular, bold },
    {
      ...page,
      title: drawing.title.text,
      date: context.date,
      pageLabel: (n, pages) => t("export.page", { page: n, pages }),
    },
  );
  return { bytes, drawing, subsetMs };
}

export async function pptxExport(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: ExportContext,
  shape: DeckShape = "auto",
): Promise<{ bytes: Uint8Array; slides: PptxSlide[] }> {
  const slides = planDeck(basis, options, context, shape);
  const bytes = await writePptx(slides, { title: slides[0]?.title ?? "", date: context.date });
  return { bytes, slides };
}
