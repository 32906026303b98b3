import type { CardIndex } from "../core/layout/chartTree";
import {
  CARD_GEOMETRY,
  CHANGE_MARK_GEOMETRY,
  REDUCED_TITLE_LINES,
  WARNING_BANG_PATH,
  WARNING_TRIANGLE_PATH,
} from "./cardLayout";
import { createSvgElement } from "./svgElement";

const { pad: PAD, corner: CORNER, titleFirstBaseline: TITLE_FIRST_BASELINE, titleLine: TITLE_LINE } = CARD_GEOMETRY;
const { badgeHeight: BADGE_HEIGHT, toggleHeight: TOGGLE_HEIGHT } = CARD_GEOMETRY;

/** The SVG of one card, made once and refilled whenever the pool hands it to another card. */
export interface CardElement {
  card: CardIndex;
  g: SVGGElement;
  tooltip: SVGTitleElement;
  body: SVGRectElement;
  band: SVGPathElement;
  focusRing: SVGRectElement;
  title: SVGTextElement;
  /** The title's lines: two on the full card, up to `REDUCED_TITLE_LINES` on a reduced one. */
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

/**
 * A card's `<g>` and its parts, empty until `fillCardElement` (view/cardWriter) writes a card's layout into it. The
 * optional parts (badges, warning, controls, marks) are made here once and put in the card only while shown.
 */
export function createCardElement(doc: Document): CardElement {
  const g = createSvgElement(doc, "g", { class: "oc-card", role: "treeitem", tabindex: -1 });
  const tooltip = createSvgElement(doc, "title");
  const focusRing = createSvgElement(doc, "rect", { class: "oc-card-ring", x: -4, y: -4, rx: CORNER + 3 });
  const body = createSvgElement(doc, "rect", { class: "oc-card-body", rx: CORNER });
  const band = createSvgElement(doc, "path", { class: "oc-card-band" });
  const title = createSvgElement(doc, "text", { class: "oc-card-title" });
  const titleLines = Array.from({ length: REDUCED_TITLE_LINES }, (_, line) =>
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
  const warningMark = createSvgElement(doc, "path", { d: WARNING_TRIANGLE_PATH });
  // The "!" as a shape, not text: text is what costs layout whenever cards come into view.
  const warningBang = createSvgElement(doc, "path", {
    class: "oc-card-warning-bang",
    d: WARNING_BANG_PATH,
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

export function show(element: SVGElement, visible: boolean): void {
  if (visible) element.removeAttribute("display");
  else element.setAttribute("display", "none");
}

/**
 * Puts an optional part (badge, warning, control) in the card only while it is shown: every element in the
 * chart costs style and, when the zoom changes, text layout, so hidden parts are taken out, not hidden.
 */
export function attach(card: SVGGElement, part: SVGElement, shown: boolean): void {
  if (shown) {
    if (part.parentNode !== card) card.append(part);
  } else if (part.parentNode !== null) part.remove();
}

/** Sets an element's text as text (never markup), only when it changed. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
