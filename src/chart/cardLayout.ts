import type { ChartOrientation } from "../core/layout/chartLayout";
import type { CardContent } from "./cardContent";
import { CHANGE_MARKS, type ChangeLegendKind } from "./chartChanges";
import { ellipsize, fitLines } from "./fitText";
import { REDUCED_FONT_GROWTH, REDUCED_FONT_SIZES } from "./levelOfDetail";
import type { TextMeasurer, TextStyle } from "./textMeasure";

/**
 * The fonts of a card's lines (px). The pane's stylesheet (chartStyles.ts) uses the same sizes: the screen writes a
 * line's size inline only where the layout gives another one (a reduced card's).
 */
export const CARD_TEXT_STYLES = {
  title: { size: 13, bold: true },
  name: { size: 12 },
  unfilledName: { size: 12, italic: true },
  detail: { size: 11 },
  badge: { size: 10 },
  toggle: { size: 10, bold: true },
} satisfies Record<string, TextStyle>;

/** A card's geometry (px, from its top-left corner). */
export const CARD_GEOMETRY = {
  pad: 10,
  band: 6,
  corner: 8,
  titleFirstBaseline: 22,
  titleLine: 16,
  nameLine: 16,
  detailLine: 15,
  badgeHeight: 14,
  badgeGap: 4,
  warningSpace: 20,
  toggleHeight: 16,
  /** Room below the detail line's baseline (its descenders and a gap) before the badges may start. */
  detailClearance: 6,
} as const;

export type CardLineRole = "title" | "name" | "detail";

/** One line of text on a card, with its baseline's start. */
export interface CardTextLine {
  role: CardLineRole;
  text: string;
  x: number;
  y: number;
  style: TextStyle;
  /** Drawn in the muted colour (an unfilled post's "Vacant", the detail line). */
  muted: boolean;
}

export interface CardBadgeBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text's baseline start. */
  textX: number;
  textY: number;
}

/** The expand/collapse control, centred on (cx, cy). */
export interface CardToggle {
  label: string;
  collapsed: boolean;
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** A reduced card's control is drawn this many times its size about its centre (with its text); omitted: 1. */
  scale?: number;
}

/**
 * The chart of a plan: a changed card's mark, a disc with a short text ("+", "→", "Δ", "×") straddling the card's
 * top-left corner, and its outline drawn in the kind's colour (`ChartTheme.changes`).
 */
export interface CardChangeMark {
  kind: ChangeLegendKind;
  text: string;
  cx: number;
  cy: number;
  r: number;
  /**
   * A reduced card's mark is drawn this many times its size, grown outwards about the inner corner of its box
   * (cx + r, cy + r) so that it covers no more of the card's text; omitted: 1.
   */
  scale?: number;
}

/** Where a card's change mark sits (px from its top-left corner) and its radius. */
export const CHANGE_MARK_GEOMETRY = { cx: 2, cy: 2, r: 9, fontSize: 12 } as const;

/** A card's change mark, or null for an unchanged card. */
export function changeMarkOf(content: CardContent): CardChangeMark | null {
  if (content.change === undefined) return null;
  const { cx, cy, r } = CHANGE_MARK_GEOMETRY;
  return { kind: content.change, text: CHANGE_MARKS[content.change], cx, cy, r };
}

/** What a card shows and where: the same for the screen, SVG, PDF and PowerPoint. */
export interface CardLayout {
  width: number;
  height: number;
  /** The coloured band along the top edge: its outline (an SVG path, {@link cardBandPath}) and colour. */
  band: { path: string; colour: string };
  /** The title's lines, then the holder's, then the detail line, top to bottom. */
  lines: CardTextLine[];
  badges: CardBadgeBox[];
  /** The warning triangle's top-left corner (14 × 12.5), or null. */
  warning: { x: number; y: number } | null;
  toggle: CardToggle | null;
  /** The chart of a plan: the card's change mark (its outline takes the kind's colour); null when unchanged. */
  change: CardChangeMark | null;
}

export interface CardLayoutContext {
  width: number;
  height: number;
  orientation: ChartOrientation;
  measure: TextMeasurer;
  /**
   * The reduced card (the screen zoomed out, see `levelOfDetail`): the least font size in px of its title. Omitted or
   * 0: the full card. See {@link layOutCard}.
   */
  reducedFont?: number;
}

/** The badges' texts in drawing order, empty ones left out. */
export function badgeTexts(content: CardContent): string[] {
  return [content.badges.reports, content.badges.fte, content.badges.cost].filter((text) => text !== "");
}

/**
 * Lays a card out: its title wrapped to two lines (one on a card under 88 px), the holder and detail lines cut with
 * "…" to the card's width, badges as pills along the bottom (one that does not fit is dropped, the next still
 * tried), the warning mark in the top right corner, the expand/collapse control at the bottom centre (right centre
 * left-to-right). With `context.reducedFont`, the reduced card instead ({@link layOutReducedCard}). Pure: the
 * measurer is the only thing it asks. The screen (`view/cardWriter`) and every export draw what this gives.
 */
