import {
  clip,
  endPath,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFFont,
  type PDFPage,
  type RGB,
} from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import { cardBandPath, WARNING_BANG_PATH, WARNING_TRIANGLE_PATH } from "../cardLayout";
import { cardPaint } from "../chartTheme";
import type { TextStyle } from "../textMeasure";
import { cardOutline, type ExportDrawing, type DrawnText } from "./exportDrawing";
import type { ExportFonts } from "./exportFonts";
import { pageSize, type PaperSize } from "./paper";

export interface PdfOptions {
  paper: PaperSize;
  landscape: boolean;
  /** One page with the whole chart scaled to fit ("poster"), or pages at a readable scale with overlap marks. */
  pages: "poster" | "tiles";
  /** "Page {page} of {pages}" in the chart's language. */
  pageLabel(page: number, pages: number): string;
  title: string;
  /** Fixed creation date (tests, reproducible output); default now. */
  date?: Date;
}

/** Page margin and footer (pt). */
const MARGIN = 28;
const FOOTER = 16;
/** Tiles overlap by this much (pt), marked on both pages. */
const OVERLAP = 24;
/** Tiles draw the chart at this scale (pt per px): a card's title is 6.5 pt, a 200 px card 100 pt wide. */
const TILE_SCALE = 0.5;
/** A poster is never drawn larger than the screen's size (1 px = 0.75 pt). */
const MAX_SCALE = 0.75;

