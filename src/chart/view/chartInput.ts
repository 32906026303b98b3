import { CARD_KIND, type CardIndex } from "../../core/layout/chartTree";
import { cardForArrowKey } from "../cardForArrowKey";
import type { ChartScene } from "../chartScene";
import type { ChartEditor } from "../edit/chartEditor";
import type { ViewTransform } from "../viewMath";
import type { CardDrawing } from "./cardDrawing";
import type { CardFocus } from "./cardFocus";
import { chartKeyCommand } from "./chartKeys";

/** What the chart's clicks and keys act on. */
export interface ChartInputHost {
  scene(): ChartScene | null;
  transform(): ViewTransform;
  /** A click or Space on a card: select it and tell the pane. */
  activate(card: CardIndex): void;
  /** The expand/collapse control or Enter on an expandable card. */
  toggle(card: CardIndex): void;
  focusCard(card: CardIndex): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * The chart's clicks and keys: a card (or, zoomed out, the block under the pointer) selected, its control toggled, the
 * arrow keys through the tree, Enter / Space / + / − / 0; editing (`edit/chartEditor`) sees each event first. Focusing
 * a card never scrolls the clipped container.
 */
export class ChartInput {
  constructor(
    private readonly svg: SVGSVGElement,
    private readonly root: HTMLElement,
    private readonly focus: CardFocus,
    private readonly drawing: CardDrawing,
    private readonly editor: ChartEditor,
    private readonly host: ChartInputHost,
  ) {
    svg.addEventListener("click", this.handleClick);
    svg.addEventListener("keydown", this.handleKeyDown);
    svg.addEventListener("focusin", this.handleFocusIn);
    root.addEventListener("scroll", this.handleScroll);
  }

  destroy(): void {
    this.svg.removeEventListener("click", this.handleClick);
    this.svg.removeEventListener("keydown", this.handleKeyDown);
    this.svg.removeEventListener("focusin", this.handleFocusIn);
    this.root.removeEventListener("scroll", this.handleScroll);
  }

  private isExpandable(card: CardIndex): boolean {
    const tree = this.host.scene()?.layout.tree;
    if (!tree) return false;
    return tree.hiddenReports[card] > 0 || tree.childStart[card + 1] > tree.childStart[card];
  }

  private readonly handleClick = (event: MouseEvent): void => {
    let card = this.focus.cardOfTarget(event.target);
    if (this.editor.handleClick(event, card)) return;
    const scene = this.host.scene();
    // A ghost (a removed position of the plan's chart) is not a card of the plan: it cannot be selected.
    if (card >= 0 && scene?.layout.tree.kind[card] === CARD_KIND.removed) return;
    if (card >= 0) {
      const onToggle = event.target instanceof Element && event.target.closest(".oc-card-toggle") !== null;
      if (onToggle) {
        this.focus.setRoving(card);
        this.host.toggle(card);
      } else this.host.activate(card);
      return;
    }
    // Zoomed out, the cards are blocks: find the one under the pointer.
    if (this.drawing.lod !== "blocks" || !scene) return;
    const box = this.svg.getBoundingClientRect();
    const t = this.host.transform();
    const x = (event.clientX - box.left - t.x) / t.k;
    const y = (event.clientY - box.top - t.y) / t.k;
    const hits = this.drawing.finder?.cardsIn({ minX: x, minY: y, maxX: x, maxY: y }) ?? [];
    card = hits.length > 0 ? hits[0] : -1;
    if (card >= 0) this.host.activate(card);
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const card = this.focus.cardOfTarget(event.target);
    if (card >= 0) this.focus.setRoving(card);
  };

  /** Focusing a card must never scroll the clipped container. */
  private readonly handleScroll = (): void => {
    if (this.root.scrollLeft !== 0) this.root.scrollLeft = 0;
    if (this.root.scrollTop !== 0) this.root.scrollTop = 0;
  };

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    const scene = this.host.scene();
    if (scene && this.editor.handleKey(event)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (!scene || event.altKey || event.metaKey || event.ctrlKey) return;
    const card = this.focus.roving;
    if (card < 0) return;
    const moveTo = cardForArrowKey(scene.layout.tree, scene.layout.orientation, card, event.key);
    if (moveTo !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      if (moveTo >= 0) this.host.focusCard(moveTo);
      return;
    }
    switch (chartKeyCommand(event.key)) {
      case "toggle":
        if (this.isExpandable(card)) this.host.toggle(card);
        break;
      case "activate":
        this.host.activate(card);
        break;
      case "zoomIn":
        this.host.zoomIn();
        break;
      case "zoomOut":
        this.host.zoomOut();
        break;
      case "fit":
        this.host.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
