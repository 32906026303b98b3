import type { ChartLayout, Rect } from "../../core/layout/chartLayout";
import type { CardIndex } from "../../core/layout/chartTree";
import type { ChartViewState } from "../chartScene";
import {
  cardBox,
  fitScaleOf,
  openingView,
  revealTransform,
  transformOfViewState,
  viewStateOf,
  wholeView,
  type PaneSize,
} from "../viewMath";
import { MIN_SCALE, type MoveOptions, type ZoomMotion } from "./zoomMotion";

/** What the view's moves need of the chart. */
export interface ViewMovesHost {
  size(): PaneSize;
  /** The part of the pane the minimap covers (screen px, relative to the chart), or null when it is hidden. */
  minimapArea(): Rect | null;
}

/**
 * Where the chart is looked at, and the chart's own moves: the opening view of a scene (fitted when that stays
 * readable, else the top of the tree), Fit (the top levels, then the whole chart), zoom about the centre, reveal a
 * card, a restored view. Remembers whether the chart still shows its opening view (nothing moved it), so that a
 * resized pane or a refreshed scene opens anew instead of leaving the chart off-centre.
 */
export class ViewMoves {
  /** True while the chart shows the opening view of its scene: nothing (a gesture, a button, a reveal) moved it. */
  opened = false;
  /** The view the last Fit left on the top levels rather than the whole chart (null otherwise). */
  private fittedTop: ChartViewState | null = null;

  constructor(
    private readonly motion: ZoomMotion,
    private readonly host: ViewMovesHost,
  ) {}

  /**
   * Shows a new scene's layout: at `keep` (where the user was looking), or at its opening view when nothing is kept or
   * the kept view is where the opening view left the last scene (a refresh before anything moved it).
   */
  open(layout: ChartLayout, keep: ChartViewState | undefined): void {
    const size = this.host.size();
    const fitted = layout.tree.count > 0 ? fitScaleOf(layout.bounds, size) : 1;
    this.motion.setMinScale(Math.min(MIN_SCALE, fitted * 0.8));
    const stillOpening = keep === undefined || (this.opened && this.isCurrentView(keep, size));
    this.opened = stillOpening;
    const view = stillOpening ? openingView(layout, size) : keep;
    this.motion.apply(transformOfViewState({ ...view, k: this.motion.clampScale(view.k) }, size));
  }

  /** The pane was resized: still on the opening view, open anew for its new size. */
  resized(layout: ChartLayout | undefined): void {
    if (!this.opened || layout === undefined) return;
    const size = this.host.size();
    const view = openingView(layout, size);
    this.motion.apply(transformOfViewState({ ...view, k: this.motion.clampScale(view.k) }, size));
  }

  /** Zooms about the pane's centre. */
  zoomBy(factor: number, options: MoveOptions = {}): void {
    this.opened = false;
    const state = this.viewState();
    this.motion.moveTo(
      transformOfViewState({ ...state, k: this.motion.clampScale(state.k * factor) }, this.host.size()),
      options,
    );
  }

  /**
   * Shows the whole chart (never zoomed in past 100 %) when its titles stay readable; otherwise its top levels,
   * readable (see `openingView`), and, pressed again there, the whole chart.
   */
  fit(layout: ChartLayout, options: MoveOptions = {}): void {
    this.opened = false;
    if (layout.tree.count === 0) return;
    const size = this.host.size();
    let view = openingView(layout, size);
    // Pressed again where the last Fit left the top levels (and nothing moved since): the whole chart. Compared as
    // view states (the world point at the centre and the scale), which a change of the pane's size keeps.
    const last = this.fittedTop;
    const now = viewStateOf(this.motion.targetTransform(), size);
    if (
      last !== null &&
      Math.abs(now.k / last.k - 1) < 1e-3 &&
      Math.abs(now.x - last.x) * now.k < 2 &&
      Math.abs(now.y - last.y) * now.k < 2
    )
      view = wholeView(layout, size);
    const k = this.motion.clampScale(view.k);
    this.motion.moveTo(transformOfViewState({ ...view, k }, size), options);
    this.fittedTop = k > fitScaleOf(layout.bounds, size) * 1.0001 ? { ...view, k } : null;
  }

  /** Pans (at the same scale) just enough to bring a card into view, clear of the minimap. */
  reveal(layout: ChartLayout, card: CardIndex, options: MoveOptions = {}): void {
    this.opened = false;
    const target = revealTransform(
      this.motion.targetTransform(),
      this.host.size(),
      cardBox(layout, card),
      this.host.minimapArea(),
    );
    if (target) this.motion.moveTo(target, options);
  }

  /** Where the chart is looked at: the world point at the pane's centre and the scale. */
  viewState(): ChartViewState {
    return viewStateOf(this.motion.transform, this.host.size());
  }

  setViewState(state: ChartViewState, options: MoveOptions = { animate: false }): void {
    this.opened = false;
    const k = this.motion.clampScale(state.k);
    this.motion.moveTo(transformOfViewState({ ...state, k }, this.host.size()), options);
  }

  /** Centres the view on a world point at the same scale (the minimap's click). */
  centreOn(x: number, y: number): void {
    this.motion.moveTo(transformOfViewState({ x, y, k: this.motion.transform.k }, this.host.size()), {
      animate: false,
    });
  }

  /** Pans by screen px at once (editing: the drag's auto-pan). */
  panBy(dx: number, dy: number): void {
    this.opened = false;
    const t = this.motion.transform;
    this.motion.apply({ x: t.x + dx, y: t.y + dy, k: t.k });
  }

  private isCurrentView(view: ChartViewState, size: PaneSize): boolean {
    const now = viewStateOf(this.motion.transform, size);
    return Math.abs(now.k / view.k - 1) < 1e-6 && Math.abs(now.x - view.x) < 1e-6 && Math.abs(now.y - view.y) < 1e-6;
  }
}
