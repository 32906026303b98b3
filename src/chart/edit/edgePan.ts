/** Auto-pan: within this many px of the chart's edge a drag pans the chart, up to this many px a frame. */
const EDGE = 32;
const EDGE_SPEED = 14;

/** The pan of one frame for a pointer at (`x`, `y`): faster the nearer it is to (or the further past) an edge. */
export function edgePanDelta(
  box: { left: number; top: number; right: number; bottom: number },
  x: number,
  y: number,
): { dx: number; dy: number } {
  const speed = (distance: number): number => (distance < EDGE ? EDGE_SPEED * (1 - Math.max(0, distance) / EDGE) : 0);
  return { dx: speed(x - box.left) - speed(box.right - x), dy: speed(y - box.top) - speed(box.bottom - y) };
}

/** What the auto-pan needs of the drag and the view. */
export interface EdgePanHost {
  /** Whether the drag is still under way. */
  dragging(): boolean;
  /** The chart's box on screen. */
  box(): DOMRect;
  /** The pointer, in screen px. */
  pointer(): { x: number; y: number };
  /** Pans the view by screen px (and follows the pointer over the cards that come under it). */
  panBy(dx: number, dy: number): void;
}

/** Near the chart's edge a drag pans the chart, a frame at a time, while the pointer stays there. */
export class EdgePan {
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly host: EdgePanHost,
  ) {}

  /** Starts panning, frame by frame, unless a frame is already asked for (or the window has no frames). */
  start(): void {
    const view = this.doc.defaultView;
    if (this.frame !== 0 || !view || typeof view.requestAnimationFrame !== "function") return;
    const step = (): void => {
      this.frame = 0;
      if (!this.host.dragging()) return;
      const { x, y } = this.host.pointer();
      const { dx, dy } = edgePanDelta(this.host.box(), x, y);
      if (dx === 0 && dy === 0) return;
      this.host.panBy(dx, dy);
      this.frame = view.requestAnimationFrame(step);
    };
    this.frame = view.requestAnimationFrame(step);
  }

  stop(): void {
    if (this.frame !== 0) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
