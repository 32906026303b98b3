import type { ChartOrientation } from "../core/layout/chartLayout";
import type { CardContent } from "./cardContent";
import { CHANGE_MARKS, type ChangeLegendKind } from "./chartChanges";
import { ellipsize, fitLines } from "./fitText";
import type { TextMeasurer, TextStyle } from "./textMeasure";

/** The fonts of a card's lines (px). The pane's stylesheet (chartStyles.ts) uses the same sizes. */
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
}

/** The badges' texts in drawing order, empty ones left out. */
export function badgeTexts(content: CardContent): string[] {
  return [content.badges.reports, content.badges.fte, content.badges.cost].filter((text) => text !== "");
}

/**
 * Lays a card out: its title wrapped to two lines (one on a card under 88 px), the holder and detail lines cut with
 * "…" to the card's width, badges as pills along the bottom (those that do not fit are dropped), the warning mark in
 * the top right corner, the expand/collapse control at the bottom centre (right centre left-to-right). Pure: the
 * measurer is the only thing it asks.
 */
export function layOutCard(content: CardContent, context: CardLayoutContext): CardLayout {
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
    if (x + pillWidth > width - g.pad) break;
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
  return { width, height, lines, badges, warning, toggle, change: changeMarkOf(content) };
}

/** The coloured band along a card's top edge, following its rounded corners, as an SVG path. */
export function cardBandPath(width: number): string {
  const c = CARD_GEOMETRY.corner;
  return `M0 ${c}A${c} ${c} 0 0 1 ${c} 0H${width - c}A${c} ${c} 0 0 1 ${width} ${c}V${CARD_GEOMETRY.band + 2}H0Z`;
}

/** The warning mark's triangle and its "!" as SVG paths, from its top-left corner. */
export const WARNING_TRIANGLE_PATH = "M7 0 L14 12.5 L0 12.5 Z";
export const WARNING_BANG_PATH = "M6.2 3.6h1.6v5h-1.6Z M6.2 9.6h1.6v1.6h-1.6Z";
