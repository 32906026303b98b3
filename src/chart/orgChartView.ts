import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { Lang, Translate } from "../i18n";
import {
  CARD_FONTS,
  createCardElement,
  fillCardElement,
  setCardRing,
  type CardElement,
  type CardFillContext,
} from "./cardElement";
import { cardForArrowKey } from "./cardForArrowKey";
import { CardFinder } from "./cardsInView";
import { ChartMinimap } from "./chartMinimap";
import type { ChartEditOptions } from "./edit/chartEditOptions";
import type { ChartScene, ChartViewState } from "./chartScene";
import { CHART_FONT_FAMILY, chartStylesheet } from "./chartStyles";
import { chartViewStringsOf, type ChartViewStrings } from "./chartViewStrings";
import { ConnectorPathBuilder, dottedLinePath } from "./connectorPath";
import { DensityGrid } from "./densityGrid";
import { chooseLevelOfDetail, drawsCards, reducedCardFont, type LevelOfDetail } from "./levelOfDetail";
import { createSvgElement, svgCoordinate } from "./svgElement";
import { ZoomedOutLayers } from "./zoomedOutLayers";
import { canvasTextMeasurer, estimateTextWidth, warmTextMeasurer, type TextMeasurer } from "./textMeasure";
import {
  cardBox,
  containsRect,
  expandRect,
  fitScaleOf,
  openingView,
  wholeView,
  revealTransform,
  transformOfViewState,
  viewRectOf,
  viewStateOf,
  type PaneSize,
  type ViewTransform,
} from "./viewMath";

export interface OrgChartViewOptions extends ChartEditOptions {
  lang: Lang;
  t: Translate;
  /** A click or Space on a card: the card is selected, then this is called. */
  onActivate?(card: CardIndex): void;
  /** The expand/collapse control or Enter on a card. */
  onToggle?(card: CardIndex): void;
  /** After every change of the view (pan, zoom, fit, reveal): up to once a frame while the user pans. */
  onViewChange?(): void;
  /** Measures card text; default: a canvas with the chart's font, or the estimate where there is no canvas. */
  measure?: TextMeasurer;
  fontFamily?: string;
  /** Smooth fit / zoom / reveal moves; default on unless the user asked for reduced motion. */
  animate?: boolean;
  /** The renderer's own words; default from `t`. */
  strings?: ChartViewStrings;
}

/** Options of the view moves: `animate: false` jumps (tests, restoring a view). */
export interface MoveOptions {
  animate?: boolean;
}

export interface RenderStats {
  /** Card elements in the DOM. */
  cards: number;
  lod: LevelOfDetail;
}

/** The share of the view's width and height drawn beyond each edge, so small pans need no new drawing. */
export const CULL_MARGIN = 0.25;
/**
 * The view is culled again once it has moved this share of its size since the last cull (well inside the
 * margin): each cull then brings in a thin strip of cards instead of a quarter of a view at once, which keeps
 * the frames that draw new cards close to the others. Cards only: blocks and density are redrawn whole.
 */
export const CULL_STEP = 0.0625;
/** Move the view origin when the view's centre is this far from it (keeps SVG coordinates small). */
const ORIGIN_DRIFT = 50_000;
const MAX_SCALE = 2;
const MIN_SCALE = 0.02;
const ZOOM_STEP = 1.25;
const MOVE_MS = 240;
/** Unused card elements kept for reuse. */
const POOL_LIMIT = 400;
/** Card elements made ahead of the first scene (about what a pane shows at a readable scale). */
const WARM_POOL = 40;
/** Density cells are about this many screen px. */
/**
 * Card text comes back this long after the last zoom event of a gesture. While the scale changes, Chromium
 * lays out every drawn `<text>` again each frame (its glyphs depend on the scale): hiding the text for the
 * gesture keeps zoom frames as cheap as pans, and one layout at the end draws it at the final scale.
 */
export const ZOOM_TEXT_DELAY_MS = 150;
/** The root's class while a zoom gesture or an animated zoom runs: card text is not drawn. */
export const ZOOMING_CLASS = "oc-zooming";
/** Wait this long after a scene is drawn before building what only later frames need (grid index, minimap). */
const DEFERRED_MS = 50;

