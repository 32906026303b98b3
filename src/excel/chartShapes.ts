import type { SheetShapesPlan } from "../chart/export/sheetShapesPlan";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, textBytes } from "./payloadSize";

/**
 * Drawing an org chart as native Excel shapes (ExcelApi 1.9): a rounded rectangle per card with its text, an elbow
 * connector per line glued to both cards (`connectBeginShape` / `connectEndShape`), so moving a card in Excel drags
 * its lines along. Requests are cut to stay well under Excel on the web's 5 MB request limit.
 */

/** Shapes need ExcelApi 1.9 (Excel 2019+, Excel on the web, Mac 16.x). */
export const SHAPES_API = "1.9";

/**
 * The most cards offered as shapes. Measured on the project's Excel fake (tests/excel/chartShapes.test.ts: 100 B of
 * envelope per operation plus its arguments' JSON): a card with its connector is 24 operations and ~2.7 KB of request,
 * so 100 cards are 262 KB in 2 requests and 500 cards 1.3 MB in 6 — the request limit (5 MB) is never near. What
 * limits it is Excel itself: hundreds of shapes already slow a sheet's scrolling and every cell write
 * (OfficeDocs-Support #304), and each shape is a drawing object the user moves by hand. Beyond 500, a picture.
 */
export const MAX_SHAPE_CARDS = 500;

/** Estimated serialized bytes of one operation in a request (object path, action, ids), besides its arguments. */
export const OPERATION_BYTES = 120;

/** Cards (with their connectors) per request: few enough that one request stays far below the byte budget. */
const CARDS_PER_REQUEST = 150;

/** Estimated request bytes of one card's operations (see {@link OPERATION_BYTES}). */
export function cardRequestBytes(card: SheetShapesPlan["cards"][number], fontName: string): number {
  // add, left, top, width, height, name, altText, fill, line colour, weight, dash, text, font name, size, colour,
  // bold substring: 16 operations, the text and names as JSON strings.
  return (
    16 * OPERATION_BYTES +
    textBytes(card.text) +
    textBytes(card.name) +
    textBytes(card.description) +
    textBytes(fontName) +
    80
  );
}

export function connectorRequestBytes(connector: SheetShapesPlan["connectors"][number]): number {
  // addLine (4 numbers, type), name, colour, weight, dash, connect ×2: 7 operations.
  return 7 * OPERATION_BYTES + textBytes(connector.name) + 80;
}

export function markRequestBytes(mark: SheetShapesPlan["marks"][number], fontName: string): number {
  // add, left, top, width, height, name, fill, line visible, 4 margins, 2 alignments, text, font name, size, colour,
  // bold: 19 operations.
  return 19 * OPERATION_BYTES + textBytes(mark.text) + textBytes(mark.name) + textBytes(fontName) + 80;
}

/** Requests and their estimated sizes, to check the cut against the budget (tests, bench). */
export interface ShapesWriteStats {
  requests: number;
  estimatedBytes: number[];
}

/** Deletes every shape on a sheet of the add-in's (a rewrite: the chart is drawn anew). */
async function deleteShapes(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  const shapes = sheet.shapes;
  shapes.load("items/id");
  await context.sync();
  if (shapes.items.length === 0) return;
  for (const shape of shapes.items) shape.delete();
  await context.sync();
}

/**
 * A plan's change mark (ExcelApi 1.9): a borderless disc of the kind's colour over the card's top-left corner, its
 * text ("+", "→", "Δ", "×") bold and centred, with no margins so it fits the disc.
 */
function drawChangeMark(shapes: Excel.ShapeCollection, mark: SheetShapesPlan["marks"][number], fontName: string): void {
  const disc = shapes.addGeometricShape("Ellipse");
  disc.left = mark.left;
  disc.top = mark.top;
  disc.width = mark.size;
  disc.height = mark.size;
  disc.name = mark.name;
  disc.fill.setSolidColor(mark.fill);
  disc.lineFormat.visible = false;
  const frame = disc.textFrame;
  frame.leftMargin = 0;
  frame.rightMargin = 0;
  frame.topMargin = 0;
  frame.bottomMargin = 0;
  frame.horizontalAlignment = "Center";
  frame.verticalAlignment = "Middle";
  const text = frame.textRange;
  text.text = mark.text;
  text.font.name = fontName;
  text.font.size = mark.fontSize;
  text.font.color = mark.textColour;
  text.font.bold = true;
}

