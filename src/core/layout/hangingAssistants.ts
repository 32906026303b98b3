import type { CardIndex, ChartTree } from "./chartTree";

/**
 * Whether `card` hangs beside its manager's drop line rather than among its reports: an assistant (see
 * {@link ChartTree.assistant}) with no reports at all (a collapsed assistant keeps its place among the reports, so
 * collapsing it does not move it).
 */
export function hangsBeside(tree: ChartTree, card: CardIndex): boolean {
  const { assistant, childStart } = tree;
  return (
    assistant !== undefined &&
    assistant[card] === 1 &&
    childStart[card + 1] === childStart[card] &&
    tree.hiddenReports[card] === 0
  );
}

/** Per card: how many of its children hang beside its drop line; null when no card has any. O(cards). */
export function countHangingAssistants(tree: ChartTree): Int32Array | null {
  const { assistant, parent } = tree;
  if (assistant === undefined) return null;
  let counts: Int32Array | null = null;
  for (let card = 1; card < tree.count; card++) {
    if (assistant[card] !== 1 || !hangsBeside(tree, card)) continue;
    counts ??= new Int32Array(tree.count);
    counts[parent[card]]++;
  }
  return counts;
}
