import type { CardIndex } from "../core/layout/chartTree";
import type { ChartOrientation } from "../core/layout/chartLayout";
import type { CardContent } from "./cardContent";
import { CHANGE_MARK_GEOMETRY, changeMarkOf } from "./cardLayout";
import type { ChartViewStrings } from "./chartViewStrings";
import { ellipsize, fitLines } from "./fitText";
import { REDUCED_FONT_GROWTH, REDUCED_FONT_SIZES } from "./levelOfDetail";
import { createSvgElement, setAttributeIfChanged } from "./svgElement";
import type { TextMeasurer, TextStyle } from "./textMeasure";

/** The fonts of a card's lines (px). The stylesheet in chartStyles.ts uses the same sizes. */
export const CARD_FONTS = {
  title: { size: 13, bold: true },
  name: { size: 12 },
  unfilledName: { size: 12, italic: true },
  detail: { size: 11 },
  badge: { size: 10 },
  toggle: { size: 10, bold: true },
} satisfies Record<string, TextStyle>;

const PAD = 10;
const BAND = 6;
const CORNER = 8;
const TITLE_FIRST_BASELINE = BAND + 16;
const TITLE_LINE = 16;
const NAME_LINE = 16;
const DETAIL_LINE = 15;
const BADGE_HEIGHT = 14;
const BADGE_GAP = 4;
const WARNING_SPACE = 20;
const TOGGLE_HEIGHT = 16;
/** Room below the detail line's baseline (its descenders and a gap) before the badges may start. */
const DETAIL_CLEARANCE = 6;

/** What filling a card needs besides its content. */
export interface CardFillContext {
  width: number;
  height: number;
  orientation: ChartOrientation;
  measure: TextMeasurer;
  strings: ChartViewStrings;
  /**
   * The reduced card (zoomed out, see `levelOfDetail`): the least font size in px of its title, the card showing only
   * its title (up to three lines) and, when there is room, its holder, in a larger font. The title is drawn in the
   * biggest of `REDUCED_FONT_SIZES` up to `REDUCED_FONT_GROWTH` times this size in which it fits whole (else in this
   * size). Omitted or 0: the full card.
   */
  reducedFont?: number;
}

/** A reduced card's text: its margin, line height (× the font size), the holder's size (× the title's). */
const REDUCED_PAD = 4;
const REDUCED_LINE = 1.05;
const REDUCED_NAME = 0.88;
/** A reduced card's title takes at most this many lines. */
export const REDUCED_TITLE_LINES = 3;

/** Where a card sits in the tree, for its aria attributes. */
export interface CardTreePlace {
  depth: number;
  positionInSet: number;
  setSize: number;
}

/** The SVG of one card, made once and refilled whenever the pool hands it to another card. */
export interface CardElement {
  card: CardIndex;
  g: SVGGElement;
  tooltip: SVGTitleElement;
  body: SVGRectElement;
  band: SVGPathElement;
  focusRing: SVGRectElement;
  title: SVGTextElement;
  /** The title's lines: two on the full card, up to {@link REDUCED_TITLE_LINES} on a reduced one. */
  titleLines: SVGTSpanElement[];
  name: SVGTextElement;
  detail: SVGTextElement;
  badges: Array<{ g: SVGGElement; rect: SVGRectElement; text: SVGTextElement }>;
  warning: SVGGElement;
  warningTooltip: SVGTitleElement;
  toggle: SVGGElement;
  toggleShape: SVGRectElement;
  toggleText: SVGTextElement;
  toggleTooltip: SVGTitleElement;
  /** The chart of a plan: the change mark's disc and text (see `changeMarkOf`), in the card only when changed. */
  change: SVGGElement;
  changeText: SVGTextElement;
  /** Editing: the "…" button that opens the card menu, in the card only while it is selected in an editable chart. */
  more: SVGGElement;
  moreTooltip: SVGTitleElement;
}