/**
 * The org chart, drawn imperatively in plain SVG (React renders only the container): cards with real text
 * where they can be read, coloured blocks or density cells where they cannot, only what is in view (plus a
 * margin), moved by one transform while the user pans. See docs/ARCHITECTURE.md for the drawing levels.
 */
export class OrgChartView {
  private readonly doc: Document;
  private readonly root: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly densityLayer: SVGGElement;
  private readonly blocksLayer: SVGGElement;
  private readonly connectors: SVGPathElement;
  private readonly dotted: SVGPathElement;
  private readonly cardsLayer: SVGGElement;
  private readonly minimap: ChartMinimap;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly measure: TextMeasurer;
  private readonly strings: ChartViewStrings;
  private readonly animateByDefault: boolean;
  private readonly connectorBuilder = new ConnectorPathBuilder();
  private readonly resizeObserver: ResizeObserver | null = null;

  private scene: ChartScene | null = null;
  private transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private originX = 0;
  private originY = 0;
  /** The view may move within this rect before the next cull. */
  private cullBounds: Rect | null = null;
  private renderedScale = 1;
  private lod: LevelOfDetail = "empty";
  /** The reduced cards' title size the drawn cards were filled with (0: full cards). */
  private reducedFont = 0;
  private dirty = true;
  private readonly active = new Map<CardIndex, CardElement>();
  private readonly free: CardElement[] = [];
  private density: DensityGrid | null = null;
  private readonly zoomedOut: ZoomedOutLayers;
  private selected: CardIndex = -1;
  private roving: CardIndex = -1;
  private minimapTimer: ReturnType<typeof setTimeout> | null = null;
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private warmTimer: ReturnType<typeof setTimeout> | null = null;
  private zoomTextTimer: ReturnType<typeof setTimeout> | null = null;
  private textHidden = false;
  private finder: CardFinder | null = null;
  /** The pane's size, kept between ResizeObserver callbacks (reading it in a frame can force a layout). */
  private paneSize: PaneSize | null = null;
  private viewportTransform = "";
  /** Membership of the cards wanted by a cull (stamped with the cull's generation). */
  private wantedStamp = new Uint32Array(0);
  private wantedGeneration = 0;
  private animationFrame = 0;
  private destroyed = false;
  private editable: boolean;
  private onEdit: ChartEditOptions["onEdit"];

