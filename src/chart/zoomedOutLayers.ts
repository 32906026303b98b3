import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { CardIndex } from "../core/layout/chartTree";
import type { DensityGrid } from "./densityGrid";
import { createSvgElement, svgCoordinate } from "./svgElement";

/** Density cells are about this many screen px. */
const DENSITY_CELL_PX = 6;
/** Fill opacities of the density cells, from the sparsest to the densest. */
const DENSITY_SHADES = [0.22, 0.4, 0.62, 0.88];

/**
 * What the chart draws where cards are too small to read: cards as plain rectangles batched into one path per
 * department colour ("blocks"), or, with thousands in view, per-screen-cell density squares whose cost follows the
 * pane's pixels, not the org's size. Paths are reused between frames; coordinates are relative to the view origin.
 */
export class ZoomedOutLayers {
  private colourIndex = new Int32Array(0);
  private colours: string[] = [];
  private readonly colourIds = new Map<string, number>();
  private readonly blockPaths: SVGPathElement[] = [];
  private readonly densityPaths: SVGPathElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly blocksLayer: SVGGElement,
    private readonly densityLayer: SVGGElement,
  ) {}

  /** A new scene: card colours are looked up again (through `colourOf`, once per card, when first drawn). */
  reset(cards: number): void {
    this.colourIndex = new Int32Array(cards).fill(-1);
    this.colours = [];
    this.colourIds.clear();
  }

  /** Cards as plain rectangles, one path per colour; `cards` null clears the layer. */
  drawBlocks(
    cards: Int32Array | null,
    layout: ChartLayout,
    colourOf: (card: CardIndex) => string,
    originX: number,
    originY: number,
  ): void {
    const parts: string[][] = this.colours.map(() => []);
    if (cards) {
      const w = layout.cardWidth;
      const h = layout.cardHeight;
      for (let i = 0; i < cards.length; i++) {
        const card = cards[i];
        const colour = this.colourNumber(card, colourOf);
        while (parts.length <= colour) parts.push([]);
        parts[colour].push(
          `M${svgCoordinate(layout.x[card] - originX)} ${svgCoordinate(layout.y[card] - originY)}h${w}v${h}h${-w}Z`,
        );
      }
    }
    for (let i = 0; i < Math.max(parts.length, this.blockPaths.length); i++) {
      let path = this.blockPaths[i];
      const d = parts[i]?.join("") ?? "";
      if (!path) {
        if (d === "") continue;
        path = createSvgElement(this.doc, "path", { class: "oc-block" });
        this.blockPaths[i] = path;
        this.blocksLayer.append(path);
      }
      if (d !== "") path.setAttribute("fill", this.colours[i]);
      if (path.getAttribute("d") !== d) path.setAttribute("d", d);
    }
  }

  /** Per-screen-cell counts of cards in `area` as shaded squares at scale `k`; `area` null clears the layer. */
  drawDensity(grid: () => DensityGrid, area: Rect | null, k: number, originX: number, originY: number): void {
    const parts: string[][] = DENSITY_SHADES.map(() => []);
    if (area) {
      const density = grid();
      const level = density.levelFor(DENSITY_CELL_PX / k);
      let max = 1;
      density.forEachCell(level, area, (count) => {
        if (count > max) max = count;
      });
      const logMax = Math.log(max + 1);
      density.forEachCell(level, area, (count, minX, minY, cell) => {
        const shade = Math.min(
          DENSITY_SHADES.length - 1,
          Math.floor((Math.log(count + 1) / logMax) * DENSITY_SHADES.length),
        );
        parts[shade].push(
          `M${svgCoordinate(minX - originX)} ${svgCoordinate(minY - originY)}h${cell}v${cell}h${-cell}Z`,
        );
      });
    }
    DENSITY_SHADES.forEach((opacity, i) => {
      let path = this.densityPaths[i];
      if (!path) {
        path = createSvgElement(this.doc, "path", { class: "oc-density", "fill-opacity": opacity });
        this.densityPaths[i] = path;
        this.densityLayer.append(path);
      }
      const d = parts[i].join("");
      if (path.getAttribute("d") !== d) path.setAttribute("d", d);
    });
  }

  /** The card's colour as an index into the colours met so far (its path). */
  private colourNumber(card: CardIndex, colourOf: (card: CardIndex) => string): number {
    let index = this.colourIndex[card];
    if (index >= 0) return index;
    const colour = colourOf(card);
    index = this.colourIds.get(colour) ?? -1;
    if (index < 0) {
      index = this.colours.length;
      this.colours.push(colour);
      this.colourIds.set(colour, index);
    }
    this.colourIndex[card] = index;
    return index;
  }
}