/** A card's `<g>` and its parts, empty until {@link fillCardElement}. */
export function createCardElement(doc: Document): CardElement {
  const g = createSvgElement(doc, "g", { class: "oc-card", role: "treeitem", tabindex: -1 });
  const tooltip = createSvgElement(doc, "title");
  const focusRing = createSvgElement(doc, "rect", { class: "oc-card-ring", x: -4, y: -4, rx: CORNER + 3 });
  const body = createSvgElement(doc, "rect", { class: "oc-card-body", rx: CORNER });
  const band = createSvgElement(doc, "path", { class: "oc-card-band" });
  const title = createSvgElement(doc, "text", { class: "oc-card-title" });
  const titleLines = [0, 1, 2].map((line) =>
    createSvgElement(doc, "tspan", { x: PAD, y: TITLE_FIRST_BASELINE + line * TITLE_LINE }),
  );
  title.append(titleLines[0], titleLines[1]);
  const name = createSvgElement(doc, "text", { class: "oc-card-name", x: PAD });
  const detail = createSvgElement(doc, "text", { class: "oc-card-detail", x: PAD });
  const badges = [0, 1, 2].map(() => {
    const badge = createSvgElement(doc, "g", { class: "oc-card-badge" });
    const rect = createSvgElement(doc, "rect", { height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2 });
    const text = createSvgElement(doc, "text", { y: BADGE_HEIGHT - 3.5, x: 5 });
    badge.append(rect, text);
    return { g: badge, rect, text };
  });
  const warning = createSvgElement(doc, "g", { class: "oc-card-warning" });
  const warningTooltip = createSvgElement(doc, "title");
  const warningMark = createSvgElement(doc, "path", { d: "M7 0 L14 12.5 L0 12.5 Z" });
  // The "!" as a shape, not text: text is what costs layout whenever cards come into view.
  const warningBang = createSvgElement(doc, "path", {
    class: "oc-card-warning-bang",
    d: "M6.2 3.6h1.6v5h-1.6Z M6.2 9.6h1.6v1.6h-1.6Z",
  });
  warning.append(warningTooltip, warningMark, warningBang);
  const toggle = createSvgElement(doc, "g", { class: "oc-card-toggle" });
  const toggleTooltip = createSvgElement(doc, "title");
  const toggleShape = createSvgElement(doc, "rect", { height: TOGGLE_HEIGHT, rx: TOGGLE_HEIGHT / 2 });
  const toggleText = createSvgElement(doc, "text", { "text-anchor": "middle" });
  toggle.append(toggleTooltip, toggleShape, toggleText);
  const { cx, cy, r } = CHANGE_MARK_GEOMETRY;
  const change = createSvgElement(doc, "g", { class: "oc-card-change", "aria-hidden": "true" });
  const changeText = createSvgElement(doc, "text", { x: cx, y: cy + 4, "text-anchor": "middle" });
  change.append(createSvgElement(doc, "circle", { cx, cy, r }), changeText);
  const more = createSvgElement(doc, "g", { class: "oc-card-more", role: "button" });
  const moreTooltip = createSvgElement(doc, "title");
  more.append(
    moreTooltip,
    createSvgElement(doc, "circle", { r: MORE_RADIUS }),
    createSvgElement(doc, "path", { class: "oc-card-more-dots", d: MORE_DOTS_PATH }),
  );
  // The focus ring is put in only while the card is focusable or selected (see setCardRing).
  g.append(tooltip, body, band, title, name, detail);
  return {
    card: -1,
    g,
    tooltip,
    body,
    band,
    focusRing,
    title,
    titleLines,
    name,
    detail,
    badges,
    warning,
    warningTooltip,
    toggle,
    toggleShape,
    toggleText,
    toggleTooltip,
    change,
    changeText,
    more,
    moreTooltip,
  };
}

/** The "…" button's radius, and its three dots as a shape (text would cost layout). */
const MORE_RADIUS = 10;
const MORE_DOTS_PATH = "M-5.5 -1.3h2.6v2.6h-2.6Z M-1.3 -1.3h2.6v2.6h-2.6Z M2.9 -1.3h2.6v2.6h-2.6Z";

/**
 * Puts the "…" button (the card menu) on a card's top-right corner, or takes it out. `label` names it for a screen
 * reader and as its tooltip; `scale` grows it with a reduced card's text.
 */
export function setCardMoreButton(element: CardElement, width: number, label: string | null, scale = 1): void {
  attach(element.g, element.more, label !== null);
  if (label === null) return;
  element.more.setAttribute("transform", `translate(${width - 2},${-2})${scale === 1 ? "" : ` scale(${scale})`}`);
  element.more.setAttribute("aria-label", label);
  setText(element.moreTooltip, label);
}

/** Puts the selection / focus ring in the card (the focusable and the selected card) or takes it out. */
export function setCardRing(element: CardElement, shown: boolean): void {
  if (!shown) {
    if (element.focusRing.parentNode !== null) element.focusRing.remove();
  } else if (element.focusRing.parentNode !== element.g) element.g.insertBefore(element.focusRing, element.body);
}

