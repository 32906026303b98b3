import type { CardIndex } from "../../core/layout/chartTree";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import { setCardMoreButton, type CardElement } from "../cardElement";
import { cardForArrowKey } from "../cardForArrowKey";
import type { ChartScene } from "../chartScene";
import type { ChartEditStrings } from "../chartViewStrings";
import type { ViewTransform } from "../viewMath";
import { CardMenuController } from "./cardMenuController";
import { DragMove } from "./dragMove";
import { dragPreviewOf, placeDragPreview, PREVIEW_OFFSET } from "./dragPreview";
import { EdgePan } from "./edgePan";
import { editKeyCommand } from "./editKeys";
import { hasEditMenu, isMovable, moveVerdict, type MoveVerdict } from "./moveVerdict";
import { MoveStatus } from "./moveStatus";
import { moveWords } from "./moveWords";

/** A move's last word (dropped, refused, cancelled) stays this long. */
const LINGER_MS = 5000;

/** What editing needs of the chart view. */
export interface ChartEditHost {
  readonly root: HTMLElement;
  readonly svg: SVGSVGElement;
  /** A layer over the cards, in the viewport's coordinates, for the dragged card's preview. */
  readonly dragLayer: SVGGElement;
  readonly strings: ChartEditStrings;
  scene(): ChartScene | null;
  isEditable(): boolean;
  emit(edit: ScenarioEdit): void;
  cardOfTarget(target: EventTarget | null): CardIndex;
  element(card: CardIndex): CardElement | undefined;
  roving(): CardIndex;
  /** Makes a card the keyboard's place, in view, with DOM focus. */
  focusCard(card: CardIndex): void;
  select(card: CardIndex): void;
  redecorate(card: CardIndex): void;
  /** The viewport's origin (world px at its local 0, 0) and the view's transform. */
  origin(): { x: number; y: number };
  transform(): ViewTransform;
  /** Pans the view by screen px. */
  panBy(dx: number, dy: number): void;
}

/**
 * Editing a plan in the chart: a card dragged onto a new manager (pointer events: mouse, touch, pen), the keyboard
 * move (M or Ctrl+X, arrows, Enter, Escape), and the card menu (right click or long press, the "…" button of the
 * selected card, Shift+F10 or the context-menu key). Every edit leaves as one {@link ScenarioEdit} through the host;
 * the chart's scene is never changed here. What a move does is said in a live status line and drawn on the cards.
 */
export class ChartEditor {
  private readonly drag = new DragMove();
  private readonly menu: CardMenuController;
  private readonly status: MoveStatus;
  /** The keyboard move: the card picked up (-1: none). */
  private keyboardMoving: CardIndex = -1;
  /** The card the move would drop on now, and what it would do. */
  private target: CardIndex = -1;
  private verdict: MoveVerdict | null = null;
  private preview: SVGGElement | null = null;
  private pointer = { x: 0, y: 0 };
  private readonly edgePan: EdgePan;
  private suppressClick = false;

  constructor(
    private readonly doc: Document,
    private readonly host: ChartEditHost,
  ) {
    this.menu = new CardMenuController(doc, host, {
      beforeOpen: () => this.stopMove(),
      move: (card) => this.pickUp(card),
    });
    this.status = new MoveStatus(doc, host.root);
    this.edgePan = new EdgePan(doc, {
      dragging: () => this.drag.dragging,
      box: () => host.svg.getBoundingClientRect(),
      pointer: () => this.pointer,
      panBy: (dx, dy) => {
        host.panBy(dx, dy);
        this.followPointer();
      },
    });
    host.svg.addEventListener("pointerdown", this.handlePointerDown);
    host.svg.addEventListener("pointermove", this.handlePointerMove);
    host.svg.addEventListener("pointerup", this.handlePointerUp);
    host.svg.addEventListener("pointercancel", this.handlePointerCancel);
    host.svg.addEventListener("lostpointercapture", this.handlePointerCancel);
    host.svg.addEventListener("contextmenu", this.handleContextMenu);
    host.svg.addEventListener("focusout", this.handleFocusOut);
  }