  constructor(
    private readonly container: HTMLElement,
    private readonly options: OrgChartViewOptions,
  ) {
    const doc = container.ownerDocument;
    this.doc = doc;
    this.editable = options.editable ?? false;
    this.onEdit = options.onEdit;
    const fontFamily = options.fontFamily ?? CHART_FONT_FAMILY;
    this.measure = options.measure ?? canvasTextMeasurer(doc, fontFamily) ?? estimateTextWidth;
    this.strings = options.strings ?? chartViewStringsOf(options.t, options.lang);
    const view = doc.defaultView;
    this.animateByDefault =
      options.animate ??
      (typeof view?.matchMedia === "function" &&
        typeof view.requestAnimationFrame === "function" &&
        !view.matchMedia("(prefers-reduced-motion: reduce)").matches);

    this.root = doc.createElement("div");
    this.root.className = "oc-chart";
    this.root.style.cssText = "position: relative; width: 100%; height: 100%; overflow: hidden; contain: content;";
    this.svg = createSvgElement(doc, "svg", { class: "oc-svg", role: "tree", lang: options.lang });
    const style = createSvgElement(doc, "style");
    style.textContent = chartStylesheet(fontFamily);
    this.viewport = createSvgElement(doc, "g", { class: "oc-viewport" });
    this.densityLayer = createSvgElement(doc, "g", { class: "oc-density-layer", "aria-hidden": "true" });
    this.blocksLayer = createSvgElement(doc, "g", { class: "oc-blocks-layer", "aria-hidden": "true" });
    this.connectors = createSvgElement(doc, "path", { class: "oc-connectors", "aria-hidden": "true" });
    this.dotted = createSvgElement(doc, "path", { class: "oc-dotted", "aria-hidden": "true" });
    this.cardsLayer = createSvgElement(doc, "g", { class: "oc-cards" });
    this.viewport.append(this.densityLayer, this.connectors, this.dotted, this.blocksLayer, this.cardsLayer);
    this.zoomedOut = new ZoomedOutLayers(doc, this.blocksLayer, this.densityLayer);
    this.svg.append(style, this.viewport);
    this.minimap = new ChartMinimap(doc, this.strings.minimap, (x, y) => this.centreOn(x, y));
    this.root.append(this.svg, this.minimap.root);
    container.append(this.root);

    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .extent(() => {
        const size = this.size();
        return [
          [0, 0],
          [size.width, size.height],
        ];
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.handleZoom(event.transform, event.sourceEvent != null),
      );
    this.selection = select(this.svg);
    this.selection.call(this.zoomBehavior);

    this.svg.addEventListener("click", this.handleClick);
    this.svg.addEventListener("keydown", this.handleKeyDown);
    this.svg.addEventListener("focusin", this.handleFocusIn);
    this.root.addEventListener("scroll", this.handleScroll);
    if (typeof view?.ResizeObserver === "function") {
      this.resizeObserver = new view.ResizeObserver(() => {
        this.paneSize = null;
        // Still on the opening view (nothing moved it): open anew for the pane's new size, e.g. once the row list
        // takes its place beside the chart, instead of leaving the chart off-centre and cut.
        if (this.opened && this.scene) this.applyOpeningView(this.scene);
        this.update();
      });
      this.resizeObserver.observe(this.root);
    }
    // While the rows are still being read: load the card fonts (and their CJK fallbacks) and make the card
    // elements a first frame needs, so that neither waits for the first scene.
    const measure = this.measure;
    this.warmTimer = setTimeout(() => {
      this.warmTimer = null;
      if (this.destroyed) return;
      warmTextMeasurer(measure, Object.values(CARD_FONTS));
      while (this.free.length + this.active.size < WARM_POOL) this.free.push(createCardElement(this.doc));
    }, 0);
  }

  /**
   * Draws a new scene (a refresh of the data, another view, a collapse). `keep.view` restores where the user
   * was looking; without it the chart opens fitted when that stays readable, else at the top of the tree.
   * `keep.selected` keeps a card selected (and the keyboard's place on it).
   */
  setScene(scene: ChartScene, keep: { view?: ChartViewState; selected?: CardIndex } = {}): void {
    this.cancelMove();
    const hadFocus = this.hasFocus();
    for (const element of this.active.values()) this.release(element);
    this.active.clear();
    this.scene = scene;
    const { layout } = scene;
    const count = layout.tree.count;
    this.density = null;
    this.finder = new CardFinder(layout);
    if (this.wantedStamp.length < count) {
      this.wantedStamp = new Uint32Array(count);
      this.wantedGeneration = 0;
    }
    this.zoomedOut.reset(count);
    this.svg.setAttribute("aria-label", scene.label);
    const selected = keep.selected ?? -1;
    this.selected = selected >= 0 && selected < count ? selected : -1;
    this.roving = this.selected >= 0 ? this.selected : count > 0 ? 0 : -1;
    this.dirty = true;
    const size = this.size();
    const fitted = count > 0 ? fitScaleOf(layout.bounds, size) : 1;
    this.zoomBehavior.scaleExtent([Math.min(MIN_SCALE, fitted * 0.8), MAX_SCALE]);
    // A kept view that is where the opening view left the chart (a refresh before anything moved it) opens anew.
    const stillOpening = keep.view === undefined || (this.opened && this.isCurrentView(keep.view, size));
    this.opened = stillOpening;
    const view = stillOpening ? openingView(layout, size) : keep.view!;
    this.applyTransform(transformOfViewState({ ...view, k: this.clampScale(view.k) }, size));
    if (this.dirty) this.update();
    this.scheduleDeferred();
    if (hadFocus) this.focusElement(this.roving);
  }

  /** Selects a card (-1: none), drawn with a ring; `reveal` pans it into view. */
  select(card: CardIndex, options: { reveal?: boolean } & MoveOptions = {}): void {
    const count = this.scene?.layout.tree.count ?? 0;
    const next = card >= 0 && card < count ? card : -1;
    const previous = this.selected;
    this.selected = next;
    if (previous >= 0) this.decorate(previous);
    if (next >= 0) {
      this.setRoving(next);
      this.ensureDrawn(next);
      this.decorate(next);
      if (options.reveal) this.reveal(next, options);
    }
  }

  /**
   * Turns editing on or off (see {@link ChartEditOptions}): on only while the chart shows a scenario. `onEdit`
   * replaces the one given at construction when passed.
   */
  setEditable(editable: boolean, onEdit?: ChartEditOptions["onEdit"]): void {
    this.editable = editable;
    if (onEdit) this.onEdit = onEdit;
  }

  /** Whether cards can be moved and edited now. */
  isEditable(): boolean {
    return this.editable && this.onEdit !== undefined;
  }

  /** The selected card, or -1. */
  selectedCard(): CardIndex {
    return this.selected;
  }

  /** Makes a card the keyboard's place, pans it into view and moves DOM focus to it. */
  focusCard(card: CardIndex, options: MoveOptions = {}): void {
    const count = this.scene?.layout.tree.count ?? 0;
    if (card < 0 || card >= count) return;
    this.setRoving(card);
    this.reveal(card, options);
    this.focusElement(card);
  }

  /** The card the keyboard is on (the one tabbable card), or -1. */
  focusedCard(): CardIndex {
    return this.roving;
  }

  /** Zooms about the pane's centre. */
  zoomBy(factor: number, options: MoveOptions = {}): void {
    this.opened = false;
    const state = this.viewState();
    this.moveTo(transformOfViewState({ ...state, k: this.clampScale(state.k * factor) }, this.size()), options);
  }

  zoomIn(options: MoveOptions = {}): void {
    this.zoomBy(ZOOM_STEP, options);
  }

  zoomOut(options: MoveOptions = {}): void {
    this.zoomBy(1 / ZOOM_STEP, options);
  }

  /**
   * Shows the whole chart (never zoomed in past 100 %) when its titles stay readable; otherwise its top levels, readable
   * (see `openingView`), and, pressed again there, the whole chart.
   */
  fit(options: MoveOptions = {}): void {
    this.opened = false;
    const scene = this.scene;
    if (!scene || scene.layout.tree.count === 0) return;
    const size = this.size();
    let view = openingView(scene.layout, size);
    // Pressed again where the last Fit left the top levels (and nothing moved since): the whole chart. Compared as
    // view states (the world point at the centre and the scale), which a change of the pane's size keeps.
    const last = this.fittedTop;
    const now = viewStateOf(this.targetTransform(), size);
    if (
      last !== null &&
      Math.abs(now.k / last.k - 1) < 1e-3 &&
      Math.abs(now.x - last.x) * now.k < 2 &&
      Math.abs(now.y - last.y) * now.k < 2
    )
      view = wholeView(scene.layout, size);
    const k = this.clampScale(view.k);
    this.moveTo(transformOfViewState({ ...view, k }, size), options);
    this.fittedTop = k > fitScaleOf(scene.layout.bounds, size) * 1.0001 ? { ...view, k } : null;
  }

  /** True while the chart shows the opening view of its scene: nothing (a gesture, a button, a reveal) moved it. */
  private opened = false;

  private isCurrentView(view: ChartViewState, size: { width: number; height: number }): boolean {
    const now = viewStateOf(this.transform, size);
    return Math.abs(now.k / view.k - 1) < 1e-6 && Math.abs(now.x - view.x) < 1e-6 && Math.abs(now.y - view.y) < 1e-6;
  }

  private applyOpeningView(scene: ChartScene): void {
    const size = this.size();
    const view = openingView(scene.layout, size);
    this.applyTransform(transformOfViewState({ ...view, k: this.clampScale(view.k) }, size));
  }

  /** The view the last Fit left on the top levels rather than the whole chart (null otherwise). */
  private fittedTop: ChartViewState | null = null;

  /** Pans (at the same scale) just enough to bring a card into view. */
  reveal(card: CardIndex, options: MoveOptions = {}): void {
    const scene = this.scene;
    if (!scene || card < 0 || card >= scene.layout.tree.count) return;
    this.opened = false;
    const target = revealTransform(
      this.targetTransform(),
      this.size(),
      cardBox(scene.layout, card),
      this.minimapArea(),
    );
    if (target) this.moveTo(target, options);
  }

  /** The part of the pane the minimap covers (screen px, relative to the chart), or null when it is hidden. */
  private minimapArea(): Rect | null {
    if (!this.minimap.visible) return null;
    const chart = this.root.getBoundingClientRect();
    const box = this.minimap.root.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return null;
    return {
      minX: box.left - chart.left,
      minY: box.top - chart.top,
      maxX: box.right - chart.left,
      maxY: box.bottom - chart.top,
    };
  }

  /** Where the chart is looked at: the world point at the pane's centre and the scale. */
  viewState(): ChartViewState {
    return viewStateOf(this.transform, this.size());
  }

  setViewState(state: ChartViewState, options: MoveOptions = { animate: false }): void {
    this.opened = false;
    this.moveTo(transformOfViewState({ ...state, k: this.clampScale(state.k) }, this.size()), options);
  }

  /** Culls and draws for the current view now (the bench calls it after setting a view). */
  renderNow(): RenderStats {
    this.update();
    return { cards: this.active.size, lod: this.lod };
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelMove();
    for (const timer of [this.minimapTimer, this.indexTimer, this.warmTimer, this.zoomTextTimer])
      if (timer !== null) clearTimeout(timer);
    this.resizeObserver?.disconnect();
    this.selection.on(".zoom", null);
    this.svg.removeEventListener("click", this.handleClick);
    this.svg.removeEventListener("keydown", this.handleKeyDown);
    this.svg.removeEventListener("focusin", this.handleFocusIn);
    this.root.removeEventListener("scroll", this.handleScroll);
    this.minimap.destroy();
    this.root.remove();
    this.active.clear();
    this.free.length = 0;
    this.scene = null;
  }

  // ——— view moves ———

  private size(): PaneSize {
    if (this.paneSize) return this.paneSize;
    const width = this.root.clientWidth || this.container.clientWidth;
    const height = this.root.clientHeight || this.container.clientHeight;
    const size = { width: width > 0 ? width : 300, height: height > 0 ? height : 150 };
    // Kept only while a ResizeObserver tells when it changes.
    if (this.resizeObserver) this.paneSize = size;
    return size;
  }

  private clampScale(k: number): number {
    const [min, max] = this.zoomBehavior.scaleExtent();
    return Math.min(max, Math.max(min, k));
  }

  /** Where a running move ends (or the current transform). */
  private moveTarget: ViewTransform | null = null;

  private targetTransform(): ViewTransform {
    return this.moveTarget ?? this.transform;
  }

  private centreOn(x: number, y: number): void {
    this.moveTo(transformOfViewState({ x, y, k: this.transform.k }, this.size()), { animate: false });
  }

  private moveTo(target: ViewTransform, options: MoveOptions): void {
    this.cancelMove();
    const view = this.doc.defaultView;
    const animate = (options.animate ?? this.animateByDefault) && typeof view?.requestAnimationFrame === "function";
    if (!animate || !view) {
      this.applyTransform(target);
      return;
    }
    const size = this.size();
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
        this.applyTransform(transformOfViewState(state, size));
        this.animationFrame = view.requestAnimationFrame(step);
      } else {
        this.animationFrame = 0;
        this.moveTarget = null;
        this.applyTransform(target);
        this.showText();
      }
    };
    this.animationFrame = view.requestAnimationFrame(step);
  }

  private cancelMove(): void {
    if (this.animationFrame !== 0) {
      this.doc.defaultView?.cancelAnimationFrame(this.animationFrame);
      this.showText();
    }
    this.animationFrame = 0;
    this.moveTarget = null;
  }

  /** Set while a call (not the user's gesture) moves the view. */
  private applying = false;

  /** Hands a transform to d3-zoom (which keeps it for the next gesture) and draws it. */
  private applyTransform(t: ViewTransform): void {
    // d3-zoom reports a call made during a wheel gesture with that gesture's event: remember it was a call.
    this.applying = true;
    try {
      this.zoomBehavior.transform(this.selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
    } finally {
      this.applying = false;
    }
  }

  /** `gesture`: the event comes from the user's wheel, pinch, drag or double click (not from a call). */
  private handleZoom(t: { x: number; y: number; k: number }, gesture: boolean): void {
    if (this.destroyed) return;
    if (gesture) this.opened = false;
    const scaled = t.k !== this.transform.k;
    this.transform = { x: t.x, y: t.y, k: t.k };
    if (scaled && this.animationFrame !== 0) this.hideText();
    else if (scaled && gesture && !this.applying) {
      this.hideText();
      if (this.zoomTextTimer !== null) clearTimeout(this.zoomTextTimer);
      this.zoomTextTimer = setTimeout(() => {
        this.zoomTextTimer = null;
        this.showText();
      }, ZOOM_TEXT_DELAY_MS);
    }
    this.update();
    this.options.onViewChange?.();
  }

  /** Card text off while the scale changes (see {@link ZOOM_TEXT_DELAY_MS}). */
  private hideText(): void {
    if (this.textHidden) return;
    this.textHidden = true;
    this.root.classList.add(ZOOMING_CLASS);
  }

  private showText(): void {
    if (this.zoomTextTimer !== null) clearTimeout(this.zoomTextTimer);
    this.zoomTextTimer = null;
    if (!this.textHidden) return;
    this.textHidden = false;
    this.root.classList.remove(ZOOMING_CLASS);
  }

  // ——— drawing ———

  /** Re-culls when the view left the drawn area or the level of detail changed, then moves the one transform. */
  private update(): void {
    const scene = this.scene;
    if (!scene || this.destroyed) return;
    // d3-zoom may have been moved by a gesture since the last event we saw.
    const current = zoomTransform(this.svg);
    this.transform = { x: current.x, y: current.y, k: current.k };
    const size = this.size();
    const t = this.transform;
    const view = viewRectOf(t, size);
    const lod = chooseLevelOfDetail(scene.layout, t.k, view, this.lod, () => this.densityGrid());
    const reducedFont = lod === "titles" ? reducedCardFont(t.k) : 0;
    const scaleChanged =
      reducedFont !== this.reducedFont ||
      (lod === "density"
        ? t.k > this.renderedScale * 1.5 || t.k < this.renderedScale / 1.5
        : t.k > this.renderedScale * 2);
    if (
      this.dirty ||
      lod !== this.lod ||
      this.cullBounds === null ||
      !containsRect(this.cullBounds, view) ||
      scaleChanged
    )
      this.cull(scene, view, lod, t.k);
    const transform = `translate(${t.x + t.k * this.originX},${t.y + t.k * this.originY}) scale(${t.k})`;
    if (transform !== this.viewportTransform) {
      this.viewportTransform = transform;
      this.viewport.setAttribute("transform", transform);
    }
    this.minimap.update(view);
  }

  private cull(scene: ChartScene, view: Rect, lod: LevelOfDetail, k: number): void {
    const { layout } = scene;
    const lodChanged = lod !== this.lod;
    const reducedFont = lod === "titles" ? reducedCardFont(k) : 0;
    // Full cards and reduced ones are filled anew when the level or the reduced font changes.
    const refill = drawsCards(lod) && (lodChanged || reducedFont !== this.reducedFont);
    const cardLevel = drawsCards(lod);
    const area = expandRect(view, CULL_MARGIN);
    // Blocks and density cells are redrawn whole at every cull: those levels cull only when the margin runs out.
    this.cullBounds = cardLevel ? expandRect(view, CULL_STEP) : area;
    this.renderedScale = k;
    this.lod = lod;
    this.reducedFont = reducedFont;
    this.dirty = false;
    const centreX = (view.minX + view.maxX) / 2;
    const centreY = (view.minY + view.maxY) / 2;
    if (Math.abs(centreX - this.originX) > ORIGIN_DRIFT || Math.abs(centreY - this.originY) > ORIGIN_DRIFT) {
      this.originX = Math.round(centreX);
      this.originY = Math.round(centreY);
      for (const element of this.active.values()) this.place(element, layout);
    }

    let cards: Int32Array = new Int32Array(0);
    if ((cardLevel || lod === "blocks") && this.finder) cards = this.finder.cardsIn(area);
    // Only the cards that left the area give up their elements, and only those that came in are drawn.
    const generation = (this.wantedGeneration = (this.wantedGeneration + 1) >>> 0 || 1);
    const stamp = this.wantedStamp;
    if (cardLevel) for (let i = 0; i < cards.length; i++) stamp[cards[i]] = generation;
    if (this.roving >= 0) stamp[this.roving] = generation;
    if (this.selected >= 0) stamp[this.selected] = generation;
    for (const [card, element] of this.active) {
      if (stamp[card] !== generation) {
        this.release(element);
        this.active.delete(card);
      }
    }
    if (refill) for (const [card, element] of this.active) this.fill(element, card);
    if (lodChanged) for (const [card, element] of this.active) this.decorate(card, element);
    if (cardLevel) for (let i = 0; i < cards.length; i++) if (!this.active.has(cards[i])) this.draw(cards[i]);
    for (const pinned of [this.roving, this.selected]) if (pinned >= 0 && !this.active.has(pinned)) this.draw(pinned);

    this.zoomedOut.drawBlocks(lod === "blocks" ? cards : null, layout, this.colourOf, this.originX, this.originY);
    this.zoomedOut.drawDensity(
      () => this.densityGrid(),
      lod === "density" ? area : null,
      k,
      this.originX,
      this.originY,
    );
    this.connectors.setAttribute(
      "d",
      lod === "density" ? "" : this.connectorBuilder.build(layout, cards, this.originX, this.originY),
    );
    const dotted =
      scene.showDottedLines && lod !== "density" && scene.dottedLines.length > 0
        ? dottedLinePath(layout, scene.dottedLines, area, this.originX, this.originY)
        : "";
    this.dotted.setAttribute("d", dotted);
  }

  /** Makes sure a card's element exists (it is kept while pinned as focused or selected). */
  private ensureDrawn(card: CardIndex): void {
    if (this.scene && !this.active.has(card)) this.draw(card);
  }

  private draw(card: CardIndex): void {
    const scene = this.scene;
    if (!scene) return;
    const element = this.free.pop() ?? createCardElement(this.doc);
    this.fill(element, card);
    this.place(element, scene.layout);
    this.active.set(card, element);
    this.decorate(card, element);
    this.cardsLayer.append(element.g);
  }

  /** Fills a card element with a card's content, as a full or a reduced card (see the level of detail). */
  private fill(element: CardElement, card: CardIndex): void {
    const scene = this.scene;
    if (!scene) return;
    const { layout } = scene;
    const tree = layout.tree;
    const parent = tree.parent[card];
    let positionInSet = 1;
    let setSize = 1;
    if (parent >= 0) {
      const first = tree.childStart[parent];
      setSize = tree.childStart[parent + 1] - first;
      for (let k = 0; k < setSize; k++) {
        if (tree.childIndex[first + k] === card) {
          positionInSet = k + 1;
          break;
        }
      }
    }
    fillCardElement(
      element,
      card,
      scene.content(card),
      { depth: tree.depth[card], positionInSet, setSize },
      this.fillContext(layout),
    );
  }

  private fillContext(layout: ChartLayout): CardFillContext {
    return {
      width: layout.cardWidth,
      height: layout.cardHeight,
      orientation: layout.orientation,
      measure: this.measure,
      strings: this.strings,
      reducedFont: this.lod === "titles" ? this.reducedFont : 0,
    };
  }

  private place(element: CardElement, layout: ChartLayout): void {
    const x = svgCoordinate(layout.x[element.card] - this.originX);
    const y = svgCoordinate(layout.y[element.card] - this.originY);
    element.g.setAttribute("transform", `translate(${x},${y})`);
  }

  /** Tab stop, selection ring and aria-selected of a drawn card. */
  private decorate(card: CardIndex, element = this.active.get(card)): void {
    if (!element) return;
    element.g.setAttribute("tabindex", card === this.roving ? "0" : "-1");
    const selected = card === this.selected;
    element.g.setAttribute("aria-selected", String(selected));
    element.g.classList.toggle("oc-selected", selected);
    setCardRing(element, selected || card === this.roving);
    // Zoomed out, only the focused and selected cards are elements: drawn as outlines, their text hidden.
    element.g.classList.toggle("oc-card-far", !drawsCards(this.lod));
  }

  private release(element: CardElement): void {
    element.g.remove();
    element.card = -1;
    if (this.free.length < POOL_LIMIT) this.free.push(element);
  }

  private densityGrid(): DensityGrid {
    if (!this.scene) throw new Error("no scene");
    this.density ??= new DensityGrid(this.scene.layout);
    return this.density;
  }

  /** A card's colour for the zoomed-out drawing, without working out its whole content when the scene can say. */
  private readonly colourOf = (card: CardIndex): string => {
    const scene = this.scene;
    return scene?.colour ? scene.colour(card) : (scene?.content(card).colour ?? "#8a8886");
  };

  /**
   * After the first frame, in separate tasks: the minimap, then (for the biggest layouts) the grid index. Neither is
   * needed to see the chart.
   */
  private scheduleDeferred(): void {
    if (this.minimapTimer !== null) clearTimeout(this.minimapTimer);
    if (this.indexTimer !== null) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    this.minimapTimer = setTimeout(() => {
      this.minimapTimer = null;
      const scene = this.scene;
      if (!scene || this.destroyed || scene.layout.tree.count === 0) return;
      this.minimap.draw(scene.layout, this.densityGrid(), this.size());
      this.minimap.update(viewRectOf(this.transform, this.size()));
      if (!this.finder?.wantsIndex) return;
      this.indexTimer = setTimeout(() => {
        this.indexTimer = null;
        if (this.scene === scene && !this.destroyed) this.finder?.buildIndex();
      }, DEFERRED_MS);
    }, DEFERRED_MS);
  }

  // ——— focus and input ———

  private hasFocus(): boolean {
    const focused = this.doc.activeElement;
    return focused !== null && focused !== this.svg && this.svg.contains(focused);
  }

  private setRoving(card: CardIndex): void {
    if (card === this.roving) return;
    const previous = this.roving;
    this.roving = card;
    if (previous >= 0) this.decorate(previous);
    this.ensureDrawn(card);
    this.decorate(card);
  }

  private focusElement(card: CardIndex): void {
    if (card < 0) return;
    this.ensureDrawn(card);
    const element = this.active.get(card);
    element?.g.focus({ preventScroll: true });
  }

  private cardOfTarget(target: EventTarget | null): CardIndex {
    const element = target instanceof Element ? target.closest("[data-card]") : null;
    if (!element || !this.svg.contains(element)) return -1;
    const card = Number(element.getAttribute("data-card"));
    return Number.isInteger(card) && this.active.get(card)?.g === element ? card : -1;
  }

  private isExpandable(card: CardIndex): boolean {
    const tree = this.scene?.layout.tree;
    if (!tree) return false;
    return tree.hiddenReports[card] > 0 || tree.childStart[card + 1] > tree.childStart[card];
  }

  private activate(card: CardIndex): void {
    this.select(card);
    this.options.onActivate?.(card);
  }

  private readonly handleClick = (event: MouseEvent): void => {
    let card = this.cardOfTarget(event.target);
    if (card >= 0) {
      const onToggle = event.target instanceof Element && event.target.closest(".oc-card-toggle") !== null;
      if (onToggle) {
        this.setRoving(card);
        this.options.onToggle?.(card);
      } else this.activate(card);
      return;
    }
    // Zoomed out, the cards are blocks: find the one under the pointer.
    if (this.lod !== "blocks" || !this.scene) return;
    const box = this.svg.getBoundingClientRect();
    const t = this.transform;
    const x = (event.clientX - box.left - t.x) / t.k;
    const y = (event.clientY - box.top - t.y) / t.k;
    const hits = this.finder?.cardsIn({ minX: x, minY: y, maxX: x, maxY: y }) ?? [];
    card = hits.length > 0 ? hits[0] : -1;
    if (card >= 0) this.activate(card);
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const card = this.cardOfTarget(event.target);
    if (card >= 0) this.setRoving(card);
  };

  /** Focusing a card must never scroll the clipped container. */
  private readonly handleScroll = (): void => {
    if (this.root.scrollLeft !== 0) this.root.scrollLeft = 0;
    if (this.root.scrollTop !== 0) this.root.scrollTop = 0;
  };

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    const scene = this.scene;
    if (!scene || event.altKey || event.metaKey || event.ctrlKey) return;
    const card = this.roving;
    if (card < 0) return;
    const moveTo = cardForArrowKey(scene.layout.tree, scene.layout.orientation, card, event.key);
    if (moveTo !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      if (moveTo >= 0) this.focusCard(moveTo, { animate: false });
      return;
    }
    switch (event.key) {
      case "Enter":
        if (this.isExpandable(card)) this.options.onToggle?.(card);
        break;
      case " ":
      case "Spacebar":
        this.activate(card);
        break;
      case "+":
      case "=":
        this.zoomIn();
        break;
      case "-":
      case "_":
        this.zoomOut();
        break;
      case "0":
        this.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
