import { cardPaint } from "../chartTheme";
import type { ChangeLegendKind } from "../chartChanges";
import { CHANGE_MARK_GEOMETRY } from "../cardLayout";
import { CONNECTION_SITE } from "./pptxConnector";
import { cardOutline, type ExportDrawing } from "./exportDrawing";

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

/**
 * The chart of a plan: a changed card's mark as an Excel shape, a small disc of the kind's colour holding its text
 * ("+" added, "→" moved, "Δ" changed, "×" removed) at the card's top-left corner, as the SVG, PDF and PowerPoint draw it.
 */
export interface SheetChangeMark {
  name: string;
  /** The card it marks (an index into `cards`). */
  card: number;
  kind: ChangeLegendKind;
  text: string;
  left: number;
  top: number;
  /** The disc's diameter (pt). */
  size: number;
  fill: string;
  textColour: string;
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
  /** The chart of a plan: one mark per changed or removed card (empty for today's chart). */
  marks: SheetChangeMark[];
  /**
   * The chart of a plan: the change legend, for the cell under the title and date (its title, and each kind's mark
   * with its name and count: "+ Added: 1"); null for today's chart.
   */
  legend: { title: string; items: string[] } | null;
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

/** Points the shapes start below the sheet's top: under the title and date cells (A1:A2), and the change legend's (A3). */
export const SHAPES_TOP = 40;
export const SHAPES_TOP_WITH_LEGEND = 56;

/**
 * The drawing's chart as shapes for a worksheet, placed `top` points below the sheet's top (under the title cells):
 * every card a rounded rectangle with its text (cell text as the shape's text: data, never markup), every line a
 * connector from the upper card's site to the lower's, dotted lines dashed. The chart of a plan as it shows: a changed
 * card outlined in its kind's colour with its mark (a disc holding "+", "→", "Δ" or "×"), and the legend as a line of
 * text. Excel shapes take one font name, so the
 * theme's East Asian face (which has Latin letters too) is used.
 */
export function sheetShapesPlan(
  drawing: ExportDrawing,
  top = drawing.changeLegend.length > 0 ? SHAPES_TOP_WITH_LEGEND : SHAPES_TOP,
  left = 8,
): SheetShapesPlan {
  const { theme } = drawing;
  const marks: SheetChangeMark[] = [];
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
    const mark = card.layout.change;
    if (mark !== null) {
      const [markLeft, markTop] = place(card.x + mark.cx - mark.r, card.y + mark.cy - mark.r);
      marks.push({
        name: `Change mark ${marks.length + 1}: ${mark.kind}`,
        card: i,
        kind: mark.kind,
        text: mark.text,
        left: markLeft,
        top: markTop,
        size: 2 * mark.r * PT,
        fill: hex(theme.changes[mark.kind]),
        textColour: hex(theme.changes.markText),
        fontSize: CHANGE_MARK_GEOMETRY.fontSize * PT,
      });
    }
    const outline = cardOutline(theme, card.content, {
      stroke:
        card.content.kind === "virtualTop" || card.content.kind === "removed" ? paint.stroke : card.content.colour,
      strokeWidth: paint.strokeWidth,
    });
    return {
      name: `Card ${i + 1}`,
      description: card.content.label,
      left: x,
      top: y,
      width: drawing.cardWidth * PT,
      height: drawing.cardHeight * PT,
      fill: hex(paint.fill),
      line: hex(outline.stroke),
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
  const legend =
    drawing.changeLegendTitle === null
      ? null
      : {
          title: drawing.changeLegendTitle.text,
          items: drawing.changeLegend.map((entry) => `${entry.mark} ${entry.label.text}`),
        };
  return {
    cards,
    connectors,
    marks,
    legend,
    fontName: theme.eastAsianFont,
    lineColour: hex(theme.connector),
    dottedColour: hex(theme.dotted),
    width: drawing.chart.width * PT + left,
    height: drawing.chart.height * PT + top,
  };
}
