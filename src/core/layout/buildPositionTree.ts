import type { OrgModel, PositionIndex } from "../model/orgModel";
import { CARD_KIND, type ChartTree, type PositionTreeOptions } from "./chartTree";

/**
 * The positions view (or, with `focus`, one manager's subtree) as a {@link ChartTree}: card 0 is the
 * single top position, or a virtual top over several; the reports of collapsed positions are left out
 * and counted in `hiddenReports`. Cards are in depth-first pre-order following the model's child order
 * (sheet order), so a parent's children have increasing card indices. An empty model gives an empty tree.
 *
 * Cost: O(visible cards), plus the O(positions) `cardOfPosition` array; no object per card.
 */
export function buildPositionTree(model: OrgModel, options: PositionTreeOptions = {}): ChartTree {
  const positions = model.parent.length;
  const { collapsed, focus } = options;
  if (focus !== undefined && !(Number.isInteger(focus) && focus >= 0 && focus < positions))
    throw new RangeError(`focus ${focus} is not a position index (0..${positions - 1})`);
  if (collapsed !== undefined && collapsed.length < positions)
    throw new RangeError(`collapsed has ${collapsed.length} flags for ${positions} positions`);

  const tops: readonly PositionIndex[] = focus !== undefined ? [focus] : model.roots;
  const virtualTop = tops.length > 1 ? 1 : 0;
  const { order, visible } = visitInPreOrder(model, tops, collapsed);
  const count = visible + virtualTop;

  const kind = new Uint8Array(count);
  const subject = new Int32Array(count);
  const parent = new Int32Array(count);
  const depth = new Int32Array(count);
  const hiddenReports = new Int32Array(count);
  const childStart = new Int32Array(count + 1);
  const childIndex = new Int32Array(Math.max(0, count - 1));
  const cardOfPosition = new Int32Array(positions).fill(-1);
  if (count === 0)
    return { count, kind, subject, parent, depth, hiddenReports, childStart, childIndex, cardOfPosition };

  if (virtualTop) {
    kind[0] = CARD_KIND.virtualTop;
    subject[0] = -1;
  }
  parent[0] = -1;
  for (let k = 0; k < visible; k++) cardOfPosition[order[k]] = k + virtualTop;

  // Parents, depths and how many children each card shows.
  const { childStart: reportStart } = model;
  for (let k = 0; k < visible; k++) {
    const card = k + virtualTop;
    const position = order[k];
    kind[card] = CARD_KIND.position;
    subject[card] = position;
    const span = reportStart[position + 1] - reportStart[position];
    if (collapsed !== undefined && collapsed[position] === 1) hiddenReports[card] = span;
    else childStart[card + 1] = span;
    if (card === 0) continue;
    const manager = model.parent[position];
    const parentCard = manager < 0 ? 0 : cardOfPosition[manager];
    parent[card] = parentCard;
    depth[card] = depth[parentCard] + 1;
  }
  if (virtualTop) childStart[1] = tops.length;
  for (let card = 0; card < count; card++) childStart[card + 1] += childStart[card];

  // Pre-order meets each parent's children in their order: append each card to its parent's slot.
  const cursor = childStart.slice(0, count);
  for (let card = 1; card < count; card++) childIndex[cursor[parent[card]]++] = card;
  return { count, kind, subject, parent, depth, hiddenReports, childStart, childIndex, cardOfPosition };
}

/** The shown positions below `tops` (tops included) in depth-first pre-order, with an explicit stack. */
function visitInPreOrder(
  model: OrgModel,
  tops: readonly PositionIndex[],
  collapsed: Uint8Array | undefined,
): { order: Int32Array; visible: number } {
  const { childStart, childIndex } = model;
  const order = new Int32Array(model.parent.length);
  const stack = new Int32Array(model.parent.length);
  let visible = 0;
  let height = 0;
  for (let t = tops.length - 1; t >= 0; t--) stack[height++] = tops[t];
  while (height > 0) {
    const position = stack[--height];
    order[visible++] = position;
    if (collapsed !== undefined && collapsed[position] === 1) continue;
    for (let r = childStart[position + 1] - 1; r >= childStart[position]; r--) stack[height++] = childIndex[r];
  }
  return { order, visible };
}
