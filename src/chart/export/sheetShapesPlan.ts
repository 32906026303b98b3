import { cardPaint } from "../chartTheme";
import { CONNECTION_SITE } from "./pptxConnector";
import type { ExportDrawing } from "./exportDrawing";

/** One card as an Excel shape (points from the sheet's top-left corner). */
export interface SheetCardShape {
  name: string;
  /** The card's screen-reader label (the shape's alternative text). */
  description: string;
  left: number;
  top: number;
  width: number;
  height: number;
  fill: string;
  line: string;
  dashed: boolean;
  /** The card's lines of text, one paragraph each; the first (the title) bold. */
  text: string;
  /** Characters of `text` that are the title (bold). */
  titleLength: number;
  fontSize: number;
}

/** One line as an Excel connector, glued to two cards (indexes into `cards`) at their connection sites. */
export interface SheetConnector {
  name: string;
  from: number;
  to: number;
  fromSite: number;
  toSite: number;
  begin: [number, number];
  end: [number, number];
  dotted: boolean;
}

/** The chart as Excel shapes: what `src/excel/chartShapes` draws, worked out without Office.js. */
export interface SheetShapesPlan {
  cards: SheetCardShape[];
  connectors: SheetConnector[];
  /** The font every shape's text uses (one face: Excel's TextRange.font has no East Asian slot). */
  fontName: string;
  lineColour: string;
  dottedColour: string;
  /** Width and height the shapes take (pt). */
  width: number;
  height: number;
}

/** Points per drawing px (96 dpi: 1 px = 0.75 pt). */
const PT = 0.75;

const hex = (colour: string): string => (/^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim() : "#808080");

/**
 * The drawing's chart as shapes for a worksheet, placed `top` points below the sheet's top (under the title cells):
 * every card a rounded rectangle with its text (cell text as the shape's text: data, never markup), every line a
 * connector from the upper card's site to the lower's, dotted lines dashed. Excel shapes take one font name, so the
 * theme's East Asian face (which has Latin letters too) is used.
 */
export function sheetShapesPlan(drawing: ExportDrawing, top = 40, left = 8): SheetShapesPlan {
  const { theme } = drawing;
  const ox = drawing.chart.x;
  const oy = drawing.chart.y;
  const place = (x: number, y: number): [number, number] => [left + (x - ox) * PT, top + (y - oy) * PT];
  const indexOfCard = new Map<number, number>();
  const cards: SheetCardShape[] = drawing.cards.map((card, i) => {
    indexOfCard.set(card.card, i);
    const paint = cardPaint(theme, card.content.kind);
    const [x, y] = place(card.x, card.y);
    const lines = card.layout.lines.map((line) => line.text);
    const badges = card.layout.badges.map((badge) => badge.text);
    if (card.layout.toggle !== null) badges.push(card.layout.toggle.label);
    if (badges.length > 0) lines.push(badges.join("  ·  "));
    const titleLine = card.layout.lines.findIndex((line) => line.role === "title");
    return {
      name: `Card ${i + 1}`,
      description: card.content.label,
      left: x,
      top: y,
      width: drawing.cardWidth * PT,
      height: drawing.cardHeight * PT,
      fill: hex(paint.fill),
      line: hex(card.content.kind === "virtualTop" ? paint.stroke : card.content.colour),
      dashed: paint.dash.length > 0,
      text: lines.join("\n"),
      titleLength: titleLine === 0 ? lines[0].length : 0,
      fontSize: 8,
    };
  });
  const connectors: SheetConnector[] = [];
  for (const edge of drawing.edges) {
    const from = indexOfCard.get(edge.from);
    const to = indexOfCard.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const n = edge.points.length;
    connectors.push({
      name: `${edge.kind === "dotted" ? "Dotted line" : "Reporting line"} ${connectors.length + 1}`,
      from,
      to,
      fromSite: CONNECTION_SITE[edge.fromSide],
      toSite: CONNECTION_SITE[edge.toSide],
      begin: place(edge.points[0], edge.points[1]),
      end: place(edge.points[n - 2], edge.points[n - 1]),
      dotted: edge.kind === "dotted",
    });
  }
  return {
    cards,
    connectors,
    fontName: theme.eastAsianFont,
    lineColour: hex(theme.connector),
    dottedColour: hex(theme.dotted),
    width: drawing.chart.width * PT + left,
    height: drawing.chart.height * PT + top,
  };
}
