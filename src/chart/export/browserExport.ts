import type { OrgModel } from "../../core/model/orgModel";
import type { Lang, Translate } from "../../i18n";
import type { BuiltChartScene } from "../buildChartScene";
import { LIGHT_CHART_THEME } from "../chartTheme";
import { canvasTextMeasurer, estimateTextWidth } from "../textMeasure";
import { exportDateLine } from "./exportChart";
import { exportDrawing, type ExportDrawing } from "./exportDrawing";
import { writePptx } from "./writePptx";
import { writeSvg } from "./writeSvg";

/** The formats the pane exports (PDF needs the font subsetter, which runs on the command line only for now). */
export type PaneExportFormat = "svg" | "png" | "pptx";

/** Largest canvas side and area the PNG is drawn on (Chromium's limits; Safari's area is the same). */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_AREA = 268_435_456;

export interface PaneExportResult {
  blob: Blob;
  fileName: string;
  /** Set when a PNG had to be drawn smaller than 2× to fit a canvas: the scale it was drawn at. */
  pngScale?: number;
}

/** The PNG's scale: 2× unless the canvas limits need less. */
export function pngScaleFor(width: number, height: number): number {
  return Math.min(2, CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height, Math.sqrt(CANVAS_MAX_AREA / (width * height)));
}

async function rasterize(svg: string, drawing: ExportDrawing, doc: Document): Promise<{ blob: Blob; scale: number }> {
  const scale = pngScaleFor(drawing.width, drawing.height);
  const image = new Image();
  // A data URL (not a blob URL) and no foreignObject: the canvas is not tainted, so it can be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = doc.createElement("canvas");
  canvas.width = Math.max(1, Math.floor(drawing.width * scale));
  canvas.height = Math.max(1, Math.floor(drawing.height * scale));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("the canvas gave no PNG");
  return { blob, scale };
}

/**
 * The chart the pane shows (its view, what is expanded, its orientation) as a file, made in the browser: text
 * measured with the pane's canvas measurer. Loaded only when the user exports (a chunk of its own, with JSZip).
 */
export async function exportFromPane(request: {
  format: PaneExportFormat;
  built: BuiltChartScene;
  model: OrgModel;
  lang: Lang;
  translate: Translate;
  date: Date;
  doc: Document;
}): Promise<PaneExportResult> {
  const { built, translate: t, doc } = request;
  const measure = canvasTextMeasurer(doc, LIGHT_CHART_THEME.fontFamily) ?? estimateTextWidth;
  const drawing = exportDrawing({
    built,
    model: request.model,
    title: t("export.title"),
    subtitle: exportDateLine(request.date, request.lang, t),
    lang: request.lang,
    translate: t,
    measure,
  });
  const svg = writeSvg(drawing);
  switch (request.format) {
    case "svg":
      return { blob: new Blob([svg], { type: "image/svg+xml" }), fileName: "org-chart.svg" };
    case "png": {
      const { blob, scale } = await rasterize(svg, drawing, doc);
      return { blob, fileName: "org-chart.png", ...(scale < 2 ? { pngScale: scale } : {}) };
    }
    case "pptx": {
      const bytes = await writePptx([{ drawing, title: drawing.title.text }], {
        title: drawing.title.text,
        date: request.date,
      });
      return {
        blob: new Blob([bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        }),
        fileName: "org-chart.pptx",
      };
    }
  }
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
