import type { ChartTree } from "./chartTree";
import { hangsBeside } from "./hangingAssistants";
import { STACK_LEAVES_PER_COLUMN, STACK_MAX_COLUMNS, STACK_MIN_LEAVES } from "./layoutSpacing";

/**
 * Which cards get a compact block: a card whose leaf children (children with no reports at all: a collapsed manager
 * is not a leaf, it keeps its place among the managers so collapsing it does not move it; nor is an assistant, which
 * hangs beside the manager's drop line, see `hangsBeside`) number at least {@link STACK_MIN_LEAVES} has them
 * stacked in a block of columns, filled column by column (down the first column, then the next) in the tree's child
 * order.
 */
export interface CompactBlocks {
  /** Number of blocks. */
  count: number;
  /** Per card: the columns of its block, 0 when it has none. */
  columns: Int32Array;
  /** Per card: the rows of its block (cards per full column), 0 when it has none. */
  rows: Int32Array;
  /** 1 where a card sits in its parent's block. */
  stacked: Uint8Array;
  /** Number of stacked cards (the 1s in {@link stacked}). */
  stackedCount: number;
}

/** columns = min(4, ceil(leaves / 6)), rows = ceil(leaves / columns); columns a full fill leaves empty are dropped. */
export function planCompactBlocks(tree: ChartTree): CompactBlocks {
  const { count: n, childStart, childIndex, hiddenReports } = tree;
  const isLeaf = (child: number) =>
    childStart[child + 1] === childStart[child] && hiddenReports[child] === 0 && !hangsBeside(tree, child);
  const columns = new Int32Array(n);
  const rows = new Int32Array(n);
  const stacked = new Uint8Array(n);
  let count = 0;
  let stackedCount = 0;
  for (let card = 0; card < n; card++) {
    const first = childStart[card];
    const end = childStart[card + 1];
    if (end - first < STACK_MIN_LEAVES) continue;
    let leaves = 0;
    for (let k = first; k < end; k++) {
      const child = childIndex[k];
      if (isLeaf(child)) leaves++;
    }
    if (leaves < STACK_MIN_LEAVES) continue;
    const wanted = Math.min(STACK_MAX_COLUMNS, Math.ceil(leaves / STACK_LEAVES_PER_COLUMN));
    const perColumn = Math.ceil(leaves / wanted);
    rows[card] = perColumn;
    columns[card] = Math.ceil(leaves / perColumn);
    count++;
    stackedCount += leaves;
    for (let k = first; k < end; k++) {
      const child = childIndex[k];
      if (isLeaf(child)) stacked[child] = 1;
    }
  }
  return { count, columns, rows, stacked, stackedCount };
}
