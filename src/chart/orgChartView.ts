import type { Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { Lang, Translate } from "../i18n";
import { CARD_TEXT_STYLES } from "./cardLayout";
import { ChartMinimap } from "./chartMinimap";
import type { ChartEditOptions } from "./edit/chartEditOptions";
import { ChartEditor } from "./edit/chartEditor";
import type { ChartScene, ChartViewState } from "./chartScene";
import { CHART_FONT_FAMILY } from "./chartStyles";
import { chartViewStringsOf, type ChartViewStrings } from "./chartViewStrings";
import type { LevelOfDetail } from "./levelOfDetail";
import { canvasTextMeasurer, estimateTextWidth, warmTextMeasurer, type TextMeasurer } from "./textMeasure";
import { CardDrawing } from "./view/cardDrawing";
import { CardFocus } from "./view/cardFocus";
import { ChangeLegend } from "./view/changeLegend";
import { createChartDom } from "./view/chartDom";
import { ChartInput } from "./view/chartInput";
import { DeferredWork } from "./view/deferredWork";
import { ViewMoves } from "./view/viewMoves";
import { ZoomMotion, type MoveOptions } from "./view/zoomMotion";
import { ZoomText } from "./view/zoomText";
import { viewRectOf, type PaneSize } from "./viewMath";

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
 * Its parts: the elements (`view/chartDom`), pan and zoom (`view/zoomMotion`), the chart's own moves (`view/viewMoves`:
 * opening view, Fit, reveal), culling and the pool of card elements (`view/cardDrawing`), each card laid out by
 * `cardLayout` — as every export lays it out — and written into its element (`view/cardWriter`), the selection and the
 * keyboard's place (`view/cardFocus`), clicks and keys (`view/chartInput`, `view/chartKeys`, `cardForArrowKey`), the
 * minimap (`chartMinimap`, built after the first frame by `view/deferredWork`), the legend of a plan's changes
 * (`view/changeLegend`), editing a plan (`edit/chartEditor`: drag, keyboard move, card menu).
 */
export class OrgChartView {
  private readonly root: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly minimap: ChartMinimap;
  private readonly legend: ChangeLegend;
  private readonly motion: ZoomMotion;
  private readonly moves: ViewMoves;
  private readonly input: ChartInput;
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

    const { root, svg, layers, dragLayer } = createChartDom(doc, options.lang, fontFamily);
    this.root = root;
    this.svg = svg;
    this.minimap = new ChartMinimap(doc, this.strings.minimap, (x, y) => this.moves.centreOn(x, y));
    this.root.append(this.minimap.root);
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
        if (gesture) this.moves.opened = false;
        this.update();
        this.options.onViewChange?.();
      },
    });
    this.moves = new ViewMoves(this.motion, { size: () => this.size(), minimapArea: () => this.minimapArea() });

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
      panBy: (dx, dy) => this.moves.panBy(dx, dy),
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

    this.input = new ChartInput(this.svg, this.root, this.focus, this.drawing, this.editor, {
      scene: () => this.scene,
      transform: () => this.motion.transform,
      activate: (card) => this.activate(card),
      toggle: (card) => this.options.onToggle?.(card),
      focusCard: (card) => this.focusCard(card, { animate: false }),
      zoomIn: () => this.zoomIn(),
      zoomOut: () => this.zoomOut(),
      fit: () => this.fit(),
    });
    if (typeof view?.ResizeObserver === "function") {
      this.resizeObserver = new view.ResizeObserver(() => {
        this.paneSize = null;
        // Still on the opening view (nothing moved it): open anew for the pane's new size, e.g. once the row list
        // takes its place beside the chart, instead of leaving the chart off-centre and cut.
        this.moves.resized(this.scene?.layout);
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
    this.moves.open(layout, keep.view);
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
    this.moves.zoomBy(factor, options);
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
    this.moves.opened = false;
    if (this.scene) this.moves.fit(this.scene.layout, options);
  }

  /** Pans (at the same scale) just enough to bring a card into view. */
  reveal(card: CardIndex, options: MoveOptions = {}): void {
    const scene = this.scene;
    if (!scene || card < 0 || card >= scene.layout.tree.count) return;
    this.moves.reveal(scene.layout, card, options);
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
    return this.moves.viewState();
  }

  setViewState(state: ChartViewState, options: MoveOptions = { animate: false }): void {
    this.moves.setViewState(state, options);
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
    this.input.destroy();
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

  private activate(card: CardIndex): void {
    this.select(card);
    this.options.onActivate?.(card);
  }
}