function show(element: SVGElement, visible: boolean): void {
  if (visible) element.removeAttribute("display");
  else element.setAttribute("display", "none");
}

/**
 * Puts an optional part (badge, warning, control) in the card only while it is shown: every element in the
 * chart costs style and, when the zoom changes, text layout, so hidden parts are taken out, not hidden.
 */
function attach(card: SVGGElement, part: SVGElement, shown: boolean): void {
  if (shown) {
    if (part.parentNode !== card) card.append(part);
  } else if (part.parentNode !== null) part.remove();
}

/** Sets an element's text as text (never markup), only when it changed. */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * Draws `content` into a card element: every string goes in as text content, measured and wrapped or cut
 * with `context.measure`; the full text goes in the card's `<title>` (its tooltip).
 */
export function fillCardElement(
  element: CardElement,
  card: CardIndex,
  content: CardContent,
  place: CardTreePlace,
  context: CardFillContext,
): void {
  const { width, height } = context;
  const { g } = element;
  element.card = card;
  g.setAttribute("class", `oc-card oc-kind-${content.kind}`);
  if (content.change === undefined) g.removeAttribute("data-change");
  g.setAttribute("data-card", String(card));
  if (content.id) g.setAttribute("data-position-id", content.id);
  else g.removeAttribute("data-position-id");
  // The accessible name is the card's <title> (SVG's own naming; its first line is content.label), not aria-label: an
  // aria-label that does not contain the card's visible text, in order, fails WCAG 2.5.3 (label in name).
  g.removeAttribute("aria-label");
  g.setAttribute("aria-level", String(place.depth + 1));
  g.setAttribute("aria-posinset", String(place.positionInSet));
  g.setAttribute("aria-setsize", String(place.setSize));
  const expandable = content.hiddenReports > 0 || content.expanded;
  if (expandable) g.setAttribute("aria-expanded", String(content.hiddenReports === 0));
  else g.removeAttribute("aria-expanded");

  setAttributeIfChanged(element.body, "width", String(width));
  setAttributeIfChanged(element.body, "height", String(height));
  setAttributeIfChanged(element.focusRing, "width", String(width + 8));
  setAttributeIfChanged(element.focusRing, "height", String(height + 8));
  element.band.setAttribute("d", bandPath(width));
  element.band.setAttribute("fill", content.colour);

  if (context.reducedFont) {
    fillReducedText(element, content, context, context.reducedFont);
  } else {
    fillFullText(element, content, context);
  }

  // Zoomed out (reduced cards) the mark grows with the text, as the expand/collapse control does.
  fillChange(element, content, context.reducedFont ? context.reducedFont / CARD_FONTS.toggle.size : 1);

  // First line: what a screen reader says (title, holder, span, hidden reports, findings); then the rest of the card.
  const details = [content.detail, ...badgeTexts(content)].filter((text) => text !== "").join(" · ");
  setText(element.tooltip, details === "" ? content.label : `${content.label}\n${details}`);
}

/** The change mark of a plan's changed card (its outline is the stylesheet's, by the card's class). */
function fillChange(element: CardElement, content: CardContent, scale: number): void {
  const mark = changeMarkOf(content);
  attach(element.g, element.change, mark !== null);
  if (mark === null) return;
  // Grown outwards, about the inner corner of its box, so that it covers no more of the card's text than at 1.
  const ax = mark.cx + mark.r;
  const ay = mark.cy + mark.r;
  const grown = scale > 1 ? `translate(${ax},${ay}) scale(${scale}) translate(${-ax},${-ay})` : "";
  setAttributeIfChanged(element.change, "transform", grown);
  element.g.classList.add(`oc-change-${mark.kind}`);
  element.g.setAttribute("data-change", mark.kind);
  setText(element.changeText, mark.text);
}

