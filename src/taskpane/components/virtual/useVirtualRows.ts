import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { EMPTY_RANGE, layoutRows, rowForKey, RowHeights, rowsInView, sameRange, type RowLayout } from "./rowWindow";
import {
  canMeasureRows,
  keepPageAnchor,
  onViewportChange,
  recordPageAnchor,
  scheduleViewportCheck,
} from "./viewportChanges";

/** Attribute each rendered row carries: its index in the list. */
export const ROW_INDEX_ATTRIBUTE = "data-virtual-index";

export interface VirtualRowsOptions {
  count: number;
  /** A row's height before any is measured, in pixels. */
  estimate: number;
  /** Pixels between rows (the list's CSS gap). */
  gap: number;
  /** Pixels rendered beyond the viewport above and below. */
  overscan: number;
  /** Rows kept rendered wherever they are (the selected one). */
  pinned: readonly number[];
  /** Changes when the rows are other rows (a new filter): measured heights are forgotten. */
  rowsKey: unknown;
}

export interface VirtualRows {
  listRef: React.RefObject<HTMLUListElement>;
  layout: RowLayout;
  /** The row that is the list's one tab stop (arrow keys move it). */
  active: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: React.FocusEvent<HTMLElement>) => void;
}

/** The row element of `index` under `list`, and the element in it that takes the keyboard focus. */
function focusableRow(list: HTMLElement, index: number): HTMLElement | null {
  const row = list.querySelector<HTMLElement>(`:scope > [${ROW_INDEX_ATTRIBUTE}="${index}"]`);
  if (!row) return null;
  return row.hasAttribute("tabindex") ? row : row.querySelector<HTMLElement>("[tabindex], button");
}

function rowIndexOf(list: HTMLElement, target: EventTarget | null): number | undefined {
  const row = target instanceof Element ? target.closest(`[${ROW_INDEX_ATTRIBUTE}]`) : null;
  if (!row || row.parentElement !== list) return undefined;
  return Number(row.getAttribute(ROW_INDEX_ATTRIBUTE));
}

/**
 * Where the viewport's top is in the list's rows (px from the list's top). Taken from a rendered row in view when
 * there is one: rows just measured moved the rows before them in `rows` but not yet on the page (the next render
 * does that, and the page is scrolled to keep the row in view in place), so the list's own top would point at other
 * rows than those in view.
 */
function viewportTopInList(list: HTMLElement, rows: RowHeights): number {
  const height = window.innerHeight;
  for (const row of list.querySelectorAll(`:scope > [${ROW_INDEX_ATTRIBUTE}]`)) {
    const box = row.getBoundingClientRect();
    if (box.bottom > 0 && box.top < height) return rows.start(Number(row.getAttribute(ROW_INDEX_ATTRIBUTE))) - box.top;
  }
  return -list.getBoundingClientRect().top;
}

/**
 * Windowing for a list in the page's flow (the page scrolls, not the list): the rows near the viewport are rendered,
 * measured as they render (a ResizeObserver per list), the rest stand in as space at their estimated height. Where
 * rows cannot be measured (no ResizeObserver: jsdom) every row is rendered.
 */
