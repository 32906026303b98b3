export const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes (values are set as attributes, never parsed as markup). */
export function createSvgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag);
  for (const name in attributes) element.setAttribute(name, String(attributes[name]));
  return element;
}

/** Sets an attribute only when it changes (DOM writes cost style work even when the value is the same). */
export function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** A coordinate as written into SVG: 0.1 px precision, enough at any zoom the chart allows. */
export function svgCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}