/** The full card's text: a title of up to two lines, the holder, the detail line, badges, warning and control. */
function fillFullText(element: CardElement, content: CardContent, context: CardFillContext): void {
  const { width, height, measure } = context;
  setFontSize(element.title, 0);
  setFontSize(element.name, 0);
  element.titleLines.forEach((line, i) => {
    setAttributeIfChanged(line, "x", String(PAD));
    setAttributeIfChanged(line, "y", String(TITLE_FIRST_BASELINE + i * TITLE_LINE));
  });
  setAttributeIfChanged(element.name, "x", String(PAD));
  setAttributeIfChanged(element.detail, "x", String(PAD));
  attach(element.title, element.titleLines[2], false);
  const textWidth = width - 2 * PAD;
  const titleWidth = textWidth - (content.findings > 0 ? WARNING_SPACE : 0);
  const titleLineCount = height >= 88 ? 2 : 1;
  const titleLines = fitLines(content.title, titleWidth, titleLineCount, CARD_FONTS.title, measure);
  setText(element.titleLines[0], titleLines[0] ?? "");
  setText(element.titleLines[1], titleLines[1] ?? "");
  attach(element.title, element.titleLines[1], titleLines.length > 1);
  let baseline = TITLE_FIRST_BASELINE + TITLE_LINE * Math.max(0, titleLines.length - 1) + NAME_LINE;

  const unfilled = content.kind === "vacant" || content.kind === "planned";
  const nameStyle = unfilled ? CARD_FONTS.unfilledName : CARD_FONTS.name;
  setText(element.name, content.name ? ellipsize(content.name, textWidth, nameStyle, measure) : "");
  element.name.setAttribute("y", String(baseline));
  element.name.setAttribute("class", unfilled ? "oc-card-name oc-card-name-unfilled" : "oc-card-name");
  show(element.name, content.name !== "");
  if (content.name !== "") baseline += DETAIL_LINE;

  // Below a two-line title the detail line would touch the badges: it is left out (it stays in the tooltip).
  const hasBadges = badgeTexts(content).length > 0;
  const detailFits = !hasBadges || baseline + DETAIL_CLEARANCE <= height - BADGE_HEIGHT - 10;
  const detail = detailFits ? content.detail : "";
  setText(element.detail, detail ? ellipsize(detail, textWidth, CARD_FONTS.detail, measure) : "");
  element.detail.setAttribute("y", String(baseline));
  show(element.detail, detail !== "");

  fillBadges(element, content, context);
  fillWarning(element, content, context);
  fillToggle(element, content, context);
}

/**
 * The reduced card's text: the title in `font` px, in as many lines as the card's height holds (up to
 * {@link REDUCED_TITLE_LINES}), and the holder below it when a line is left; the lines centred in the card below its
 * band; the expand/collapse control grown so that its label reads as well. Detail, badges and warning mark are left
 * out (at this size their text could not be read; the tooltip keeps everything).
 */
function fillReducedText(element: CardElement, content: CardContent, context: CardFillContext, least: number): void {
  const { width, height, measure } = context;
  // The expand/collapse control stays, grown with the text (its label as big as the least title size). Top-down it
  // hangs just below the card, in the layer gap, taking no room from the text; left to right it sits on the card's
  // right edge, as on a full card, and the text keeps clear of it.
  const toggleScale = least / CARD_FONTS.toggle.size;
  const across = context.orientation === "leftRight";
  const toggleInside =
    across && (content.hiddenReports > 0 || content.expanded) ? (TOGGLE_HEIGHT / 2) * toggleScale : 0;
  const textWidth = width - 2 * REDUCED_PAD - toggleInside;
  const room = height - BAND - 2 * REDUCED_PAD;
  const linesAt = (size: number) =>
    Math.max(1, Math.min(REDUCED_TITLE_LINES, Math.floor(room / (size * REDUCED_LINE))));
  // The biggest size (up to the growth allowed) in which the title fits whole, in no more lines than in the least
  // size, with the holder below it when there is one; else the biggest without the holder; else the least size.
  const unfilled = content.kind === "vacant" || content.kind === "planned";
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
  const nameText = nameFits
    ? ellipsize(content.name, textWidth, { size: nameFont, italic: unfilled || undefined }, measure)
    : "";
  const used = titleLines.length * line + (nameFits ? nameLine : 0);
  // The first baseline: the lines' block centred below the band (a line's ascent taken as 0.9 of its font).
  const top = BAND + REDUCED_PAD + Math.max(0, (room - used) / 2);
  const baseline = top + (line - font) / 2 + font * 0.9;
  setFontSize(element.title, font);
  element.titleLines.forEach((tspan, i) => {
    setText(tspan, titleLines[i] ?? "");
    setAttributeIfChanged(tspan, "x", String(REDUCED_PAD));
    setAttributeIfChanged(tspan, "y", String(Math.round(baseline + i * line)));
    if (i > 0) attach(element.title, tspan, i < titleLines.length);
  });
  const nameBaseline = top + titleLines.length * line + (nameLine - nameFont) / 2 + nameFont * 0.9;
  setFontSize(element.name, nameFont);
  setText(element.name, nameText);
  setAttributeIfChanged(element.name, "x", String(REDUCED_PAD));
  element.name.setAttribute("y", String(Math.round(nameBaseline)));
  element.name.setAttribute("class", unfilled ? "oc-card-name oc-card-name-unfilled" : "oc-card-name");
  show(element.name, nameText !== "");
  setText(element.detail, "");
  show(element.detail, false);
  for (const badge of element.badges) attach(element.g, badge.g, false);
  attach(element.g, element.warning, false);
  fillToggle(element, content, context, toggleScale);
}