  /** The card being moved (by drag or keyboard), or -1. */
  get moving(): CardIndex {
    return this.drag.dragging ? this.drag.card : this.keyboardMoving;
  }

  /** Whether d3-zoom must leave an event alone: a press on a movable card starts a drag, not a pan. */
  readonly claimsEvent = (event: Event): boolean => {
    if (event.type !== "mousedown" && event.type !== "touchstart") return false;
    if (this.drag.dragging) return true;
    const scene = this.host.scene();
    if (!scene || !this.host.isEditable()) return false;
    if (event.type === "touchstart" && (event as TouchEvent).touches.length > 1) return false;
    return isMovable(scene, this.host.cardOfTarget(event.target));
  };

  /** A new scene, or editing turned off: any move is cancelled, the menu closed. */
  reset(): void {
    this.stopMove();
    this.menu.close();
  }

  /** Editing's state on a drawn card: being moved, the drop target (taken or refused), the selected card's "…" button. */
  readonly decorate = (
    card: CardIndex,
    element: CardElement,
    selected: boolean,
    width: number,
    controlScale: number,
  ): void => {
    const g = element.g;
    const moving = this.moving;
    g.classList.toggle("oc-moving", card === moving && moving >= 0);
    const isTarget = moving >= 0 && card === this.target && card !== moving;
    g.classList.toggle("oc-drop-target", isTarget && this.verdict?.ok === true);
    g.classList.toggle("oc-drop-refused", isTarget && this.verdict?.ok === false);
    const scene = this.host.scene();
    const menu = selected && moving < 0 && this.host.isEditable() && scene !== null && hasEditMenu(scene, card);
    const label = menu ? this.host.strings.menuButton(scene.content(card).title) : null;
    setCardMoreButton(element, width, label, controlScale);
  };

  /** A click on the chart: true when editing took it (the "…" button, or the click ending a drag). */
  handleClick(event: MouseEvent, card: CardIndex): boolean {
    if (this.suppressClick) {
      this.suppressClick = false;
      return true;
    }
    if (card < 0 || !(event.target instanceof Element) || event.target.closest(".oc-card-more") === null) return false;
    this.menu.openFromButton(card);
    return true;
  }

  /** A key on a focused card: true when editing took it. */
  handleKey(event: KeyboardEvent): boolean {
    const scene = this.host.scene();
    if (!scene || !this.host.isEditable()) return false;
    if (this.drag.dragging) {
      if (event.key === "Escape") {
        this.cancelMove();
        return true;
      }
      return false;
    }
    const moving = this.keyboardMoving >= 0;
    const card = this.host.roving();
    const command = editKeyCommand(event, moving);
    if (moving && command === undefined) {
      // While moving, the arrow keys choose the target (as they move the keyboard).
      const next = cardForArrowKey(scene.layout.tree, scene.layout.orientation, card, event.key);
      if (next === undefined) return event.key === "Enter" || event.key === " ";
      if (next >= 0) {
        this.host.focusCard(next);
        this.aim(next);
      }
      return true;
    }
    switch (command) {
      case "pickUp":
        if (!isMovable(scene, card)) return false;
        this.pickUp(card);
        return true;
      case "drop":
        this.dropOn(this.keyboardMoving, card);
        return true;
      case "cancel":
        this.cancelMove();
        return true;
      case "menu":
        if (!hasEditMenu(scene, card)) return false;
        this.host.select(card);
        this.menu.openFromKeyboard(card);
        return true;
      default:
        return false;
    }
  }

