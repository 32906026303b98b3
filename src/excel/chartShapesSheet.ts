import type { SheetShapesPlan } from "../chart/export/sheetShapesPlan";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { MAX_SHAPE_CARDS, SHAPES_API, writeChartPicture, writeChartShapes, type ShapesWriteStats } from "./chartShapes";
import { supportsExcelApi } from "./excelApiSupport";
import { defaultExcelRun, type ExcelRun } from "./excelRun";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./payloadSize";
import { writeSheetSpec } from "./writeSheetSpec";

/** What goes on the chart's sheet: the chart as shapes, or its picture (PNG, base64). */
export type ChartSheetContent =
  | { kind: "shapes"; plan: SheetShapesPlan }
  | { kind: "picture"; pngBase64: string; width: number; height: number; description: string };

export type ChartSheetResult =
  | { ok: true; sheetName: string; stats?: ShapesWriteStats }
  | { ok: false; reason: "noShapesApi" }
  | { ok: false; reason: "tooManyCards"; cards: number; max: number }
  | { ok: false; reason: "pictureTooBig"; bytes: number };

/** The most base64 a picture may be: one request, under the request budget. */
export const MAX_PICTURE_BASE64 = DEFAULT_PAYLOAD_BUDGET_BYTES;

/**
 * Writes the chart on a sheet the add-in owns, as any of its sheets is written (src/excel/writeSheetSpec: a GUID
 * name tags it, the write happens under a temporary name and the sheet takes its final name only once the shapes are
 * drawn; an earlier chart sheet of the add-in's is rewritten in place, a user's sheet never touched). `notes` are the
 * title and date lines in A1, A2. Shapes need ExcelApi 1.9: without it nothing is written and the reason comes back.
 */
export async function writeChartSheet(
  name: string,
  notes: string[],
  content: ChartSheetContent,
  run: ExcelRun = defaultExcelRun,
): Promise<ChartSheetResult> {
  if (!supportsExcelApi(SHAPES_API)) return { ok: false, reason: "noShapesApi" };
  if (content.kind === "shapes" && content.plan.cards.length > MAX_SHAPE_CARDS)
    return { ok: false, reason: "tooManyCards", cards: content.plan.cards.length, max: MAX_SHAPE_CARDS };
  if (content.kind === "picture" && content.pngBase64.length > MAX_PICTURE_BASE64)
    return { ok: false, reason: "pictureTooBig", bytes: content.pngBase64.length };
  const spec: SheetSpec = { name, notes, columns: [], rows: [], activate: true };
  let stats: ShapesWriteStats | undefined;
  const written = await run((context) =>
    writeSheetSpec(context, spec, {}, async (sheet) => {
      if (content.kind === "shapes") stats = await writeChartShapes(context, sheet, content.plan);
      else
        await writeChartPicture(context, sheet, content.pngBase64, {
          left: 8,
          top: 40,
          width: content.width,
          height: content.height,
          name: "Org chart",
          description: content.description,
        });
    }),
  );
  return { ok: true, sheetName: written.sheetName, ...(stats ? { stats } : {}) };
}
