import type { CardIndex } from "../../core/layout/chartTree";
import type { CardContent } from "../cardContent";
import { attach, setText, show, type CardElement } from "../cardElement";
import {
  badgeTexts,
  CARD_TEXT_STYLES,
  layOutCard,
  type CardChangeMark,
  type CardLayout,
  type CardLayoutContext,
  type CardTextLine,
  type CardToggle,
} from "../cardLayout";
import type { ChartViewStrings } from "../chartViewStrings";
import { setAttributeIfChanged } from "../svgElement";

/** What filling a card needs besides its content: the layout's context (size, orientation, measurer, reduced font). */
export interface CardFillContext extends CardLayoutContext {
  strings: ChartViewStrings;
}

/** Where a card sits in the tree, for its aria attributes. */
export interface CardTreePlace {
  depth: number;
  positionInSet: number;
  setSize: number;
}

/**
 * Draws a card into a (pooled) card element: lays it out with `layOutCard` — the same layout every export draws —
 * and writes that layout into the element's DOM. Every string goes in as text content (never markup); the full text
 * goes in the card's `<title>` (its tooltip and accessible name). Returns the layout written.
 */
export function fillCardElement(
  element: CardElement,
  card: CardIndex,
  content: CardContent,
  place: CardTreePlace,
  context: CardFillContext,
): CardLayout {
  const layout = layOutCard(content, context);
  writeCardAttributes(element, card, content, place);
  writeCardLayout(element, layout, content, context.strings);
  // First line: what a screen reader says (title, holder, span, hidden reports, findings); then the rest of the card.
  const details = [content.detail, ...badgeTexts(content)].filter((text) => text !== "").join(" · ");
  setText(element.tooltip, details === "" ? content.label : `${content.label}\n${details}`);
  return layout;
}

/** The card's hooks and aria attributes: its index, position ID, kind, place in the tree, expanded state. */
function writeCardAttributes(element: CardElement, card: CardIndex, content: CardContent, place: CardTreePlace): void {
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
}

/**
 * Writes a card's layout into its element: body, band, lines, badges, warning mark, control and change mark, each
 * attribute only when it changed, the parts the layout leaves out taken out of the card.
 */
export function writeCardLayout(
  element: CardElement,
  layout: CardLayout,
  content: CardContent,
  strings: ChartViewStrings,
): void {
  const { width, height } = layout;
  setAttributeIfChanged(element.body, "width", String(width));
  setAttributeIfChanged(element.body, "height", String(height));
  setAttributeIfChanged(element.focusRing, "width", String(width + 8));
  setAttributeIfChanged(element.focusRing, "height", String(height + 8));
  element.band.setAttribute("d", layout.band.path);
  element.band.setAttribute("fill", layout.band.colour);
  writeLines(element, layout.lines);
  writeBadges(element, layout);
  attach(element.g, element.warning, layout.warning !== null);
  if (layout.warning !== null) {
    element.warning.setAttribute("transform", `translate(${layout.warning.x},${layout.warning.y})`);
    setText(element.warningTooltip, strings.findings(content.findings));
  }
  writeToggle(element, layout.toggle, content, strings);
  writeChange(element, layout.change);
}