/** A text's font size as an inline style (it overrides the stylesheet's); 0 gives the stylesheet's back. */
function setFontSize(text: SVGTextElement, size: number): void {
  const value = size > 0 ? `${size}px` : "";
  if (text.style.fontSize !== value) text.style.fontSize = value;
}

/** The coloured band along the card's top edge, following its rounded corners. */
function bandPath(width: number): string {
  return `M0 ${CORNER}A${CORNER} ${CORNER} 0 0 1 ${CORNER} 0H${width - CORNER}A${CORNER} ${CORNER} 0 0 1 ${width} ${CORNER}V${BAND + 2}H0Z`;
}

function badgeTexts(content: CardContent): string[] {
  return [content.badges.reports, content.badges.fte, content.badges.cost].filter((text) => text !== "");
}

/** Badges as pills along the bottom, left to right, dropping those that do not fit. */
function fillBadges(element: CardElement, content: CardContent, context: CardFillContext): void {
  const texts = badgeTexts(content);
  const top = context.height - BADGE_HEIGHT - 10;
  const right = context.width - PAD;
  let x = PAD;
  element.badges.forEach((badge, i) => {
    const text = texts[i] ?? "";
    const pillWidth = text ? Math.ceil(context.measure(text, CARD_FONTS.badge)) + 10 : 0;
    const fits = text !== "" && x + pillWidth <= right;
    attach(element.g, badge.g, fits);
    if (!fits) return;
    setText(badge.text, text);
    badge.rect.setAttribute("width", String(pillWidth));
    badge.g.setAttribute("transform", `translate(${x},${top})`);
    x += pillWidth + BADGE_GAP;
  });
}

function fillWarning(element: CardElement, content: CardContent, context: CardFillContext): void {
  attach(element.g, element.warning, content.findings > 0);
  if (content.findings <= 0) return;
  element.warning.setAttribute("transform", `translate(${context.width - PAD - 14},${BAND + 5})`);
  setText(element.warningTooltip, context.strings.findings(content.findings));
}

/**
 * The expand/collapse control: "+N" hidden reports or "−", at the bottom centre (right centre left-to-right), drawn
 * `scale` times its size (reduced cards: top-down, then just below the card).
 */
function fillToggle(element: CardElement, content: CardContent, context: CardFillContext, scale = 1): void {
  const visible = content.hiddenReports > 0 || content.expanded;
  attach(element.g, element.toggle, visible);
  if (!visible) return;
  const collapsed = content.hiddenReports > 0;
  const label = collapsed ? `+${content.hiddenReports}` : "−";
  setText(element.toggleText, label);
  setText(element.toggleTooltip, collapsed ? context.strings.expand(content.hiddenReports) : context.strings.collapse);
  const width = Math.max(TOGGLE_HEIGHT, Math.ceil(context.measure(label, CARD_FONTS.toggle)) + 10);
  const across = context.orientation === "leftRight";
  const cx = across ? context.width : context.width / 2;
  // Grown (reduced cards), top-down it hangs below the card's edge rather than across it.
  const cy = across ? context.height / 2 : context.height + (scale === 1 ? 0 : (TOGGLE_HEIGHT / 2) * scale);
  element.toggle.setAttribute("transform", `translate(${cx},${cy})${scale === 1 ? "" : ` scale(${scale})`}`);
  element.toggleShape.setAttribute("x", String(-width / 2));
  element.toggleShape.setAttribute("y", String(-TOGGLE_HEIGHT / 2));
  element.toggleShape.setAttribute("width", String(width));
  element.toggleText.setAttribute("y", "3.5");
  element.toggle.setAttribute("class", collapsed ? "oc-card-toggle oc-collapsed" : "oc-card-toggle");
}
