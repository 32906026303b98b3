import type { Rect } from "../core/layout/chartLayout";
import { CARD_KIND, type CardIndex } from "../core/layout/chartTree";
import type { Lang, Translate } from "../i18n";
import { CARD_TEXT_STYLES } from "./cardLayout";
import { cardForArrowKey } from "./cardForArrowKey";
import { ChartMinimap } from "./chartMinimap";
import type { ChartEditOptions } from "./edit/chartEditOptions";
import { ChartEditor } from "./edit/chartEditor";
import type { ChartScene, ChartViewState } from "./chartScene";
import { CHART_FONT_FAMILY, chartStylesheet } from "./chartStyles";
import { chartViewStringsOf, type ChartViewStrings } from "./chartViewStrings";
import type { LevelOfDetail } from "./levelOfDetail";
import { createSvgElement } from "./svgElement";
import { canvasTextMeasurer, estimateTextWidth, warmTextMeasurer, type TextMeasurer } from "./textMeasure";
import { CardDrawing } from "./view/cardDrawing";
import { CardFocus } from "./view/cardFocus";
import { ChangeLegend } from "./view/changeLegend";
import { chartKeyCommand } from "./view/chartKeys";
import { DeferredWork } from "./view/deferredWork";
import { MIN_SCALE, ZoomMotion, type MoveOptions } from "./view/zoomMotion";
import { ZoomText } from "./view/zoomText";
import {
  cardBox,
  fitScaleOf,
  openingView,
  wholeView,
  revealTransform,
  transformOfViewState,
  viewRectOf,
  viewStateOf,
  type PaneSize,
} from "./viewMath";

export { CULL_MARGIN, CULL_STEP } from "./view/cardDrawing";
export { ZOOM_TEXT_DELAY_MS, ZOOMING_CLASS } from "./view/zoomText";
export type { MoveOptions } from "./view/zoomMotion";

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

export interface RenderStats {
  /** Card elements in the DOM. */
  cards: number;
  lod: LevelOfDetail;
}

const ZOOM_STEP = 1.25;
/** Card elements made ahead of the first scene (about what a pane shows at a readable scale). */
const WARM_POOL = 40;

/**
 * The org chart, drawn imperatively in plain SVG (React renders only the container): cards with real text
 * where they can be read, coloured blocks or density cells where they cannot, only what is in view (plus a
 * margin), moved by one transform while the user pans. See docs/ARCHITECTURE.md for the drawing levels.
 *
 * Its parts: pan and zoom (`view/zoomMotion`), culling and the pool of card elements (`view/cardDrawing`), the
 * selection and the keyboard's place (`view/cardFocus`), the keys (`view/chartKeys`, `cardForArrowKey`), the
 * minimap (`chartMinimap`, built after the first frame by `view/deferredWork`), the legend of a plan's changes
 * (`view/changeLegend`), editing a plan (`edit/chartEditor`: drag, keyboard move, card menu).
 */
export class OrgChartView {
  private readonly root: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly minimap: ChartMinimap;
  private readonly legend: ChangeLegend;
  private readonly motion: ZoomMotion;
  private readonly drawing: CardDrawing;
  private readonly focus: CardFocus;
  private readonly editor: ChartEditor;
  private readonly deferred = new DeferredWork();
  private readonly measure: TextMeasurer;
  private readonly strings: ChartViewStrings;
  private readonly resizeObserver: ResizeObserver | null = null;