export function layOutCard(content: CardContent, context: CardLayoutContext): CardLayout {
  if (context.reducedFont) return layOutReducedCard(content, context, context.reducedFont);
  const { width, height, measure } = context;
  const g = CARD_GEOMETRY;
  const lines: CardTextLine[] = [];
  const textWidth = width - 2 * g.pad;
  const titleWidth = textWidth - (content.findings > 0 ? g.warningSpace : 0);
  const titleLines = fitLines(content.title, titleWidth, height >= 88 ? 2 : 1, CARD_TEXT_STYLES.title, measure);
  titleLines.forEach((text, i) =>
    lines.push({
      role: "title",
      text,
      x: g.pad,
      y: g.titleFirstBaseline + i * g.titleLine,
      style: CARD_TEXT_STYLES.title,
      muted: false,
    }),
  );
  let baseline = g.titleFirstBaseline + g.titleLine * Math.max(0, titleLines.length - 1) + g.nameLine;
  const unfilled = content.kind === "vacant" || content.kind === "planned";
  if (content.name !== "") {
    const style = unfilled ? CARD_TEXT_STYLES.unfilledName : CARD_TEXT_STYLES.name;
    lines.push({
      role: "name",
      text: ellipsize(content.name, textWidth, style, measure),
      x: g.pad,
      y: baseline,
      style,
      muted: unfilled,
    });
    baseline += g.detailLine;
  }
  const texts = badgeTexts(content);
  // Below a two-line title the detail line would touch the badges: it is left out.
  const detailFits = texts.length === 0 || baseline + g.detailClearance <= height - g.badgeHeight - 10;
  if (detailFits && content.detail !== "")
    lines.push({
      role: "detail",
      text: ellipsize(content.detail, textWidth, CARD_TEXT_STYLES.detail, measure),
      x: g.pad,
      y: baseline,
      style: CARD_TEXT_STYLES.detail,
      muted: true,
    });

  const badges: CardBadgeBox[] = [];
  const top = height - g.badgeHeight - 10;
  let x = g.pad;
  for (const text of texts) {
    const pillWidth = Math.ceil(measure(text, CARD_TEXT_STYLES.badge)) + 10;
    if (x + pillWidth > width - g.pad) continue;
    badges.push({
      text,
      x,
      y: top,
      width: pillWidth,
      height: g.badgeHeight,
      textX: x + 5,
      textY: top + g.badgeHeight - 3.5,
    });
    x += pillWidth + g.badgeGap;
  }

  const warning = content.findings > 0 ? { x: width - g.pad - 14, y: g.band + 5 } : null;
  let toggle: CardToggle | null = null;
  if (content.hiddenReports > 0 || content.expanded) {
    const collapsed = content.hiddenReports > 0;
    const label = collapsed ? `+${content.hiddenReports}` : "−";
    const leftRight = context.orientation === "leftRight";
    toggle = {
      label,
      collapsed,
      cx: leftRight ? width : width / 2,
      cy: leftRight ? height / 2 : height,
      width: Math.max(g.toggleHeight, Math.ceil(measure(label, CARD_TEXT_STYLES.toggle)) + 10),
      height: g.toggleHeight,
    };
  }
  const band = { path: cardBandPath(width), colour: content.colour };
  return { width, height, band, lines, badges, warning, toggle, change: changeMarkOf(content) };
}

/** A reduced card's text: its margin, line height (× the font size), the holder's size (× the title's). */
const REDUCED_PAD = 4;
const REDUCED_LINE = 1.05;
const REDUCED_NAME = 0.88;
/** A reduced card's title takes at most this many lines. */
export const REDUCED_TITLE_LINES = 3;

/**
 * The reduced card (the screen zoomed out): the title in as many lines as the card's height holds (up to
 * {@link REDUCED_TITLE_LINES}), in the biggest of `REDUCED_FONT_SIZES` up to `REDUCED_FONT_GROWTH` times `least` in
 * which it fits whole (else in `least`), and the holder below it in a slightly smaller font when a line is left; the
 * lines centred in the card below its band. Detail, badges and warning mark are left out (at this size their text
 * could not be read). The expand/collapse control and the change mark stay, grown with the text (`scale`): top-down
 * the control hangs just below the card, in the layer gap, taking no room from the text; left to right it sits on the
 * card's right edge, as on a full card, and the text keeps clear of it.
 */
