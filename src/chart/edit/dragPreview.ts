import type { CardElement } from "../cardElement";

/** The dragged card's preview: this many screen px below and right of the pointer, at this share of its size. */
export const PREVIEW_OFFSET = 14;
const PREVIEW_SCALE = 0.75;

/**
 * The dragged card's preview: a copy of its drawing that is no card (no data, no focus, hidden from screen readers),
 * neither selected nor moving, without its "…" button.
 */
export function dragPreviewOf(element: CardElement): SVGGElement {
  const preview = element.g.cloneNode(true) as SVGGElement;
  for (const name of ["data-card", "data-position-id", "tabindex", "role", "aria-selected", "aria-level"])
    preview.removeAttribute(name);
  preview.setAttribute("aria-hidden", "true");
  preview.classList.add("oc-drag-preview");
  preview.classList.remove("oc-selected", "oc-moving");
  preview.querySelector(".oc-card-more")?.remove();
  return preview;
}

/** Places the preview at (`left`, `top`) in the drag layer's coordinates, smaller than the card. */
export function placeDragPreview(preview: SVGGElement, left: number, top: number): void {
  preview.setAttribute("transform", `translate(${left.toFixed(1)},${top.toFixed(1)}) scale(${PREVIEW_SCALE})`);
}