  private scene: ChartScene | null = null;
  private warmTimer: ReturnType<typeof setTimeout> | null = null;
  /** The pane's size, kept between ResizeObserver callbacks (reading it in a frame can force a layout). */
  private paneSize: PaneSize | null = null;
  private destroyed = false;
  private editable: boolean;
  private onEdit: ChartEditOptions["onEdit"];
  /** True while the chart shows the opening view of its scene: nothing (a gesture, a button, a reveal) moved it. */
  private opened = false;
  /** The view the last Fit left on the top levels rather than the whole chart (null otherwise). */
  private fittedTop: ChartViewState | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: OrgChartViewOptions,
  ) {
    const doc = container.ownerDocument;
    this.editable = options.editable ?? false;
    this.onEdit = options.onEdit;
    const fontFamily = options.fontFamily ?? CHART_FONT_FAMILY;
    this.measure = options.measure ?? canvasTextMeasurer(doc, fontFamily) ?? estimateTextWidth;
    this.strings = options.strings ?? chartViewStringsOf(options.t, options.lang);
    const view = doc.defaultView;
    const animateByDefault =
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
    const layers = {
      viewport: createSvgElement(doc, "g", { class: "oc-viewport" }),
      densityLayer: createSvgElement(doc, "g", { class: "oc-density-layer", "aria-hidden": "true" }),
      blocksLayer: createSvgElement(doc, "g", { class: "oc-blocks-layer", "aria-hidden": "true" }),
      connectors: createSvgElement(doc, "path", { class: "oc-connectors", "aria-hidden": "true" }),
      dotted: createSvgElement(doc, "path", { class: "oc-dotted", "aria-hidden": "true" }),
      cardsLayer: createSvgElement(doc, "g", { class: "oc-cards" }),
    };
    const dragLayer = createSvgElement(doc, "g", { class: "oc-drag-layer", "aria-hidden": "true" });
    layers.viewport.append(
      layers.densityLayer,
      layers.connectors,
      layers.dotted,
      layers.blocksLayer,
      layers.cardsLayer,
      dragLayer,
    );
    this.svg.append(style, layers.viewport);
    this.minimap = new ChartMinimap(doc, this.strings.minimap, (x, y) => this.centreOn(x, y));
    this.root.append(this.svg, this.minimap.root);
    this.legend = new ChangeLegend(doc, this.root, this.strings.changes);
    container.append(this.root);

    this.drawing = new CardDrawing(doc, layers, this.measure, this.strings, (card, element) =>
      this.focus.decorate(card, element),
    );
    this.focus = new CardFocus(this.svg, this.drawing);
    this.motion = new ZoomMotion(this.svg, new ZoomText(this.root), animateByDefault, {
      size: () => this.size(),
      onTransform: (gesture) => {
        if (this.destroyed) return;
        if (gesture) this.opened = false;
        this.update();
        this.options.onViewChange?.();
      },
    });

    this.editor = new ChartEditor(doc, {
      root: this.root,
      svg: this.svg,
      dragLayer,
      strings: this.strings.edit,
      scene: () => this.scene,
      isEditable: () => this.isEditable(),
      emit: (edit) => this.onEdit?.(edit),
      cardOfTarget: (target) => this.focus.cardOfTarget(target),
      element: (card) => this.drawing.element(card),
      roving: () => this.focus.roving,
      focusCard: (card) => this.focusCard(card, { animate: false }),
      select: (card) => this.select(card),
      redecorate: (card) => this.focus.redecorate(card),
      origin: () => ({ x: this.drawing.originX, y: this.drawing.originY }),
      transform: () => this.motion.transform,
      panBy: (dx, dy) => {
        this.opened = false;
        const t = this.motion.transform;
        this.motion.apply({ x: t.x + dx, y: t.y + dy, k: t.k });
      },
    });
    this.motion.filter(this.editor.claimsEvent);
    this.focus.extraDecoration = (card, element) =>
      this.editor.decorate(
        card,
        element,
        card === this.focus.selected,
        this.scene?.layout.cardWidth ?? 0,
        this.drawing.controlScale,
      );
    this.root.classList.toggle("oc-editable", this.isEditable());

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
      warmTextMeasurer(measure, Object.values(CARD_TEXT_STYLES));
      this.drawing.warm(WARM_POOL);
    }, 0);
  }

  /**
   * Draws a new scene (a refresh of the data, another view, a collapse). `keep.view` restores where the user
   * was looking; without it the chart opens fitted when that stays readable, else at the top of the tree.
   * `keep.selected` keeps a card selected (and the keyboard's place on it).
   */
  setScene(scene: ChartScene, keep: { view?: ChartViewState; selected?: CardIndex } = {}): void {
    this.motion.cancel();
    this.editor.reset();
    const hadFocus = this.focus.hasFocus();
    this.drawing.setScene(scene);
    this.scene = scene;
    const { layout } = scene;
    const count = layout.tree.count;
    this.svg.setAttribute("aria-label", scene.label);
    this.legend.update(scene.changeCounts, scene.changeColours);
    this.focus.reset(keep.selected ?? -1, count);
    const size = this.size();
    const fitted = count > 0 ? fitScaleOf(layout.bounds, size) : 1;
    this.motion.setMinScale(Math.min(MIN_SCALE, fitted * 0.8));
    // A kept view that is where the opening view left the chart (a refresh before anything moved it) opens anew.
    const stillOpening = keep.view === undefined || (this.opened && this.isCurrentView(keep.view, size));
    this.opened = stillOpening;
    const view = stillOpening ? openingView(layout, size) : keep.view!;
    this.motion.apply(transformOfViewState({ ...view, k: this.motion.clampScale(view.k) }, size));
    // Drawn by the transform's zoom event; a transform that did not change draws here.
    this.update();
    this.scheduleDeferred();
    if (hadFocus) this.focus.focusElement(this.focus.roving);
  }

  /** Selects a card (-1: none), drawn with a ring; `reveal` pans it into view. */
  select(card: CardIndex, options: { reveal?: boolean } & MoveOptions = {}): void {
    const next = this.focus.select(card, this.scene?.layout.tree.count ?? 0);
    if (next >= 0 && options.reveal) this.reveal(next, options);
  }

  /**
   * Turns editing on or off (see {@link ChartEditOptions}): on only while the chart shows a scenario. `onEdit`
   * replaces the one given at construction when passed.
   */
  setEditable(editable: boolean, onEdit?: ChartEditOptions["onEdit"]): void {
    this.editable = editable;
    if (onEdit) this.onEdit = onEdit;
    if (!this.isEditable()) this.editor.reset();
    this.root.classList.toggle("oc-editable", this.isEditable());
    if (this.focus.selected >= 0) this.focus.redecorate(this.focus.selected);
  }

  /** Whether cards can be moved and edited now. */
  isEditable(): boolean {
    return this.editable && this.onEdit !== undefined;
  }

  /** The selected card, or -1. */
  selectedCard(): CardIndex {
    return this.focus.selected;
  }

  /** Makes a card the keyboard's place, pans it into view and moves DOM focus to it. */
  focusCard(card: CardIndex, options: MoveOptions = {}): void {
    const count = this.scene?.layout.tree.count ?? 0;
    if (card < 0 || card >= count) return;
    this.focus.setRoving(card);
    this.reveal(card, options);
    this.focus.focusElement(card);
  }

  /** The card the keyboard is on (the one tabbable card), or -1. */
  focusedCard(): CardIndex {
    return this.focus.roving;
  }

  /** Zooms about the pane's centre. */
  zoomBy(factor: number, options: MoveOptions = {}): void {
    this.opened = false;
    const state = this.viewState();
    this.motion.moveTo(
      transformOfViewState({ ...state, k: this.motion.clampScale(state.k * factor) }, this.size()),
      options,
    );
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
    const now = viewStateOf(this.motion.targetTransform(), size);
    if (
      last !== null &&
      Math.abs(now.k / last.k - 1) < 1e-3 &&
      Math.abs(now.x - last.x) * now.k < 2 &&
      Math.abs(now.y - last.y) * now.k < 2
    )
      view = wholeView(scene.layout, size);
    const k = this.motion.clampScale(view.k);
    this.motion.moveTo(transformOfViewState({ ...view, k }, size), options);
    this.fittedTop = k > fitScaleOf(scene.layout.bounds, size) * 1.0001 ? { ...view, k } : null;
  }

  private isCurrentView(view: ChartViewState, size: { width: number; height: number }): boolean {
    const now = viewStateOf(this.motion.transform, size);
    return Math.abs(now.k / view.k - 1) < 1e-6 && Math.abs(now.x - view.x) < 1e-6 && Math.abs(now.y - view.y) < 1e-6;
  }

  private applyOpeningView(scene: ChartScene): void {
    const size = this.size();
    const view = openingView(scene.layout, size);
    this.motion.apply(transformOfViewState({ ...view, k: this.motion.clampScale(view.k) }, size));
  }

  /** Pans (at the same scale) just enough to bring a card into view. */
  reveal(card: CardIndex, options: MoveOptions = {}): void {
    const scene = this.scene;
    if (!scene || card < 0 || card >= scene.layout.tree.count) return;
    this.opened = false;
    const target = revealTransform(
      this.motion.targetTransform(),
      this.size(),
      cardBox(scene.layout, card),
      this.minimapArea(),
    );
    if (target) this.motion.moveTo(target, options);
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
    return viewStateOf(this.motion.transform, this.size());
  }

  setViewState(state: ChartViewState, options: MoveOptions = { animate: false }): void {
    this.opened = false;
    this.motion.moveTo(transformOfViewState({ ...state, k: this.motion.clampScale(state.k) }, this.size()), options);
  }

  /** Culls and draws for the current view now (the bench calls it after setting a view). */
  renderNow(): RenderStats {
    this.update();
    return { cards: this.drawing.drawnCount, lod: this.drawing.lod };
  }

  destroy(): void {
    this.destroyed = true;
    this.motion.destroy();
    this.deferred.cancel();
    if (this.warmTimer !== null) clearTimeout(this.warmTimer);
    this.resizeObserver?.disconnect();
    this.svg.removeEventListener("click", this.handleClick);
    this.svg.removeEventListener("keydown", this.handleKeyDown);
    this.svg.removeEventListener("focusin", this.handleFocusIn);
    this.root.removeEventListener("scroll", this.handleScroll);
    this.editor.destroy();
    this.minimap.destroy();
    this.root.remove();
    this.drawing.destroy();
    this.scene = null;
  }

  // ——— the view ———

  private size(): PaneSize {
    if (this.paneSize) return this.paneSize;
    const width = this.root.clientWidth || this.container.clientWidth;
    const height = this.root.clientHeight || this.container.clientHeight;
    const size = { width: width > 0 ? width : 300, height: height > 0 ? height : 150 };
    // Kept only while a ResizeObserver tells when it changes.
    if (this.resizeObserver) this.paneSize = size;
    return size;
  }

  private centreOn(x: number, y: number): void {
    this.motion.moveTo(transformOfViewState({ x, y, k: this.motion.transform.k }, this.size()), { animate: false });
  }

  /** Draws what the current view shows (culling only when it must) and moves the minimap's rectangle. */
  private update(): void {
    if (!this.scene || this.destroyed) return;
    const t = this.motion.current();
    const view = viewRectOf(t, this.size());
    this.drawing.update(t, view, this.focus.pinned());
    this.minimap.update(view);
  }

  /** After the first frame: the minimap, then (for the biggest layouts) the grid index. Neither is needed to see the chart. */
  private scheduleDeferred(): void {
    this.deferred.schedule(() => {
      const scene = this.scene;
      if (!scene || this.destroyed || scene.layout.tree.count === 0) return undefined;
      this.minimap.draw(scene.layout, this.drawing.densityGrid(), this.size());
      this.minimap.update(viewRectOf(this.motion.transform, this.size()));
      const finder = this.drawing.finder;
      if (!finder?.wantsIndex) return undefined;
      return () => {
        if (this.scene === scene && !this.destroyed) finder.buildIndex();
      };
    });
  }

  // ——— input ———

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
    let card = this.focus.cardOfTarget(event.target);
    if (this.editor.handleClick(event, card)) return;
    // A ghost (a removed position of the plan's chart) is not a card of the plan: it cannot be selected.
    if (card >= 0 && this.scene?.layout.tree.kind[card] === CARD_KIND.removed) return;
    if (card >= 0) {
      const onToggle = event.target instanceof Element && event.target.closest(".oc-card-toggle") !== null;
      if (onToggle) {
        this.focus.setRoving(card);
        this.options.onToggle?.(card);
      } else this.activate(card);
      return;
    }
    // Zoomed out, the cards are blocks: find the one under the pointer.
    if (this.drawing.lod !== "blocks" || !this.scene) return;
    const box = this.svg.getBoundingClientRect();
    const t = this.motion.transform;
    const x = (event.clientX - box.left - t.x) / t.k;
    const y = (event.clientY - box.top - t.y) / t.k;
    const hits = this.drawing.finder?.cardsIn({ minX: x, minY: y, maxX: x, maxY: y }) ?? [];
    card = hits.length > 0 ? hits[0] : -1;
    if (card >= 0) this.activate(card);
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
    const scene = this.scene;
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
      if (moveTo >= 0) this.focusCard(moveTo, { animate: false });
      return;
    }
    switch (chartKeyCommand(event.key)) {
      case "toggle":
        if (this.isExpandable(card)) this.options.onToggle?.(card);
        break;
      case "activate":
        this.activate(card);
        break;
      case "zoomIn":
        this.zoomIn();
        break;
      case "zoomOut":
        this.zoomOut();
        break;
      case "fit":
        this.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
