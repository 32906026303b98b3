import { translatorFor } from "../../i18n";
import type { ChartInsertion, ChartInsertRequest } from "./paneHost";

/** base64 of a blob's bytes. */
async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Puts the chart into the open workbook, on a sheet the add-in owns: native shapes and connectors (editable in Excel)
 * or a picture. The export code and the shapes writer load only now (chunks of their own). A picture is drawn at 2×,
 * or at 1× or ½× when that is what fits one request to Excel. Every outcome is a message for the pane.
 */
export async function insertChartIntoExcel(request: ChartInsertRequest): Promise<ChartInsertion> {
  const t = request.translate;
  const chartT = translatorFor(request.lang);
  const [
    { drawingForSheet, pictureOfChart, exportTitle, exportDateLine },
    { sheetShapesPlan },
    { writeChartSheet, MAX_PICTURE_BASE64 },
  ] = await Promise.all([
    import(/* webpackChunkName: "export" */ "../../chart/export/browserExport"),
    import(/* webpackChunkName: "export" */ "../../chart/export/sheetShapesPlan"),
    import(/* webpackChunkName: "export-excel" */ "../../excel/chartShapesSheet"),
  ]);
  const date = new Date();
  const notes = [exportTitle(request.basis.model, request.options, chartT), exportDateLine(date, request.lang, chartT)];
  const drawingRequest = { basis: request.basis, options: request.options, lang: request.lang, date, doc: document };
  const sheetName = chartT("export.sheetName");
  if (request.mode === "shapes") {
    const plan = sheetShapesPlan(drawingForSheet(drawingRequest));
    // The chart of a plan: its change legend under the title and date (the shapes start below it).
    if (plan.legend !== null)
      notes.push(
        chartT("export.sheetChangeLegend", { title: plan.legend.title, items: plan.legend.items.join("  ·  ") }),
      );
    const result = await writeChartSheet(sheetName, notes, { kind: "shapes", plan });
    if (result.ok)
      return { ok: true, message: t("export.sheetWritten", { sheet: result.sheetName, cards: plan.cards.length }) };
    if (result.reason === "tooManyCards")
      return { ok: false, message: t("export.sheetTooBig", { cards: result.cards, max: result.max }) };
    return { ok: false, message: t("export.sheetNoShapes") };
  }
  let base64 = "";
  let size = { width: 0, height: 0 };
  let description = "";
  for (const maxScale of [2, 1, 0.5]) {
    const picture = await pictureOfChart({ ...drawingRequest, maxScale });
    base64 = await base64Of(picture.png);
    // Placed at the chart's own size (1 px = 0.75 pt), whatever the picture's resolution.
    size = { width: picture.drawing.width * 0.75, height: picture.drawing.height * 0.75 };
    description = picture.drawing.label;
    if (base64.length <= MAX_PICTURE_BASE64) break;
  }
  const result = await writeChartSheet(sheetName, notes, { kind: "picture", pngBase64: base64, ...size, description });
  if (result.ok) return { ok: true, message: t("export.sheetPictureWritten", { sheet: result.sheetName }) };
  if (result.reason === "pictureTooBig")
    return {
      ok: false,
      message: t("export.sheetPictureTooBig", { size: `${(result.bytes / 1024 / 1024).toFixed(1)} MB` }),
    };
  return { ok: false, message: t("export.sheetNoShapes") };
}