function colour(hex: string): RGB {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return rgb(0.5, 0.5, 0.5);
  const value = parseInt(match[1], 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
}

/**
 * Remembers each text's glyphs: pdf-lib lays out every string it draws with fontkit (the font's substitution tables),
 * and a chart repeats its texts (titles, grades, "Specialist") on many cards and, in tiles, on several pages.
 */
function memoizeEncoding(font: PDFFont): PDFFont {
  const encoded = new Map<string, ReturnType<PDFFont["encodeText"]>>();
  const encode = font.encodeText.bind(font);
  font.encodeText = (text: string) => {
    let hex = encoded.get(text);
    if (hex === undefined) {
      hex = encode(text);
      encoded.set(text, hex);
    }
    return hex;
  };
  return font;
}

/** A view of the drawing on a page: drawing px (y down) to page pt (y up). */
interface View {
  page: PDFPage;
  /** Page position of the drawing's origin (pt, from the page's top-left) and the scale. */
  ox: number;
  oy: number;
  scale: number;
  height: number;
  fonts: { regular: PDFFont; bold: PDFFont };
}

/**
 * An opacity for pdf-lib: undefined when opaque. pdf-lib adds a new ExtGState object to the page for every draw given
 * an opacity, even 1: at 1,000 cards that was thousands of needless objects, written and compressed.
 */
const translucent = (opacity: number | undefined): number | undefined =>
  opacity === undefined || opacity >= 1 ? undefined : opacity;

function drawText(view: View, text: string, x: number, y: number, style: TextStyle, fill: string, opacity = 1): void {
  if (text === "") return;
  view.page.drawText(text, {
    x: view.ox + x * view.scale,
    y: view.height - (view.oy + y * view.scale),
    size: style.size * view.scale,
    font: style.bold ? view.fonts.bold : view.fonts.regular,
    color: colour(fill),
    opacity: translucent(opacity),
  });
}

/** Draws an SVG path whose origin is at (dx, dy) in the drawing. */
function drawPath(
  view: View,
  path: string,
  options: { fill?: string; stroke?: string; width?: number; dash?: readonly number[]; opacity?: number },
  dx = 0,
  dy = 0,
): void {
  view.page.drawSvgPath(path, {
    x: view.ox + dx * view.scale,
    y: view.height - (view.oy + dy * view.scale),
    scale: view.scale,
    color: options.fill === undefined ? undefined : colour(options.fill),
    borderColor: options.stroke === undefined ? undefined : colour(options.stroke),
    borderWidth: options.stroke === undefined ? 0 : (options.width ?? 1),
    borderDashArray: options.dash === undefined || options.dash.length === 0 ? undefined : [...options.dash],
    opacity: translucent(options.opacity),
    borderOpacity: translucent(options.opacity),
  });
}

function pointsPath(points: readonly number[]): string {
  let d = `M${points[0]} ${points[1]}`;
  for (let i = 2; i < points.length; i += 2) d += `L${points[i]} ${points[i + 1]}`;
  return d;
}

/** A plan's change mark: its text ("+", "→", "Δ", "×") centred on a disc of the kind's colour (drawing px). */
function changeMark(
  view: View,
  mark: string,
  cx: number,
  cy: number,
  r: number,
  fill: string,
  text: string,
  opacity = 1,
): void {
  view.page.drawCircle({
    x: view.ox + cx * view.scale,
    y: view.height - (view.oy + cy * view.scale),
    size: r * view.scale,
    color: colour(fill),
    opacity: translucent(opacity),
  });
  const style = { size: 12, bold: true };
  const width = view.fonts.bold.widthOfTextAtSize(mark, 12);
  drawText(view, mark, cx - width / 2, cy + 4, style, text, opacity);
}

/** Draws the part of the drawing inside `area` (drawing px) on a page. */
function drawDrawing(
  view: View,
  drawing: ExportDrawing,
  area: { minX: number; minY: number; maxX: number; maxY: number },
): void {
  const { theme } = drawing;
  const inArea = (minX: number, minY: number, maxX: number, maxY: number) =>
    maxX >= area.minX && minX <= area.maxX && maxY >= area.minY && minY <= area.maxY;
  const text = (t: DrawnText, fill: string) => {
    if (inArea(t.x, t.y - t.style.size, t.x + t.text.length * t.style.size, t.y))
      drawText(view, t.text, t.x, t.y, t.style, fill);
  };
  text(drawing.title, theme.text);
  text(drawing.subtitle, theme.mutedText);
  for (const edge of drawing.edges) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
    for (let i = 0; i < edge.points.length; i += 2) {
      minX = Math.min(minX, edge.points[i]);
      maxX = Math.max(maxX, edge.points[i]);
      minY = Math.min(minY, edge.points[i + 1]);
      maxY = Math.max(maxY, edge.points[i + 1]);
    }
    if (!inArea(minX, minY, maxX, maxY)) continue;
    const dotted = edge.kind === "dotted";
    drawPath(view, pointsPath(edge.points), {
      stroke: dotted ? theme.dotted : theme.connector,
      width: dotted ? theme.dottedWidth : theme.connectorWidth,
      dash: dotted ? theme.dottedDash : undefined,
    });
  }
  const w = drawing.cardWidth;
  const h = drawing.cardHeight;
  for (const card of drawing.cards) {
    if (!inArea(card.x, card.y, card.x + w, card.y + h + 8)) continue;
    const { content, layout } = card;
    const paint = cardPaint(theme, content.kind);
    const opacity = paint.opacity;
    const outline = cardOutline(theme, content, paint);
    drawPath(view, roundedRectPath(card.x, card.y, w, h, theme.corner), {
      fill: paint.fill,
      stroke: outline.stroke,
      width: outline.width,
      dash: paint.dash,
      opacity,
    });
    if (content.kind !== "virtualTop")
      drawPath(view, cardBandPath(w), { fill: content.colour, opacity }, card.x, card.y);
    for (const line of layout.lines) {
      const fill = line.muted && content.kind !== "virtualTop" ? theme.mutedText : paint.text;
      drawText(view, line.text, card.x + line.x, card.y + line.y, line.style, fill, opacity);
    }
    for (const badge of layout.badges) {
      drawPath(view, roundedRectPath(card.x + badge.x, card.y + badge.y, badge.width, badge.height, badge.height / 2), {
        fill: content.kind === "virtualTop" ? "#6a6a6a" : theme.badgeFill,
        opacity,
      });
      const fill = content.kind === "virtualTop" ? theme.virtualTopText : theme.badgeText;
      drawText(view, badge.text, card.x + badge.textX, card.y + badge.textY, { size: 10 }, fill, opacity);
    }
    if (layout.warning !== null) {
      const wx = card.x + layout.warning.x;
      const wy = card.y + layout.warning.y;
      drawPath(view, WARNING_TRIANGLE_PATH, { fill: theme.warning }, wx, wy);
      drawPath(view, WARNING_BANG_PATH, { fill: theme.warningMark }, wx, wy);
    }
    if (layout.change !== null) {
      const mark = layout.change;
      changeMark(
        view,
        mark.text,
        card.x + mark.cx,
        card.y + mark.cy,
        mark.r,
        theme.changes[mark.kind],
        theme.changes.markText,
        opacity,
      );
    }
    if (layout.toggle !== null) {
      const t = layout.toggle;
      drawPath(
        view,
        roundedRectPath(card.x + t.cx - t.width / 2, card.y + t.cy - t.height / 2, t.width, t.height, t.height / 2),
        { fill: theme.cardFill, stroke: theme.connector, width: 1 },
      );
      const style = { size: 10, bold: true };
      const labelWidth = view.fonts.bold.widthOfTextAtSize(t.label, 10);
      drawText(view, t.label, card.x + t.cx - labelWidth / 2, card.y + t.cy + 3.5, style, theme.badgeText);
    }
  }
  if (drawing.changeLegendTitle !== null) {
    text(drawing.changeLegendTitle, theme.text);
    for (const entry of drawing.changeLegend) {
      if (!inArea(entry.cx - entry.r, entry.cy - entry.r, entry.cx + 200, entry.cy + entry.r)) continue;
      changeMark(view, entry.mark, entry.cx, entry.cy, entry.r, entry.colour, theme.changes.markText);
      text(entry.label, theme.text);
    }
  }
  if (drawing.legendTitle !== null) {
    text(drawing.legendTitle, theme.text);
    for (const entry of drawing.legend) {
      if (!inArea(entry.x, entry.y, entry.x + 200, entry.y + entry.size)) continue;
      drawPath(view, roundedRectPath(entry.x, entry.y, entry.size, entry.size, 2), { fill: entry.colour });
      text(entry.label, theme.text);
    }
  }
}

