import type { Lang } from "../../i18n";
import { chartStylesheet } from "../chartStyles";
import { createSvgElement } from "../svgElement";
import type { ChartLayers } from "./cardDrawing";

/** The chart's elements: its clipped root, the SVG tree, the layers a scene is drawn into, the drag layer. */
export interface ChartDom {
  root: HTMLDivElement;
  svg: SVGSVGElement;
  layers: ChartLayers;
  /** Editing: the card being dragged and its drop line, above the cards. */
  dragLayer: SVGGElement;
}

/**
 * Makes the chart's elements (not yet in the document): a clipped `<div>` holding one `<svg role="tree">` with its
 * stylesheet and one viewport `<g>` that pan and zoom move, its layers bottom to top: density cells, reporting lines,
 * dotted lines, blocks, cards, the drag layer.
 */
export function createChartDom(doc: Document, lang: Lang, fontFamily: string): ChartDom {
  const root = doc.createElement("div");
  root.className = "oc-chart";
  root.style.cssText = "position: relative; width: 100%; height: 100%; overflow: hidden; contain: content;";
  const svg = createSvgElement(doc, "svg", { class: "oc-svg", role: "tree", lang });
  const style = createSvgElement(doc, "style");
  style.textContent = chartStylesheet(fontFamily);
  const layers: ChartLayers = {
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
  svg.append(style, layers.viewport);
  root.append(svg);
  return { root, svg, layers, dragLayer };
}