  destroy(): void {
    this.stopMove();
    const svg = this.host.svg;
    svg.removeEventListener("pointerdown", this.handlePointerDown);
    svg.removeEventListener("pointermove", this.handlePointerMove);
    svg.removeEventListener("pointerup", this.handlePointerUp);
    svg.removeEventListener("pointercancel", this.handlePointerCancel);
    svg.removeEventListener("lostpointercapture", this.handlePointerCancel);
    svg.removeEventListener("contextmenu", this.handleContextMenu);
    svg.removeEventListener("focusout", this.handleFocusOut);
    this.doc.removeEventListener("keydown", this.handleDocumentKey, true);
    this.menu.destroy();
    this.status.destroy();
  }

  // ——— moves ———

  private title(card: CardIndex): string {
    return this.host.scene()?.content(card).title ?? "";
  }

  private pickUp(card: CardIndex): void {
    this.menu.close();
    this.keyboardMoving = card;
    this.target = -1;
    this.verdict = null;
    this.host.redecorate(card);
    this.status.say(this.host.strings.pickedUp(this.title(card)));
  }

  /** The move's target is now `card`: drawn and said. */
  private aim(card: CardIndex): void {
    const scene = this.host.scene();
    const moving = this.moving;
    if (!scene || moving < 0) return;
    const previous = this.target;
    this.target = card;
    this.verdict = card >= 0 ? moveVerdict(scene, moving, card) : null;
    if (previous >= 0 && previous !== card) this.host.redecorate(previous);
    if (card >= 0) this.host.redecorate(card);
    this.host.root.classList.toggle("oc-refused", this.verdict?.ok === false);
    if (card < 0 || !this.verdict) this.status.say(this.host.strings.pickedUp(this.title(moving)));
    else this.sayVerdict(this.verdict, moving, card, false);
  }

  private sayVerdict(verdict: MoveVerdict, moving: CardIndex, target: CardIndex, done: boolean): void {
    const { text, refused } = moveWords(this.host.strings, verdict, this.title(moving), this.title(target), done);
    this.status.say(text, { refused, linger: done ? LINGER_MS : 0 });
  }

  /** Drops the moving card on `target`: the move is emitted when the target takes it, else refused (said, kept). */
  private dropOn(moving: CardIndex, target: CardIndex): boolean {
    const scene = this.host.scene();
    if (!scene || moving < 0) return false;
    const verdict = moveVerdict(scene, moving, target);
    if (!verdict.ok) {
      this.target = target;
      this.verdict = verdict;
      this.host.redecorate(target);
      this.sayVerdict(verdict, moving, target, false);
      return false;
    }
    this.stopMove();
    this.sayVerdict(verdict, moving, target, true);
    this.host.emit(verdict.edit);
    return true;
  }

  /** Escape: the move is dropped nowhere. */
  private cancelMove(): void {
    if (this.moving < 0) return;
    this.stopMove();
    this.status.say(this.host.strings.cancelled, { linger: LINGER_MS });
  }

  /** Ends any move and takes its drawing away (no word said). */
  private stopMove(): void {
    const cards = [this.moving, this.target];
    this.drag.cancel();
    this.keyboardMoving = -1;
    this.target = -1;
    this.verdict = null;
    this.preview?.remove();
    this.preview = null;
    this.edgePan.stop();
    this.host.root.classList.remove("oc-dragging", "oc-refused");
    this.doc.removeEventListener("keydown", this.handleDocumentKey, true);
    for (const card of cards) if (card >= 0) this.host.redecorate(card);
  }

  // ——— dragging ———

  private worldPoint(clientX: number, clientY: number): { x: number; y: number } {
    const box = this.host.svg.getBoundingClientRect();
    const t = this.host.transform();
    return { x: (clientX - box.left - t.x) / t.k, y: (clientY - box.top - t.y) / t.k };
  }

  private readonly handlePointerDown = (event: PointerEvent): void => {
    this.suppressClick = false;
    if (!this.host.isEditable() || event.button !== 0 || this.drag.dragging) return;
    const scene = this.host.scene();
    const card = this.host.cardOfTarget(event.target);
    if (!scene || !isMovable(scene, card)) return;
    const onControl =
      event.target instanceof Element && event.target.closest(".oc-card-toggle, .oc-card-more") !== null;
    if (onControl) return;
    this.drag.press(card, event.pointerId, event.clientX, event.clientY, event.pointerType);
  };

