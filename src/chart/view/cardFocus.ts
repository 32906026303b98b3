import type { CardIndex } from "../../core/layout/chartTree";
import { setCardRing, type CardElement } from "../cardElement";
import { drawsCards } from "../levelOfDetail";
import type { CardDrawing } from "./cardDrawing";

/**
 * The selected card and the keyboard's place (the roving tab stop: the one card with tabindex 0), and how a drawn
 * card shows them: a ring, aria-selected, the tab stop. Both cards stay drawn wherever the view goes.
 */
export class CardFocus {
  selected: CardIndex = -1;
  roving: CardIndex = -1;
  /** More state drawn on a card (editing: the card being moved, the drop target). */
  extraDecoration: ((card: CardIndex, element: CardElement) => void) | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly drawing: CardDrawing,
  ) {}

  /** A new scene of `count` cards: the selection (when still a card) and the keyboard's place on it or the root. */
  reset(selected: CardIndex, count: number): void {
    this.selected = selected >= 0 && selected < count ? selected : -1;
    this.roving = this.selected >= 0 ? this.selected : count > 0 ? 0 : -1;
  }

  /** The cards drawn whatever the view (the keyboard's and the selected). */
  pinned(): CardIndex[] {
    return [this.roving, this.selected];
  }

  /** Selects a card (-1: none) of a scene of `count` cards; the keyboard goes to it. */
  select(card: CardIndex, count: number): CardIndex {
    const next = card >= 0 && card < count ? card : -1;
    const previous = this.selected;
    this.selected = next;
    if (previous >= 0) this.redecorate(previous);
    if (next >= 0) {
      this.setRoving(next);
      this.drawing.ensureDrawn(next);
      this.redecorate(next);
    }
    return next;
  }

  setRoving(card: CardIndex): void {
    if (card === this.roving) return;
    const previous = this.roving;
    this.roving = card;
    if (previous >= 0) this.redecorate(previous);
    this.drawing.ensureDrawn(card);
    this.redecorate(card);
  }

  /** Moves DOM focus to a card's element (drawing it first). */
  focusElement(card: CardIndex): void {
    if (card < 0) return;
    this.drawing.ensureDrawn(card);
    this.drawing.element(card)?.g.focus({ preventScroll: true });
  }

  /** Whether a card of the chart has DOM focus. */
  hasFocus(): boolean {
    const focused = this.svg.ownerDocument.activeElement;
    return focused !== null && focused !== this.svg && this.svg.contains(focused);
  }

  /** The drawn card an event's target is in, or -1. */
  cardOfTarget(target: EventTarget | null): CardIndex {
    const element = target instanceof Element ? target.closest("[data-card]") : null;
    if (!element || !this.svg.contains(element)) return -1;
    const card = Number(element.getAttribute("data-card"));
    return Number.isInteger(card) && this.drawing.element(card)?.g === element ? card : -1;
  }

  /** Draws a card's state again (when it is drawn). */
  redecorate(card: CardIndex): void {
    const element = this.drawing.element(card);
    if (element) this.decorate(card, element);
  }

  /** Tab stop, selection ring and aria-selected of a drawn card. */
  readonly decorate = (card: CardIndex, element: CardElement): void => {
    element.g.setAttribute("tabindex", card === this.roving ? "0" : "-1");
    const selected = card === this.selected;
    element.g.setAttribute("aria-selected", String(selected));
    element.g.classList.toggle("oc-selected", selected);
    setCardRing(element, selected || card === this.roving);
    // Zoomed out, only the focused and selected cards are elements: drawn as outlines, their text hidden.
    element.g.classList.toggle("oc-card-far", !drawsCards(this.drawing.lod));
    this.extraDecoration?.(card, element);
  };
}
