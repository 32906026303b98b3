import type { ChartLayout } from "./chartLayout";

/**
 * A uniform grid over a layout's bounds: each cell lists the cards whose top-left corner lies in it (CSR), so
 * every card is in exactly one cell; a card meeting a rect has its corner at most a card's size left of and
 * above the rect (see `cardsInRect`). Cells are about 2 × 2 cards, never smaller than a card; for charts so
 * spread out that this would make more than ~4 cells per card, the cells grow so that the grid stays O(cards)
 * in memory.
 */
export interface CardGrid {
  minX: number;
  minY: number;
  columns: number;
  rows: number;
  /** 1 / cell width and 1 / cell height. */
  inverseCellWidth: number;
  inverseCellHeight: number;
  /** Cards of cell (column, row) = cellCards[cellStart[i] .. cellStart[i+1]), i = row * columns + column. */
  cellStart: Int32Array;
  cellCards: Int32Array;
  /** Reused output buffer of `cardsInRect`. */
  found: Int32Array;
}

const CARDS_PER_CELL_SIDE = 2;
const MIN_CELL_BUDGET = 4096;
const CELLS_PER_CARD = 4;

const grids = new WeakMap<ChartLayout, CardGrid>();

/** The layout's grid, built on first use and kept (outside the layout object) while the layout lives. */
export function cardGridOf(layout: ChartLayout): CardGrid {
  let grid = grids.get(layout);
  if (grid === undefined) {
    grid = buildCardGrid(layout);
    grids.set(layout, grid);
  }
  return grid;
}

/** Column of the cell holding world x (clamped to the grid). */
export function cellColumn(grid: CardGrid, x: number): number {
  const column = Math.floor((x - grid.minX) * grid.inverseCellWidth);
  return column < 0 ? 0 : column >= grid.columns ? grid.columns - 1 : column;
}

/** Row of the cell holding world y (clamped to the grid). */
export function cellRow(grid: CardGrid, y: number): number {
  const row = Math.floor((y - grid.minY) * grid.inverseCellHeight);
  return row < 0 ? 0 : row >= grid.rows ? grid.rows - 1 : row;
}

function buildCardGrid(layout: ChartLayout): CardGrid {
  const { x, y, cardWidth, cardHeight, bounds } = layout;
  const n = layout.tree.count;
  const width = Math.max(bounds.maxX - bounds.minX, cardWidth, 1);
  const height = Math.max(bounds.maxY - bounds.minY, cardHeight, 1);
  let cellWidth = Math.max(CARDS_PER_CELL_SIDE * cardWidth, 1);
  let cellHeight = Math.max(CARDS_PER_CELL_SIDE * cardHeight, 1);
  const budget = Math.max(MIN_CELL_BUDGET, CELLS_PER_CARD * n);
  const cells = Math.ceil(width / cellWidth) * Math.ceil(height / cellHeight);
  if (cells > budget) {
    const grow = Math.sqrt(cells / budget);
    cellWidth *= grow;
    cellHeight *= grow;
  }
  const columns = Math.max(1, Math.ceil(width / cellWidth));
  const rows = Math.max(1, Math.ceil(height / cellHeight));
  const grid: CardGrid = {
    minX: bounds.minX,
    minY: bounds.minY,
    columns,
    rows,
    inverseCellWidth: 1 / cellWidth,
    inverseCellHeight: 1 / cellHeight,
    cellStart: new Int32Array(columns * rows + 1),
    cellCards: new Int32Array(0),
    found: new Int32Array(64),
  };

  // Two passes over the cards (count per cell, then place): the cell of each card is worked out once.
  const { cellStart } = grid;
  const cellOf = new Int32Array(n);
  const { minX, minY, inverseCellWidth, inverseCellHeight } = grid;
  const lastColumn = columns - 1;
  const lastRow = rows - 1;
  for (let card = 0; card < n; card++) {
    let column = Math.floor((x[card] - minX) * inverseCellWidth);
    let row = Math.floor((y[card] - minY) * inverseCellHeight);
    column = column < 0 ? 0 : column > lastColumn ? lastColumn : column;
    row = row < 0 ? 0 : row > lastRow ? lastRow : row;
    const cell = row * columns + column;
    cellOf[card] = cell;
    cellStart[cell + 1]++;
  }
  const cellCount = columns * rows;
  for (let cell = 0; cell < cellCount; cell++) cellStart[cell + 1] += cellStart[cell];
  const cellCards = new Int32Array(n);
  const cursor = cellStart.slice(0, cellCount);
  for (let card = 0; card < n; card++) cellCards[cursor[cellOf[card]]++] = card;
  grid.cellCards = cellCards;
  return grid;
}