/** The title's lines into its tspans, the holder's and the detail line into theirs; lines left out are hidden. */
function writeLines(element: CardElement, lines: readonly CardTextLine[]): void {
  let titles = 0;
  let name: CardTextLine | null = null;
  let detail: CardTextLine | null = null;
  for (const line of lines) {
    if (line.role === "title") {
      const tspan = element.titleLines[titles];
      if (tspan === undefined) continue;
      if (titles === 0) setFontSize(element.title, line.style.size, CARD_TEXT_STYLES.title.size);
      setText(tspan, line.text);
      setAttributeIfChanged(tspan, "x", String(line.x));
      setAttributeIfChanged(tspan, "y", String(line.y));
      titles++;
    } else if (line.role === "name") name = line;
    else detail = line;
  }
  // The first tspan stays in the title (empty when there is no title); the others only while they hold a line.
  if (titles === 0) {
    setText(element.titleLines[0], "");
    setFontSize(element.title, 0, 0);
  }
  for (let i = 1; i < element.titleLines.length; i++) {
    // A line left out is emptied too: a pooled element keeps no text nodes it does not show.
    if (i >= titles) setText(element.titleLines[i], "");
    attach(element.title, element.titleLines[i], i < titles);
  }

  setText(element.name, name?.text ?? "");
  if (name !== null) {
    setFontSize(element.name, name.style.size, CARD_TEXT_STYLES.name.size);
    setAttributeIfChanged(element.name, "x", String(name.x));
    element.name.setAttribute("y", String(name.y));
    element.name.setAttribute("class", name.muted ? "oc-card-name oc-card-name-unfilled" : "oc-card-name");
  }
  show(element.name, name !== null);
  setText(element.detail, detail?.text ?? "");
  if (detail !== null) {
    setAttributeIfChanged(element.detail, "x", String(detail.x));
    element.detail.setAttribute("y", String(detail.y));
  }
  show(element.detail, detail !== null);
}

/** A text's font size as an inline style where the layout's differs from the stylesheet's, else the stylesheet's. */
function setFontSize(text: SVGTextElement, size: number, stylesheetSize: number): void {
  const value = size > 0 && size !== stylesheetSize ? `${size}px` : "";
  if (text.style.fontSize !== value) text.style.fontSize = value;
}

/** The badges as pills where the layout puts them; the element's other badges taken out. */
function writeBadges(element: CardElement, layout: CardLayout): void {
  element.badges.forEach((badge, i) => {
    const box = layout.badges[i];
    attach(element.g, badge.g, box !== undefined);
    if (box === undefined) return;
    setText(badge.text, box.text);
    badge.rect.setAttribute("width", String(box.width));
    badge.g.setAttribute("transform", `translate(${box.x},${box.y})`);
  });
}

/** The expand/collapse control: "+N" hidden reports or "−", where the layout puts it, grown by its scale. */
function writeToggle(
  element: CardElement,
  toggle: CardToggle | null,
  content: CardContent,
  strings: ChartViewStrings,
): void {
  attach(element.g, element.toggle, toggle !== null);
  if (toggle === null) return;
  setText(element.toggleText, toggle.label);
  setText(element.toggleTooltip, toggle.collapsed ? strings.expand(content.hiddenReports) : strings.collapse);
  const scale = toggle.scale ?? 1;
  element.toggle.setAttribute(
    "transform",
    `translate(${toggle.cx},${toggle.cy})${scale === 1 ? "" : ` scale(${scale})`}`,
  );
  element.toggleShape.setAttribute("x", String(-toggle.width / 2));
  element.toggleShape.setAttribute("y", String(-toggle.height / 2));
  element.toggleShape.setAttribute("width", String(toggle.width));
  element.toggleText.setAttribute("y", "3.5");
  element.toggle.setAttribute("class", toggle.collapsed ? "oc-card-toggle oc-collapsed" : "oc-card-toggle");
}

/** The change mark of a plan's changed card (its outline is the stylesheet's, by the card's class). */
function writeChange(element: CardElement, mark: CardChangeMark | null): void {
  attach(element.g, element.change, mark !== null);
  if (mark === null) return;
  // Grown outwards, about the inner corner of its box, so that it covers no more of the card's text than at 1.
  const scale = mark.scale ?? 1;
  const ax = mark.cx + mark.r;
  const ay = mark.cy + mark.r;
  const grown = scale > 1 ? `translate(${ax},${ay}) scale(${scale}) translate(${-ax},${-ay})` : "";
  setAttributeIfChanged(element.change, "transform", grown);
  element.g.classList.add(`oc-change-${mark.kind}`);
  element.g.setAttribute("data-change", mark.kind);
  setText(element.changeText, mark.text);
}