  private readonly handlePointerMove = (event: PointerEvent): void => {
    const step = this.drag.move(event.pointerId, event.clientX, event.clientY);
    if (step === "none") return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (step === "start") this.startDrag(event);
    event.preventDefault();
    this.followPointer();
    this.edgePan.start();
  };

  private startDrag(event: PointerEvent): void {
    const card = this.drag.card;
    this.keyboardMoving = -1;
    this.menu.close();
    try {
      this.host.svg.setPointerCapture(event.pointerId);
    } catch {
      // A pointer already gone: the drag still follows the events that come.
    }
    const element = this.host.element(card);
    if (element) {
      const preview = dragPreviewOf(element);
      this.preview = preview;
      this.host.dragLayer.append(preview);
    }
    this.host.root.classList.add("oc-dragging");
    this.host.redecorate(card);
    this.doc.addEventListener("keydown", this.handleDocumentKey, true);
    this.status.say(this.host.strings.pickedUp(this.title(card)));
  }

  /**
   * The preview just below and right of the pointer, smaller than the card, so that the target under the pointer and
   * its highlight stay in sight; the card under the pointer is the target.
   */
  private followPointer(): void {
    const { x, y } = this.pointer;
    if (this.preview) {
      const world = this.worldPoint(x + PREVIEW_OFFSET, y + PREVIEW_OFFSET);
      const origin = this.host.origin();
      const left = world.x - origin.x;
      const top = world.y - origin.y;
      placeDragPreview(this.preview, left, top);
    }
    const under = this.doc.elementFromPoint(x, y);
    const target = this.host.cardOfTarget(under);
    if (this.drag.over(target)) this.aim(target);
  }

  private readonly handlePointerUp = (event: PointerEvent): void => {
    const dropped = this.drag.release(event.pointerId);
    if (!dropped) return;
    this.suppressClick = true;
    // The click this release makes (if any) comes in this task; none may come, so the flag does not outlive it.
    setTimeout(() => (this.suppressClick = false), 0);
    if (dropped.target < 0) {
      this.stopMove();
      this.status.say(this.host.strings.cancelled, { linger: LINGER_MS });
      return;
    }
    this.keyboardMoving = -1;
    const scene = this.host.scene();
    const verdict = scene ? moveVerdict(scene, dropped.card, dropped.target) : null;
    this.stopMove();
    if (!verdict) return;
    this.sayVerdict(verdict, dropped.card, dropped.target, true);
    if (verdict.ok) this.host.emit(verdict.edit);
  };

  private readonly handlePointerCancel = (event: PointerEvent): void => {
    const state = this.drag.state;
    if (state.phase === "idle" || state.pointerId !== event.pointerId) return;
    if (event.type === "lostpointercapture" && state.phase !== "dragging") return;
    if (this.drag.dragging) this.cancelMove();
    else this.drag.cancel();
  };

  /** Escape anywhere while dragging cancels the drag. */
  private readonly handleDocumentKey = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || !this.drag.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancelMove();
  };

  /** The keyboard move ends when the focus leaves the chart (for the menu it stays). */
  private readonly handleFocusOut = (event: FocusEvent): void => {
    if (this.keyboardMoving < 0) return;
    const next = event.relatedTarget;
    if (next instanceof Node && (this.host.svg.contains(next) || this.menu.contains(next))) return;
    if (next === null) return;
    this.cancelMove();
  };

  /** Right click or long press on a card: its menu (a drag under way ends). */
  private readonly handleContextMenu = (event: MouseEvent): void => {
    if (!this.host.scene() || !this.host.isEditable()) return;
    const card = this.host.cardOfTarget(event.target);
    const root = this.host.root.getBoundingClientRect();
    if (this.menu.open(card, { x: event.clientX - root.left, y: event.clientY - root.top })) event.preventDefault();
  };
}