/**
 * Draws the plan on `sheet` (a sheet the add-in owns: whatever shapes it held are deleted first), cards first, then
 * a plan's change marks over them, then the connectors between the cards, syncing every {@link CARDS_PER_REQUEST} cards or when the estimated request reaches
 * `byteBudget`. Excel errors are thrown.
 */
export async function writeChartShapes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetShapesPlan,
  byteBudget = DEFAULT_PAYLOAD_BUDGET_BYTES / 2,
): Promise<ShapesWriteStats> {
  await deleteShapes(context, sheet);
  const stats: ShapesWriteStats = { requests: 0, estimatedBytes: [] };
  let bytes = 0;
  let queued = 0;
  const flush = async () => {
    if (queued === 0) return;
    await context.sync();
    stats.requests += 1;
    stats.estimatedBytes.push(bytes);
    bytes = 0;
    queued = 0;
  };
  const shapes = sheet.shapes;
  const added: Excel.Shape[] = [];
  for (const card of plan.cards) {
    const cost = cardRequestBytes(card, plan.fontName);
    if (queued >= CARDS_PER_REQUEST || (queued > 0 && bytes + cost > byteBudget)) await flush();
    const shape = shapes.addGeometricShape("RoundRectangle");
    shape.left = card.left;
    shape.top = card.top;
    shape.width = card.width;
    shape.height = card.height;
    shape.name = card.name;
    shape.altTextDescription = card.description;
    shape.fill.setSolidColor(card.fill);
    shape.lineFormat.color = card.line;
    shape.lineFormat.weight = 1.5;
    shape.lineFormat.dashStyle = card.dashed ? "Dash" : "Solid";
    const text = shape.textFrame.textRange;
    text.text = card.text;
    text.font.name = plan.fontName;
    text.font.size = card.fontSize;
    text.font.color = "#242424";
    if (card.titleLength > 0) text.getSubstring(0, card.titleLength).font.bold = true;
    added.push(shape);
    bytes += cost;
    queued += 1;
  }
  for (const mark of plan.marks) {
    const cost = markRequestBytes(mark, plan.fontName);
    if (queued >= CARDS_PER_REQUEST * 2 || (queued > 0 && bytes + cost > byteBudget)) await flush();
    drawChangeMark(shapes, mark, plan.fontName);
    bytes += cost;
    queued += 1;
  }
  await flush();
  for (const connector of plan.connectors) {
    const cost = connectorRequestBytes(connector);
    if (queued >= CARDS_PER_REQUEST * 2 || (queued > 0 && bytes + cost > byteBudget)) await flush();
    const shape = shapes.addLine(connector.begin[0], connector.begin[1], connector.end[0], connector.end[1], "Elbow");
    shape.name = connector.name;
    shape.lineFormat.color = connector.dotted ? plan.dottedColour : plan.lineColour;
    shape.lineFormat.weight = connector.dotted ? 1 : 1.25;
    shape.lineFormat.dashStyle = connector.dotted ? "Dash" : "Solid";
    shape.line.connectBeginShape(added[connector.from], connector.fromSite);
    shape.line.connectEndShape(added[connector.to], connector.toSite);
    bytes += cost;
    queued += 1;
  }
  await flush();
  return stats;
}

/**
 * Puts a picture of the chart (PNG, base64) on `sheet`, replacing what shapes it held, at `width` × `height` points.
 * The caller keeps the base64 within the request budget.
 */
export async function writeChartPicture(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  pngBase64: string,
  place: { left: number; top: number; width: number; height: number; name: string; description: string },
): Promise<void> {
  await deleteShapes(context, sheet);
  const image = sheet.shapes.addImage(pngBase64);
  image.left = place.left;
  image.top = place.top;
  image.width = place.width;
  image.height = place.height;
  image.name = place.name;
  image.altTextDescription = place.description;
  await context.sync();
}
