import type { ChartLayout, Rect } from "../core/layout/chartLayout";

/** One level of a {@link DensityGrid}: card counts per square cell. */
export interface DensityLevel {
  /** Cell side in world px. */
  cell: number;
  cols: number;
  rows: number;
  /** Cards whose centre falls in each cell, row by row. */
  counts: Uint32Array;
}

/** The most cells the finest level may have (4 bytes each). */
const MAX_BASE_CELLS = 1 << 21;
const MIN_BASE_CELL = 256;

/**
 * How many cards sit where, at every power-of-two cell size: what the far zoomed-out view and the minimap
 * draw, so their cost follows the pane's pixels and not the org's size. Built once per layout in O(cards).
 */
export class DensityGrid {
  readonly originX: number;
  readonly originY: number;
  readonly levels: DensityLevel[];

  constructor(layout: ChartLayout) {
    const { bounds } = layout;
    const width = Math.max(1, bounds.maxX - bounds.minX);
    const height = Math.max(1, bounds.maxY - bounds.minY);
    let cell = Math.max(MIN_BASE_CELL, layout.cardWidth, layout.cardHeight);
    while (Math.ceil(width / cell) * Math.ceil(height / cell) > MAX_BASE_CELLS) cell *= 2;
    this.originX = bounds.minX;
    this.originY = bounds.minY;
    const cols = Math.ceil(width / cell) || 1;
    const rows = Math.ceil(height / cell) || 1;
    const counts = new Uint32Array(cols * rows);
    // Locals only in the loops: this runs over every card once per layout, often before the JIT has warmed up.
    const { x, y } = layout;
    const count = layout.tree.count;
    const offsetX = layout.cardWidth / 2 - this.originX;
    const offsetY = layout.cardHeight / 2 - this.originY;
    const inverseCell = 1 / cell;
    const lastCol = cols - 1;
    const lastRow = rows - 1;
    for (let c = 0; c < count; c++) {
      const col = Math.floor((x[c] + offsetX) * inverseCell);
      const row = Math.floor((y[c] + offsetY) * inverseCell);
      counts[(row < lastRow ? row : lastRow) * cols + (col < lastCol ? col : lastCol)]++;
    }
    this.levels = [{ cell, cols, rows, counts }];
    let level = this.levels[0];
    while (level.cols > 1 || level.rows > 1) {
      level = coarsen(level);
      this.levels.push(level);
    }
  }

  /** The finest level whose cells are at least `minCell` world px (the coarsest when none is). */
  levelFor(minCell: number): DensityLevel {
    for (const level of this.levels) if (level.cell >= minCell) return level;
    return this.levels[this.levels.length - 1];
  }

  /** Visits the non-empty cells of `level` that meet `rect`, with each cell's world box. */
  forEachCell(
    level: DensityLevel,
    rect: Rect,
    visit: (count: number, minX: number, minY: number, cell: number) => void,
  ): void {
    const { cell, cols, rows, counts } = level;
    const c0 = Math.max(0, Math.floor((rect.minX - this.originX) / cell));
    const c1 = Math.min(cols - 1, Math.floor((rect.maxX - this.originX) / cell));
    const r0 = Math.max(0, Math.floor((rect.minY - this.originY) / cell));
    const r1 = Math.min(rows - 1, Math.floor((rect.maxY - this.originY) / cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const count = counts[r * cols + c];
        if (count > 0) visit(count, this.originX + c * cell, this.originY + r * cell, cell);
      }
    }
  }

  /**
   * About how many cards meet `rect`, counted on a level coarse enough that at most ~4,000 cells are read
   * (an over-estimate at the rect's edges).
   */
  estimateCards(rect: Rect): number {
    const area = Math.max(1, (rect.maxX - rect.minX) * (rect.maxY - rect.minY));
    const level = this.levelFor(Math.sqrt(area / 4000));
    let total = 0;
    this.forEachCell(level, rect, (count) => {
      total += count;
    });
    return total;
  }
}

function coarsen(level: DensityLevel): DensityLevel {
  const fineCols = level.cols;
  const fineRows = level.rows;
  const fine = level.counts;
  const cols = Math.ceil(fineCols / 2);
  const rows = Math.ceil(fineRows / 2);
  const counts = new Uint32Array(cols * rows);
  for (let r = 0; r < fineRows; r++) {
    const base = (r >> 1) * cols;
    const start = r * fineCols;
    for (let c = 0; c < fineCols; c++) {
      const count = fine[start + c];
      if (count !== 0) counts[base + (c >> 1)] += count;
    }
  }
  return { cell: level.cell * 2, cols, rows, counts };
}
