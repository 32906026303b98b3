/** The rows of a windowed list worth putting in the DOM: those in view plus an overscan above and below. */
export interface RowWindow {
  first: number;
  /** One past the last row. */
  end: number;
}

export function visibleRowWindow(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}
