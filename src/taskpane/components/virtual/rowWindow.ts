/**
 * The maths of a virtual list (no DOM): where each row starts when some rows are measured and the rest estimated,
 * which rows a viewport shows, and how the rows rendered (a window, plus rows pinned outside it) are laid out with
 * spaces standing in for the rows between them.
 */

/**
 * Row heights of one list: measured ones as given, the others estimated as the mean of those measured so far (the
 * first estimate until one is). Each row is followed by `gap` pixels but the last. Row starts are prefix sums,
 * brought up to date lazily from the first row whose height changed.
 */
export class RowHeights {
  private readonly heights: Float64Array;
  private readonly starts: Float64Array;
  /** Rows from here on have stale starts. */
  private staleFrom = 0;
  private measuredSum = 0;
  private measuredCount = 0;
  private shownEstimate: number;

  constructor(
    readonly count: number,
    private readonly firstEstimate: number,
    readonly gap: number,
  ) {
    // 0 marks a row not yet measured (a row laid out at 0 px is measured again when it grows).
    this.heights = new Float64Array(count);
    this.starts = new Float64Array(count + 1);
    this.shownEstimate = firstEstimate;
  }

  /** The height rows not yet measured are taken to have. */
  get estimate(): number {
    return this.measuredCount > 0 ? this.measuredSum / this.measuredCount : this.firstEstimate;
  }

  /** Records a row's measured height; true when it changed anything. */
  measure(index: number, height: number): boolean {
    if (index < 0 || index >= this.count || !(height > 0)) return false;
    const previous = this.heights[index];
    if (previous === height) return false;
    if (previous > 0) this.measuredSum += height - previous;
    else {
      this.measuredSum += height;
      this.measuredCount++;
    }
    this.heights[index] = height;
    this.staleFrom = Math.min(this.staleFrom, index);
    return true;
  }

  /** The height of a row: measured, or the estimate. */
  height(index: number): number {
    const measured = this.heights[index];
    return measured > 0 ? measured : this.estimate;
  }

  isMeasured(index: number): boolean {
    return this.heights[index] > 0;
  }

  /** Where row `index` starts (`count` gives the end of the last row plus one gap). */
  start(index: number): number {
    this.update();
    return this.starts[Math.max(0, Math.min(index, this.count))];
  }

  /** The whole list's height. */
  total(): number {
    return this.count === 0 ? 0 : this.start(this.count) - this.gap;
  }

  /** The row at `y` (a gap counts with the row before it): 0 above the first, the last below the end. */
  indexAt(y: number): number {
    this.update();
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= y) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  private update(): void {
    const estimate = this.estimate;
    // A new estimate moves every row after the first one not measured: start over.
    if (estimate !== this.shownEstimate) {
      this.shownEstimate = estimate;
      this.staleFrom = 0;
    }
    if (this.staleFrom >= this.count) return;
    const { heights, starts, gap } = this;
    for (let i = this.staleFrom; i < this.count; i++) {
      const measured = heights[i];
      starts[i + 1] = starts[i] + (measured > 0 ? measured : estimate) + gap;
    }
    this.staleFrom = this.count;
  }
}

/** Rows `from` (inclusive) to `to` (exclusive). */
export interface RowRange {
  from: number;
  to: number;
}

export const EMPTY_RANGE: RowRange = { from: 0, to: 0 };

/**
 * The rows that overlap `[top, bottom)` (pixels from the list's top; negative above it) widened by `overscan`
 * pixels on each side; none when the list is wholly outside.
 */
export function rowsInView(rows: RowHeights, top: number, bottom: number, overscan: number): RowRange {
  const from = top - overscan;
  const to = bottom + overscan;
  if (rows.count === 0 || to <= 0 || from >= rows.total()) return EMPTY_RANGE;
  return { from: rows.indexAt(from), to: rows.indexAt(to) + 1 };
}

/** Whether two ranges hold the same rows. */
export function sameRange(a: RowRange, b: RowRange): boolean {
  return (a.from === b.from && a.to === b.to) || (a.from >= a.to && b.from >= b.to);
}

/** The rows to render: consecutive runs, each with the space to leave before it. */
export interface RowLayout {
  runs: { from: number; to: number; spaceBefore: number }[];
  /** Space after the last run (the whole list's height when no row is rendered). */
  spaceAfter: number;
}

/**
 * Lays out the rows of `range` and the `pinned` rows (kept rendered wherever they are: the row holding the keyboard
 * focus, the selected one) as runs in order. The space before the first run is where its first row starts; between
 * runs, where the next starts less the previous run's end and the two gaps around the space (the list lays out its
 * children with `gap` between them, the spaces included).
 */
export function layoutRows(rows: RowHeights, range: RowRange, pinned: readonly number[]): RowLayout {
  const indices = new Set<number>();
  for (let i = Math.max(0, range.from); i < Math.min(range.to, rows.count); i++) indices.add(i);
  for (const index of pinned) if (index >= 0 && index < rows.count) indices.add(index);
  const sorted = [...indices].sort((a, b) => a - b);
  const runs: RowLayout["runs"] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === index) last.to++;
    else {
      const spaceBefore = last ? rows.start(index) - rows.start(last.to) - rows.gap : rows.start(index);
      runs.push({ from: index, to: index + 1, spaceBefore });
    }
  }
  const end = runs.length > 0 ? runs[runs.length - 1].to : 0;
  const spaceAfter = runs.length > 0 ? rows.start(rows.count) - rows.start(end) : rows.total();
  return { runs, spaceAfter };
}

/** The row a key moves the focus to from `index` (undefined: not a key the list handles). */
export function rowForKey(key: string, index: number, count: number, page: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      return Math.min(index + 1, last);
    case "ArrowUp":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return Math.min(index + Math.max(1, page), last);
    case "PageUp":
      return Math.max(index - Math.max(1, page), 0);
    default:
      return undefined;
  }
}