export function useVirtualRows({ count, estimate, gap, overscan, pinned, rowsKey }: VirtualRowsOptions): VirtualRows {
  const listRef = useRef<HTMLUListElement>(null);
  const measurable = canMeasureRows();
  const heights = useMemo(() => new RowHeights(count, estimate, gap), [count, estimate, gap, rowsKey]);
  const heightsRef = useRef(heights);
  heightsRef.current = heights;
  const [range, setRange] = useState(measurable ? EMPTY_RANGE : { from: 0, to: count });
  /** Grows when rows were measured: the layout is worked out again. */
  const [measured, setMeasured] = useState(0);
  const [active, setActive] = useState(0);
  const focusWanted = useRef<number>();

  const checkRange = useCallback(() => {
    const list = listRef.current;
    if (!list || !measurable) return;
    keepPageAnchor();
    const top = viewportTopInList(list, heightsRef.current);
    const next = rowsInView(heightsRef.current, top, top + window.innerHeight, overscan);
    setRange((current) => (sameRange(current, next) ? current : next));
  }, [measurable, overscan]);

  useLayoutEffect(() => (measurable ? onViewportChange(checkRange) : undefined), [measurable, checkRange]);
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (!measurable) setRange({ from: 0, to: count });
    else if (placed.current) checkRange();
    else {
      // Just mounted (a tab opened): the page is not laid out yet, and reading where the list is would lay out the
      // whole new view now and again once the rows are in. The rows come in the next frame instead.
      placed.current = true;
      scheduleViewportCheck();
    }
  }, [measurable, checkRange, heights, count]);

  // Every rendered row is measured when it appears and whenever its size changes (a language switch re-wraps it).
  const observer = useRef<ResizeObserver>();
  const observed = useRef(new Set<Element>());
  const observedFor = useRef(heights);
  const checkRangeRef = useRef(checkRange);
  checkRangeRef.current = checkRange;
  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = undefined;
      observed.current.clear();
    },
    [],
  );
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !measurable) return;
    observer.current ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const index = Number(entry.target.getAttribute(ROW_INDEX_ATTRIBUTE));
        const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
        if (entry.target.isConnected && heightsRef.current.measure(index, height)) changed = true;
      }
      if (changed) {
        setMeasured((n) => n + 1);
        checkRangeRef.current();
      }
    });
    const resized = observer.current;
    // Other rows (a new filter) are measured afresh, even those whose element and size stayed.
    if (observedFor.current !== heights) {
      for (const row of observed.current) resized.unobserve(row);
      observed.current = new Set();
      observedFor.current = heights;
    }
    const rows = new Set(list.querySelectorAll(`:scope > [${ROW_INDEX_ATTRIBUTE}]`));
    for (const row of observed.current) if (!rows.has(row)) resized.unobserve(row);
    for (const row of rows) if (!observed.current.has(row)) resized.observe(row);
    observed.current = rows;
  });

  // Rows this commit rendered or resized, and spaces it resized, leave the row in view where it was.
  const committed = useRef(false);
  useLayoutEffect(() => {
    // (Not on mount: see above.)
    if (measurable && committed.current) keepPageAnchor();
    committed.current = true;
  });

  // The row the arrow keys went to gets the focus once rendered (it is pinned, so it is); the focus scrolls it into
  // view, and the row in view is noted again.
  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    const list = listRef.current;
    if (wanted === undefined || !list) return;
    focusWanted.current = undefined;
    focusableRow(list, wanted)?.focus();
    if (measurable) recordPageAnchor();
  });

  const keptActive = Math.min(active, Math.max(0, count - 1));
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const list = listRef.current;
      if (!list || event.altKey || event.ctrlKey || event.metaKey) return;
      const index = rowIndexOf(list, event.target);
      if (index === undefined) return;
      const page = Math.floor(window.innerHeight / Math.max(1, heightsRef.current.estimate + gap)) - 1;
      const next = rowForKey(event.key, index, count, page);
      if (next === undefined) return;
      event.preventDefault();
      focusWanted.current = next;
      setActive(next);
      if (next === index) focusableRow(list, next)?.focus();
    },
    [count, gap],
  );
  const onFocus = useCallback((event: React.FocusEvent<HTMLElement>) => {
    const list = listRef.current;
    const index = list ? rowIndexOf(list, event.target) : undefined;
    if (index !== undefined) setActive(index);
  }, []);

  const layout = useMemo(
    () => layoutRows(heights, range, [...pinned, keptActive]),
    // `measured` moves rows: the same range is laid out again.
    [heights, range, pinned, keptActive, measured],
  );
  return { listRef, layout, active: keptActive, onKeyDown, onFocus };
}
