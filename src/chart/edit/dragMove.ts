import type { CardIndex } from "../../core/layout/chartTree";

/** How far (px) a pointer must travel with the button down before a press on a card becomes a drag (else a click). */
export function dragThreshold(pointerType: string): number {
  return pointerType === "touch" ? 10 : pointerType === "pen" ? 6 : 4;
}

/** Where a drag of a card is: nothing, a press that may still be a click, or a drag over a target (-1: none). */
export type DragState =
  | { phase: "idle" }
  | { phase: "pressed"; card: CardIndex; pointerId: number; x: number; y: number; threshold: number }
  | { phase: "dragging"; card: CardIndex; pointerId: number; target: CardIndex };

/**
 * Dragging a card onto a new manager, as a state machine over pointer events (mouse, touch and pen alike): a press
 * on a movable card, then a drag once the pointer has moved past the threshold (so a click still selects), then a
 * drop on the card under the pointer, or a cancel (Escape, a lost pointer). Only the pointer that pressed counts.
 */
export class DragMove {
  state: DragState = { phase: "idle" };

  /** A press on a movable card. */
  press(card: CardIndex, pointerId: number, x: number, y: number, pointerType: string): void {
    this.state = { phase: "pressed", card, pointerId, x, y, threshold: dragThreshold(pointerType) };
  }

  /** The pointer moved: "start" when this move starts the drag, "drag" while dragging, else "none". */
  move(pointerId: number, x: number, y: number): "start" | "drag" | "none" {
    const state = this.state;
    if (state.phase === "idle" || state.pointerId !== pointerId) return "none";
    if (state.phase === "dragging") return "drag";
    if (Math.hypot(x - state.x, y - state.y) < state.threshold) return "none";
    this.state = { phase: "dragging", card: state.card, pointerId, target: -1 };
    return "start";
  }

  /** The card under the pointer while dragging (-1: none); true when it changed. */
  over(target: CardIndex): boolean {
    const state = this.state;
    if (state.phase !== "dragging" || state.target === target) return false;
    this.state = { ...state, target };
    return true;
  }

  /** The pointer was released: the card and the target of a drag (to drop), or null (a click, or another pointer). */
  release(pointerId: number): { card: CardIndex; target: CardIndex } | null {
    const state = this.state;
    if (state.phase === "idle" || state.pointerId !== pointerId) return null;
    this.state = { phase: "idle" };
    return state.phase === "dragging" ? { card: state.card, target: state.target } : null;
  }

  /** Escape, a cancelled or lost pointer, a new scene: true when a drag was under way. */
  cancel(): boolean {
    const dragging = this.state.phase === "dragging";
    this.state = { phase: "idle" };
    return dragging;
  }

  get dragging(): boolean {
    return this.state.phase === "dragging";
  }

  /** The card being dragged, or -1. */
  get card(): CardIndex {
    return this.state.phase === "dragging" ? this.state.card : -1;
  }

  get target(): CardIndex {
    return this.state.phase === "dragging" ? this.state.target : -1;
  }
}
