import { translatorFor, type Lang } from "../../i18n";
import type { ChartBasis } from "../chartBasis";
import { LIGHT_CHART_THEME } from "../chartTheme";
import { canvasTextMeasurer, estimateTextWidth } from "../textMeasure";
import { drawChartForExport } from "./exportChart";
import { encodePng } from "./pngEncoder";
import { bandPixels, CANVAS_LIMITS, planPng, type PngPlan, type SurfaceLimits } from "./pngTiles";

export { exportDateLine, exportTitle } from "./exportChart";
import type { ExportDrawing } from "./exportDrawing";
import type { ExportChartOptions } from "./exportScene";
import type { PaneExportSettings, PaneFileFormat } from "./paneExportSettings";
import { planDeck } from "./planDeck";
import { writePptx } from "./writePptx";
import { writeSvg } from "./writeSvg";

/** Largest canvas side and area the PNG is drawn on (Chromium's limits; Safari's area is the same). */
export const CANVAS_MAX_SIDE = CANVAS_LIMITS.maxSide;
export const CANVAS_MAX_AREA = CANVAS_LIMITS.maxArea;

export { pngNotice } from "./pngNotice";

export interface PaneExportResult {
  blob: Blob;
  fileName: string;
  /** Cards drawn (over every slide). */
  cards: number;
  /** A PNG: how it was drawn (whole at 2×, in tiles stitched, or scaled down), for the pane to say. */
  png?: PngPlan;
  /** PowerPoint: the slides written. */
  slides?: number;
}

function canvas2d(doc: Document, width: number, height: number): CanvasRenderingContext2D {
  const canvas = doc.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2D canvas");
  return context;
}

/**
 * The SVG as a PNG, drawn on canvases as `pngTiles` plans it: a chart that fits one canvas at 2× is drawn whole (the
 * browser's own PNG encoder); a bigger one in tiles — each the whole SVG (decoded once, a vector image) drawn through
 * a transform onto a canvas within every browser's limits — read back band by band and stitched into one PNG by
 * `pngEncoder`; beyond the stitched maximum, smaller. `maxScale` caps the scale (the workbook's picture).
 */
async function rasterize(
  svg: string,
  drawing: ExportDrawing,
  doc: Document,
  maxScale = 2,
  surface: SurfaceLimits = CANVAS_LIMITS,
): Promise<{ blob: Blob; plan: PngPlan }> {
  const image = new Image();
  // A data URL (not a blob URL) and no foreignObject: the canvas is not tainted, so it can be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const plan = planPng(drawing.width, drawing.height, surface, { scale: maxScale });
  const scale = plan.scale;
  const draw = (context: CanvasRenderingContext2D, x: number, y: number) => {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, context.canvas.width, context.canvas.height);
    context.setTransform(scale, 0, 0, scale, -x, -y);
    context.drawImage(image, 0, 0, drawing.width, drawing.height);
  };
  if (plan.mode === "whole") {
    const context = canvas2d(doc, plan.width, plan.height);
    draw(context, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => context.canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("the canvas gave no PNG");
    return { blob, plan };
  }
  let tileCanvas: CanvasRenderingContext2D | undefined;
  const bytes = await encodePng(
    plan.width,
    plan.height,
    bandPixels(plan, async (tile) => {
      if (tileCanvas?.canvas.width !== tile.width || tileCanvas.canvas.height !== tile.height)
        tileCanvas = canvas2d(doc, tile.width, tile.height);
      draw(tileCanvas, tile.x, tile.y);
      return tileCanvas.getImageData(0, 0, tile.width, tile.height).data;
    }),
  );
  return { blob: new Blob([bytes as BlobPart], { type: "image/png" }), plan };
}

const MIME = {
  svg: "image/svg+xml",
  png: "image/png",
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
} as const;

/**
 * The chart as a file, made in the browser with the dialog's settings (format, subtree, depth, orientation, language,
 * paper, deck): SVG, PNG and PowerPoint measure text with the pane's canvas measurer; the PDF is a chunk of its own that
 * fetches its fonts when first used. This module is itself loaded only when the user exports (a chunk, with JSZip).
 */
export async function exportFromPane(request: {
  settings: PaneExportSettings;
  basis: ChartBasis;
  options: ExportChartOptions;
  date: Date;
  doc: Document;
}): Promise<PaneExportResult> {
  const { settings, basis, options, doc } = request;
  const lang = settings.lang;
  const t = translatorFor(lang);
  const context = { lang, translate: t, date: request.date };
  const format: PaneFileFormat = settings.format;
  const fileName = `org-chart.${format}`;
  const file = (bytes: BlobPart, cards: number, extra: Partial<PaneExportResult> = {}): PaneExportResult => ({
    blob: new Blob([bytes], { type: MIME[format] }),
    fileName,
    cards,
    ...extra,
  });
  if (format === "pdf") {
    const { paneExportPdf } = await import(/* webpackChunkName: "export-pdf" */ "./browserPdf");
    const pdf = await paneExportPdf(basis, options, context, settings.pdf, doc.baseURI);
    return file(pdf.bytes as BlobPart, pdf.cards);
  }
  const measure = canvasTextMeasurer(doc, LIGHT_CHART_THEME.fontFamily) ?? estimateTextWidth;
  const measured = { ...context, measure };
  if (format === "pptx") {
    const slides = planDeck(basis, options, measured, settings.deck);
    const bytes = await writePptx(slides, { title: slides[0]?.title ?? "", date: request.date });
    const cards = slides.reduce((sum, slide) => sum + slide.drawing.cards.length, 0);
    return file(bytes as BlobPart, cards, { slides: slides.length });
  }
  const { drawing } = drawChartForExport(basis, options, measured);
  const svg = writeSvg(drawing);
  if (format === "svg") return file(svg, drawing.cards.length);
  const { blob, plan } = await rasterize(svg, drawing, doc);
  return { blob, fileName, cards: drawing.cards.length, png: plan };
}

/** The chart as a PNG picture (for the workbook: Excel's `shapes.addImage`), as the PNG export draws it. */
export async function pictureOfChart(request: {
  basis: ChartBasis;
  options: ExportChartOptions;
  lang: Lang;
  date: Date;
  doc: Document;
  /** At most this scale (2 by default; smaller keeps a big chart's picture within a request to Excel). */
  maxScale?: number;
}): Promise<{ png: Blob; drawing: ExportDrawing; scale: number }> {
  const t = translatorFor(request.lang);
  const measure = canvasTextMeasurer(request.doc, LIGHT_CHART_THEME.fontFamily) ?? estimateTextWidth;
  const { drawing } = drawChartForExport(request.basis, request.options, {
    lang: request.lang,
    translate: t,
    date: request.date,
    measure,
  });
  const { blob, plan } = await rasterize(writeSvg(drawing), drawing, request.doc, request.maxScale);
  return { png: blob, drawing, scale: plan.scale };
}

/** The chart laid out for the workbook's shapes, text measured by the pane's canvas. */
export function drawingForSheet(request: {
  basis: ChartBasis;
  options: ExportChartOptions;
  lang: Lang;
  date: Date;
  doc: Document;
}): ExportDrawing {
  const measure = canvasTextMeasurer(request.doc, LIGHT_CHART_THEME.fontFamily) ?? estimateTextWidth;
  return drawChartForExport(request.basis, request.options, {
    lang: request.lang,
    translate: translatorFor(request.lang),
    date: request.date,
    measure,
  }).drawing;
}

/** Hands a file to the browser as a download (an `<a download>` click), then lets its URL go. */
export function downloadFile(blob: Blob, fileName: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
