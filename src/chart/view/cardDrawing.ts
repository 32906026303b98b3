import type { ChartLayout, Rect } from "../../core/layout/chartLayout";
import type { CardIndex } from "../../core/layout/chartTree";
import { createCardElement, type CardElement } from "../cardElement";
import { CARD_TEXT_STYLES } from "../cardLayout";
import { CardFinder } from "../cardsInView";
import type { ChartScene } from "../chartScene";
import type { ChartViewStrings } from "../chartViewStrings";
import { ConnectorPathBuilder, dottedLinePath } from "../connectorPath";
import { DensityGrid } from "../densityGrid";
import { chooseLevelOfDetail, drawsCards, reducedCardFont, type LevelOfDetail } from "../levelOfDetail";
import { svgCoordinate } from "../svgElement";
import type { TextMeasurer } from "../textMeasure";
import { containsRect, expandRect, type ViewTransform } from "../viewMath";
import { ZoomedOutLayers } from "../zoomedOutLayers";
import { fillCardElement, type CardFillContext } from "./cardWriter";

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
/** Unused card elements kept for reuse. */
const POOL_LIMIT = 400;

/** The SVG layers a scene is drawn into. */
export interface ChartLayers {
  viewport: SVGGElement;
  densityLayer: SVGGElement;
  blocksLayer: SVGGElement;
  connectors: SVGPathElement;
  dotted: SVGPathElement;
  cardsLayer: SVGGElement;
}

/**
 * Culling and pooling: only the cards in view (plus a margin) are elements, taken from a pool of card elements and
 * given back when they leave; zoomed out, coloured blocks or density cells instead. `decorate` puts the focus and
 * selection state on an element each time it is drawn (and when the level of detail changes).
 */
export class CardDrawing {
  private scene: ChartScene | null = null;
  readonly active = new Map<CardIndex, CardElement>();
  private readonly free: CardElement[] = [];
  private readonly zoomedOut: ZoomedOutLayers;
  private readonly connectorBuilder = new ConnectorPathBuilder();
  private density: DensityGrid | null = null;
  finder: CardFinder | null = null;
  originX = 0;
  originY = 0;
  /** The view may move within this rect before the next cull. */
  private cullBounds: Rect | null = null;
  private renderedScale = 1;
  lod: LevelOfDetail = "empty";
  /** The reduced cards' title size the drawn cards were filled with (0: full cards). */
  private reducedFont = 0;
  private dirty = true;
  /** Membership of the cards wanted by a cull (stamped with the cull's generation). */
  private wantedStamp = new Uint32Array(0);
  private wantedGeneration = 0;
  private viewportTransform = "";

  constructor(
    private readonly doc: Document,
    private readonly layers: ChartLayers,
    private readonly measure: TextMeasurer,
    private readonly strings: ChartViewStrings,
    private readonly decorate: (card: CardIndex, element: CardElement) => void,
  ) {
    this.zoomedOut = new ZoomedOutLayers(doc, layers.blocksLayer, layers.densityLayer);
  }

  /** Gives every element back and starts on a new scene (drawn at the next {@link update}). */
  setScene(scene: ChartScene | null): void {
    for (const element of this.active.values()) this.release(element);
    this.active.clear();
    this.scene = scene;
    this.density = null;
    this.finder = scene ? new CardFinder(scene.layout) : null;
    const count = scene?.layout.tree.count ?? 0;
    if (this.wantedStamp.length < count) {
      this.wantedStamp = new Uint32Array(count);
      this.wantedGeneration = 0;
    }
    this.zoomedOut.reset(count);
    this.dirty = true;
  }

  /** Card elements made ahead of the first scene. */
  warm(count: number): void {
    while (this.free.length + this.active.size < count) this.free.push(createCardElement(this.doc));
  }

  /** Re-culls when the view left the drawn area or the level of detail changed, then moves the one transform. */
  update(t: ViewTransform, view: Rect, pinned: readonly CardIndex[]): void {
    const scene = this.scene;
    if (!scene) return;
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
      this.cull(scene, view, lod, t.k, pinned);
    const transform = `translate(${t.x + t.k * this.originX},${t.y + t.k * this.originY}) scale(${t.k})`;
    if (transform !== this.viewportTransform) {
      this.viewportTransform = transform;
      this.layers.viewport.setAttribute("transform", transform);
    }
  }

  private cull(scene: ChartScene, view: Rect, lod: LevelOfDetail, k: number, pinned: readonly CardIndex[]): void {
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
    for (const card of pinned) if (card >= 0) stamp[card] = generation;
    for (const [card, element] of this.active) {
      if (stamp[card] !== generation) {
        this.release(element);
        this.active.delete(card);
      }
    }
    if (refill) for (const [card, element] of this.active) this.fill(element, card);
    // Filling sets the card's class anew: its state is drawn again.
    if (lodChanged || refill) for (const [card, element] of this.active) this.decorate(card, element);
    if (cardLevel) for (let i = 0; i < cards.length; i++) if (!this.active.has(cards[i])) this.draw(cards[i]);
    for (const card of pinned) if (card >= 0 && !this.active.has(card)) this.draw(card);

    this.zoomedOut.drawBlocks(lod === "blocks" ? cards : null, layout, this.colourOf, this.originX, this.originY);
    this.zoomedOut.drawDensity(
      () => this.densityGrid(),
      lod === "density" ? area : null,
      k,
      this.originX,
      this.originY,
    );
    this.layers.connectors.setAttribute(
      "d",
      lod === "density" ? "" : this.connectorBuilder.build(layout, cards, this.originX, this.originY),
    );
    const dotted =
      scene.showDottedLines && lod !== "density" && scene.dottedLines.length > 0
        ? dottedLinePath(layout, scene.dottedLines, area, this.originX, this.originY)
        : "";
    this.layers.dotted.setAttribute("d", dotted);
  }

  /** Makes sure a card's element exists (it is kept while pinned as focused or selected). */
  ensureDrawn(card: CardIndex): void {
    if (this.scene && !this.active.has(card)) this.draw(card);
  }

  /** A drawn card's element. */
  element(card: CardIndex): CardElement | undefined {
    return this.active.get(card);
  }

  /** How many card elements are in the DOM. */
  get drawnCount(): number {
    return this.active.size;
  }

  private draw(card: CardIndex): void {
    const scene = this.scene;
    if (!scene) return;
    const element = this.free.pop() ?? createCardElement(this.doc);
    this.fill(element, card);
    this.place(element, scene.layout);
    this.active.set(card, element);
    this.decorate(card, element);
    this.layers.cardsLayer.append(element.g);
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

  private release(element: CardElement): void {
    element.g.remove();
    element.card = -1;
    if (this.free.length < POOL_LIMIT) this.free.push(element);
  }

  /** How much the controls on a card grow at this level of detail (reduced cards: with their text), else 1. */
  get controlScale(): number {
    return this.lod === "titles" && this.reducedFont > 0
      ? Math.max(1, this.reducedFont / CARD_TEXT_STYLES.toggle.size)
      : 1;
  }

  densityGrid(): DensityGrid {
    if (!this.scene) throw new Error("no scene");
    this.density ??= new DensityGrid(this.scene.layout);
    return this.density;
  }

  /** A card's colour for the zoomed-out drawing, without working out its whole content when the scene can say. */
  private readonly colourOf = (card: CardIndex): string => {
    const scene = this.scene;
    return scene?.colour ? scene.colour(card) : (scene?.content(card).colour ?? "#8a8886");
  };

  destroy(): void {
    this.active.clear();
    this.free.length = 0;
    this.scene = null;
  }
}