function footer(view: View, label: string, width: number, fonts: { regular: PDFFont }): void {
  const size = 8;
  const textWidth = fonts.regular.widthOfTextAtSize(label, size);
  view.page.drawText(label, {
    x: width - MARGIN - textWidth,
    y: MARGIN / 2,
    size,
    font: fonts.regular,
    color: rgb(0.38, 0.38, 0.38),
  });
}

/** Marks the overlap with the neighbouring tiles: short lines across the page edge at the overlap's inner edge. */
function overlapMarks(
  page: PDFPage,
  box: { x: number; y: number; w: number; h: number },
  sides: { left: boolean; right: boolean; top: boolean; bottom: boolean },
): void {
  const grey = rgb(0.45, 0.45, 0.45);
  const mark = 10;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.5, color: grey, dashArray: [2, 2] });
  const { x, y, w, h } = box;
  if (sides.left) for (const yy of [y, y + h]) line(x + OVERLAP, yy - mark, x + OVERLAP, yy + mark);
  if (sides.right) for (const yy of [y, y + h]) line(x + w - OVERLAP, yy - mark, x + w - OVERLAP, yy + mark);
  if (sides.top) for (const xx of [x, x + w]) line(xx - mark, y + h - OVERLAP, xx + mark, y + h - OVERLAP);
  if (sides.bottom) for (const xx of [x, x + w]) line(xx - mark, y + OVERLAP, xx + mark, y + OVERLAP);
}

/**
 * The drawing as a PDF: vector shapes and selectable, searchable text in the embedded font (Noto Sans SC, already
 * subset to the characters used, so Latin and Chinese both copy out as text). "poster": one page, the whole chart
 * scaled to fit; "tiles": as many pages as the chart needs at a readable scale, in rows and columns, neighbouring
 * pages overlapping by 24 pt with dashed marks where the overlap starts, each page numbered.
 */
export async function writePdf(
  drawing: ExportDrawing,
  fonts: Pick<ExportFonts, "regular" | "bold">,
  options: PdfOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(options.title);
  doc.setLanguage(drawing.lang);
  doc.setProducer("Orgwright");
  doc.setCreator("Orgwright");
  const date = options.date ?? new Date();
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // No substitutions (ligatures, fractions, contextual forms): each glyph stays one character with its own width, so
  // the text copies out as written. fontkit turns frac/numr/dnom on by default, which turns digits into fractions' parts.
  const features = {
    liga: false,
    rlig: false,
    clig: false,
    dlig: false,
    calt: false,
    frac: false,
    numr: false,
    dnom: false,
    locl: false,
  };
  const embedded = {
    regular: memoizeEncoding(await doc.embedFont(fonts.regular, { subset: false, features })),
    bold: memoizeEncoding(await doc.embedFont(fonts.bold, { subset: false, features })),
  };
  const [pageWidth, pageHeight] = pageSize(options.paper, options.landscape);
  const usableWidth = pageWidth - 2 * MARGIN;
  const usableHeight = pageHeight - 2 * MARGIN - FOOTER;
  const everything = { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity };

  if (options.pages === "poster") {
    const scale = Math.min(MAX_SCALE, usableWidth / drawing.width, usableHeight / drawing.height);
    const page = doc.addPage([pageWidth, pageHeight]);
    const view: View = { page, ox: MARGIN, oy: MARGIN, scale, height: pageHeight, fonts: embedded };
    drawDrawing(view, drawing, everything);
    footer(view, options.pageLabel(1, 1), pageWidth, embedded);
    return doc.save();
  }

  const scale = TILE_SCALE;
  const stepX = usableWidth - OVERLAP;
  const stepY = usableHeight - OVERLAP;
  const columns = Math.max(1, Math.ceil((drawing.width * scale - OVERLAP) / stepX));
  const rows = Math.max(1, Math.ceil((drawing.height * scale - OVERLAP) / stepY));
  const pages = columns * rows;
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const page = doc.addPage([pageWidth, pageHeight]);
      const startX = column * stepX;
      const startY = row * stepY;
      const view: View = {
        page,
        ox: MARGIN - startX,
        oy: MARGIN - startY,
        scale,
        height: pageHeight,
        fonts: embedded,
      };
      page.pushOperators(
        pushGraphicsState(),
        rectangle(MARGIN, MARGIN + FOOTER, usableWidth, usableHeight),
        clip(),
        endPath(),
      );
      drawDrawing(view, drawing, {
        minX: startX / scale - 20,
        minY: startY / scale - 20,
        maxX: (startX + usableWidth) / scale + 20,
        maxY: (startY + usableHeight) / scale + 20,
      });
      page.pushOperators(popGraphicsState());
      overlapMarks(
        page,
        { x: MARGIN, y: MARGIN + FOOTER, w: usableWidth, h: usableHeight },
        { left: column > 0, right: column < columns - 1, top: row > 0, bottom: row < rows - 1 },
      );
      const label = `${options.pageLabel(row * columns + column + 1, pages)} · ${String.fromCharCode(65 + (row % 26))}${column + 1}`;
      footer(view, label, pageWidth, embedded);
    }
  return doc.save();
}
