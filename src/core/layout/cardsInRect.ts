import { cardGridOf, cellColumn, cellRow } from "./cardGrid";
import type { ChartLayout, Rect } from "./chartLayout";

/**
 * The cards whose box meets `rect` (touching counts), each once, in no particular order. Uses the layout's
 * grid index (built on the first call), where each card sits in the cell of its top-left corner: the cells
 * visited are those of the rect grown by a card's size to the left and upwards. O(cells visited + cards
 * returned). The result is a view on a buffer that the next call on the same layout reuses: copy it to keep it.
 */
export function cardsInRect(layout: ChartLayout, rect: Rect): Int32Array {
  const grid = cardGridOf(layout);
  const { x, y, cardWidth, cardHeight, bounds } = layout;
  if (
    layout.tree.count === 0 ||
    rect.maxX < bounds.minX ||
    rect.minX > bounds.maxX ||
    rect.maxY < bounds.minY ||
    rect.minY > bounds.maxY
  )
    return grid.found.subarray(0, 0);

  const { columns, cellStart, cellCards } = grid;
  const c0 = cellColumn(grid, rect.minX - cardWidth);
  const c1 = cellColumn(grid, rect.maxX);
  const r0 = cellRow(grid, rect.minY - cardHeight);
  const r1 = cellRow(grid, rect.maxY);
  let found = grid.found;
  let count = 0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * columns + c;
      for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
        const card = cellCards[k];
        const left = x[card];
        const top = y[card];
        if (left > rect.maxX || left + cardWidth < rect.minX || top > rect.maxY || top + cardHeight < rect.minY)
          continue;
        if (count === found.length) {
          const grown = new Int32Array(found.length * 2);
          grown.set(found);
          found = grown;
          grid.found = grown;
        }
        found[count++] = card;
      }
    }
  }
  return found.subarray(0, count);
}
