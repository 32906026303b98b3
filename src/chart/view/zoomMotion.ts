import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { transformOfViewState, viewStateOf, type PaneSize, type ViewTransform } from "../viewMath";
import type { ZoomText } from "./zoomText";

export const MAX_SCALE = 2;
export const MIN_SCALE = 0.02;
const MOVE_MS = 240;

/** Options of the view moves: `animate: false` jumps (tests, restoring a view). */
export interface MoveOptions {
  animate?: boolean;
}

/** What the pan/zoom needs of the chart. */
export interface ZoomMotionHost {
  size(): PaneSize;
  /** After each change of the transform; `gesture`: the user's wheel, pinch, drag or double click (not a call). */
  onTransform(gesture: boolean): void;
}

/**
 * Pan and zoom: d3-zoom on the chart's SVG (the user's gestures) and the chart's own moves (fit, zoom buttons,
 * reveal), jumped or animated over {@link MOVE_MS}, with card text hidden while the scale changes.
 */
export class ZoomMotion {
  /** The transform last drawn. */
  transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private animationFrame = 0;
  /** Where a running move ends. */
  private moveTarget: ViewTransform | null = null;
  /** Set while a call (not the user's gesture) moves the view. */
  private applying = false;
  private destroyed = false;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly text: ZoomText,
    private readonly animateByDefault: boolean,
    private readonly host: ZoomMotionHost,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .extent(() => {
        const size = host.size();
        return [
          [0, 0],
          [size.width, size.height],
        ];
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.handleZoom(event.transform, event.sourceEvent != null),
      );
    this.selection = select(svg);
    this.selection.call(this.behavior);
  }

  /** Lets d3-zoom ignore the events `filter` refuses (besides its own default filter). */
  filter(refuse: (event: Event) => boolean): void {
    const standard = this.behavior.filter();
    this.behavior.filter(function (this: SVGSVGElement, event: Event) {
      return !refuse(event) && standard.call(this, event, undefined);
    });
  }

  /** The transform d3-zoom holds now (a gesture may have moved it since the last event seen). */
  current(): ViewTransform {
    const current = zoomTransform(this.svg);
    this.transform = { x: current.x, y: current.y, k: current.k };
    return this.transform;
  }

  setMinScale(min: number): void {
    this.behavior.scaleExtent([min, MAX_SCALE]);
  }

  clampScale(k: number): number {
    const [min, max] = this.behavior.scaleExtent();
    return Math.min(max, Math.max(min, k));
  }

  /** Where a running move ends (or the current transform). */
  targetTransform(): ViewTransform {
    return this.moveTarget ?? this.transform;
  }

  moveTo(target: ViewTransform, options: MoveOptions): void {
    this.cancel();
    const view = this.svg.ownerDocument.defaultView;
    const animate = (options.animate ?? this.animateByDefault) && typeof view?.requestAnimationFrame === "function";
    if (!animate || !view) {
      this.apply(target);
      return;
    }
    const size = this.host.size();
    const from = viewStateOf(this.transform, size);
    const to = viewStateOf(target, size);
    const start = view.performance.now();
    this.moveTarget = target;
    const step = (now: number): void => {
      const p = Math.min(1, (now - start) / MOVE_MS);
      const e = p < 0.5 ? 4 * p * p * p : 1 - Math.pow(-2 * p + 2, 3) / 2;
      const k = from.k * Math.pow(to.k / from.k, e);
      const state = { x: from.x + (to.x - from.x) * e, y: from.y + (to.y - from.y) * e, k };
      if (p < 1) {
        this.apply(transformOfViewState(state, size));
        this.animationFrame = view.requestAnimationFrame(step);
      } else {
        this.animationFrame = 0;
        this.moveTarget = null;
        this.apply(target);
        this.text.show();
      }
    };
    this.animationFrame = view.requestAnimationFrame(step);
  }

  /** Stops a running animated move where it is. */
  cancel(): void {
    if (this.animationFrame !== 0) {
      this.svg.ownerDocument.defaultView?.cancelAnimationFrame(this.animationFrame);
      this.text.show();
    }
    this.animationFrame = 0;
    this.moveTarget = null;
  }

  /** Hands a transform to d3-zoom (which keeps it for the next gesture) and draws it. */
  apply(t: ViewTransform): void {
    // d3-zoom reports a call made during a wheel gesture with that gesture's event: remember it was a call.
    this.applying = true;
    try {
      this.behavior.transform(this.selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
    } finally {
      this.applying = false;
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.cancel();
    this.text.destroy();
    this.selection.on(".zoom", null);
  }

  private handleZoom(t: { x: number; y: number; k: number }, gesture: boolean): void {
    if (this.destroyed) return;
    const scaled = t.k !== this.transform.k;
    this.transform = { x: t.x, y: t.y, k: t.k };
    if (scaled && this.animationFrame !== 0) this.text.hide();
    else if (scaled && gesture && !this.applying) this.text.hideForGesture();
    this.host.onTransform(gesture);
  }
}