export function layOutReducedCard(content: CardContent, context: CardLayoutContext, least: number): CardLayout {
  const { width, height, measure } = context;
  const g = CARD_GEOMETRY;
  const scale = least / CARD_TEXT_STYLES.toggle.size;
  const across = context.orientation === "leftRight";
  const expandable = content.hiddenReports > 0 || content.expanded;
  const toggleInside = across && expandable ? (g.toggleHeight / 2) * scale : 0;
  const textWidth = width - 2 * REDUCED_PAD - toggleInside;
  const room = height - g.band - 2 * REDUCED_PAD;
  const linesAt = (size: number) =>
    Math.max(1, Math.min(REDUCED_TITLE_LINES, Math.floor(room / (size * REDUCED_LINE))));
  // The biggest size (up to the growth allowed) in which the title fits whole, in no more lines than in the least
  // size, with the holder below it when there is one; else the biggest without the holder; else the least size.
  const nameFontOf = (size: number) => Math.max(least, Math.round(size * REDUCED_NAME));
  const whole = (lines: string[]) => lines.join("").replace(/\s+/g, "") === content.title.replace(/\s+/g, "");
  const withName = (size: number, lines: string[]) =>
    content.name !== "" && lines.length * size * REDUCED_LINE + nameFontOf(size) * REDUCED_LINE <= room;
  let font = least;
  let titleLines = fitLines(content.title, textWidth, linesAt(least), { size: least, bold: true }, measure);
  if (whole(titleLines)) {
    const leastLines = titleLines.length;
    let fallback: { size: number; lines: string[] } | null = null;
    for (let i = REDUCED_FONT_SIZES.length - 1; i >= 0; i--) {
      const size = REDUCED_FONT_SIZES[i];
      if (size <= least || size > least * REDUCED_FONT_GROWTH) continue;
      const lines = fitLines(content.title, textWidth, linesAt(size), { size, bold: true }, measure);
      if (!whole(lines) || lines.length > leastLines) continue;
      if (content.name === "" || withName(size, lines)) {
        fallback = null;
        font = size;
        titleLines = lines;
        break;
      }
      fallback ??= { size, lines };
    }
    if (fallback !== null && !withName(least, titleLines)) {
      font = fallback.size;
      titleLines = fallback.lines;
    }
  }
  const line = font * REDUCED_LINE;
  const nameFont = nameFontOf(font);
  const nameLine = nameFont * REDUCED_LINE;
  const nameFits = content.name !== "" && titleLines.length * line + nameLine <= room;
  const used = titleLines.length * line + (nameFits ? nameLine : 0);
  // The first baseline: the lines' block centred below the band (a line's ascent taken as 0.9 of its font).
  const top = g.band + REDUCED_PAD + Math.max(0, (room - used) / 2);
  const baseline = top + (line - font) / 2 + font * 0.9;
  const titleStyle: TextStyle = { size: font, bold: true };
  const lines: CardTextLine[] = titleLines.map((text, i) => ({
    role: "title",
    text,
    x: REDUCED_PAD,
    y: Math.round(baseline + i * line),
    style: titleStyle,
    muted: false,
  }));
  if (nameFits) {
    const unfilled = content.kind === "vacant" || content.kind === "planned";
    const style: TextStyle = unfilled ? { size: nameFont, italic: true } : { size: nameFont };
    const nameBaseline = top + titleLines.length * line + (nameLine - nameFont) / 2 + nameFont * 0.9;
    lines.push({
      role: "name",
      text: ellipsize(content.name, textWidth, style, measure),
      x: REDUCED_PAD,
      y: Math.round(nameBaseline),
      style,
      muted: unfilled,
    });
  }
  let toggle: CardToggle | null = null;
  if (expandable) {
    const collapsed = content.hiddenReports > 0;
    const label = collapsed ? `+${content.hiddenReports}` : "−";
    toggle = {
      label,
      collapsed,
      cx: across ? width : width / 2,
      cy: across ? height / 2 : height + (g.toggleHeight / 2) * scale,
      width: Math.max(g.toggleHeight, Math.ceil(measure(label, CARD_TEXT_STYLES.toggle)) + 10),
      height: g.toggleHeight,
      scale,
    };
  }
  const mark = changeMarkOf(content);
  const change = mark === null ? null : { ...mark, scale };
  const band = { path: cardBandPath(width), colour: content.colour };
  return { width, height, band, lines, badges: [], warning: null, toggle, change };
}

/** The coloured band along a card's top edge, following its rounded corners, as an SVG path. */
export function cardBandPath(width: number): string {
  const c = CARD_GEOMETRY.corner;
  return `M0 ${c}A${c} ${c} 0 0 1 ${c} 0H${width - c}A${c} ${c} 0 0 1 ${width} ${c}V${CARD_GEOMETRY.band + 2}H0Z`;
}

/** The warning mark's triangle and its "!" as SVG paths, from its top-left corner. */
export const WARNING_TRIANGLE_PATH = "M7 0 L14 12.5 L0 12.5 Z";
export const WARNING_BANG_PATH = "M6.2 3.6h1.6v5h-1.6Z M6.2 9.6h1.6v1.6h-1.6Z";
