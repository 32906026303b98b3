import type { ChartLayout, Rect } from "../core/layout/chartLayout";
import type { DensityGrid } from "./densityGrid";
import { createSvgElement } from "./svgElement";

const MAX_WIDTH = 180;
const MAX_HEIGHT = 120;
const MIN_SIDE = 36;

/**
 * The overview in the pane's corner: the whole layout drawn once (cells of its density grid), and the
 * view's rectangle moved every frame. The rectangle is its own HTML box moved by a CSS transform on its own
 * compositing layer, so that moving it never repaints the cells (thousands of squares in one path).
 * Pressing or dragging in it centres the view there.
 */
export class ChartMinimap {
  readonly root: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly cells: SVGPathElement;
  private readonly view: HTMLDivElement;
  private viewBox = "";
  private bounds: Rect | null = null;
  private scaleX = 1;
  private scaleY = 1;
  private dragging = -1;
  private shown = false;

  constructor(
    doc: Document,
    label: string,
    private readonly onPan: (worldX: number, worldY: number) => void,
  ) {
    this.root = doc.createElement("div");
    this.root.className = "oc-minimap";
    this.root.style.display = "none";
    this.svg = createSvgElement(doc, "svg", { role: "img", "aria-label": label });
    this.cells = createSvgElement(doc, "path", { class: "oc-minimap-cells" });
    this.view = doc.createElement("div");
    this.view.className = "oc-minimap-view";
    this.svg.append(this.cells);
    this.root.append(this.svg, this.view);
    this.root.addEventListener("pointerdown", this.handlePointerDown);
    this.root.addEventListener("pointermove", this.handlePointerMove);
    this.root.addEventListener("pointerup", this.handlePointerUp);
    this.root.addEventListener("pointercancel", this.handlePointerUp);
  }

  /** Draws the layout (call when the scene changes; cheap: one path of at most ~10,000 cells). */
  draw(layout: ChartLayout, grid: DensityGrid, pane?: { width: number; height: number }): void {
    const { bounds } = layout;
    this.bounds = bounds;
    const width = Math.max(1, bounds.maxX - bounds.minX);
    const height = Math.max(1, bounds.maxY - bounds.minY);
    // Keep the aspect ratio unless the chart is so wide or tall that the minimap would be a thin line.
    // In a narrow pane it takes at most a third of the width and a fifth of the height, so it covers few cards.
    const maxWidth = pane && pane.width > 0 ? Math.max(MIN_SIDE * 2, Math.min(MAX_WIDTH, pane.width / 3)) : MAX_WIDTH;
    const maxHeight = pane && pane.height > 0 ? Math.max(MIN_SIDE, Math.min(MAX_HEIGHT, pane.height / 5)) : MAX_HEIGHT;
    let w = maxWidth;
    let h = (maxWidth * height) / width;
    if (h > maxHeight) {
      h = maxHeight;
      w = Math.max(MIN_SIDE, (maxHeight * width) / height);
    }
    h = Math.max(MIN_SIDE, h);
    this.scaleX = w / width;
    this.scaleY = h / height;
    this.svg.setAttribute("width", String(Math.round(w)));
    this.svg.setAttribute("height", String(Math.round(h)));
    const level = grid.levelFor(1.5 / Math.min(this.scaleX, this.scaleY));
    let d = "";
    grid.forEachCell(level, bounds, (_count, minX, minY, cell) => {
      const x = (minX - bounds.minX) * this.scaleX;
      const y = (minY - bounds.minY) * this.scaleY;
      d += `M${x.toFixed(1)} ${y.toFixed(1)}h${Math.max(1, cell * this.scaleX).toFixed(1)}v${Math.max(1, cell * this.scaleY).toFixed(1)}H${x.toFixed(1)}Z`;
    });
    this.cells.setAttribute("d", d);
  }

  /** Moves the view's rectangle; shows the minimap only while the chart does not fit in the view. */
  update(view: Rect): void {
    const bounds = this.bounds;
    const show =
      bounds !== null &&
      (view.minX > bounds.minX || view.minY > bounds.minY || view.maxX < bounds.maxX || view.maxY < bounds.maxY);
    if (show !== this.shown) {
      this.shown = show;
      this.root.style.display = show ? "" : "none";
    }
    if (!show || bounds === null) return;
    const x0 = Math.max(0, (view.minX - bounds.minX) * this.scaleX);
    const y0 = Math.max(0, (view.minY - bounds.minY) * this.scaleY);
    const x1 = Math.min((bounds.maxX - bounds.minX) * this.scaleX, (view.maxX - bounds.minX) * this.scaleX);
    const y1 = Math.min((bounds.maxY - bounds.minY) * this.scaleY, (view.maxY - bounds.minY) * this.scaleY);
    const width = `${Math.max(2, x1 - x0).toFixed(1)}px`;
    const height = `${Math.max(2, y1 - y0).toFixed(1)}px`;
    const box = `${width} ${height}`;
    if (box !== this.viewBox) {
      this.viewBox = box;
      this.view.style.width = width;
      this.view.style.height = height;
    }
    this.view.style.transform = `translate(${x0.toFixed(1)}px, ${y0.toFixed(1)}px)`;
  }

  get visible(): boolean {
    return this.shown;
  }

  /** The world point under minimap coordinates (px from the minimap's top-left). */
  worldAt(localX: number, localY: number): { x: number; y: number } | null {
    if (this.bounds === null) return null;
    return { x: this.bounds.minX + localX / this.scaleX, y: this.bounds.minY + localY / this.scaleY };
  }

  destroy(): void {
    this.root.removeEventListener("pointerdown", this.handlePointerDown);
    this.root.removeEventListener("pointermove", this.handlePointerMove);
    this.root.removeEventListener("pointerup", this.handlePointerUp);
    this.root.removeEventListener("pointercancel", this.handlePointerUp);
    this.root.remove();
  }

  private panTo(event: PointerEvent): void {
    const box = this.svg.getBoundingClientRect();
    const point = this.worldAt(event.clientX - box.left, event.clientY - box.top);
    if (point) this.onPan(point.x, point.y);
  }

  private readonly handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.dragging = event.pointerId;
    this.root.setPointerCapture?.(event.pointerId);
    this.panTo(event);
  };

  private readonly handlePointerMove = (event: PointerEvent): void => {
    if (this.dragging !== event.pointerId) return;
    event.preventDefault();
    this.panTo(event);
  };

  private readonly handlePointerUp = (event: PointerEvent): void => {
    if (this.dragging !== event.pointerId) return;
    this.dragging = -1;
    if (this.root.hasPointerCapture?.(event.pointerId)) this.root.releasePointerCapture(event.pointerId);
  };
}
