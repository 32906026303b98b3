import type { OrgModel, PositionIndex } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { CARD_KIND, type ChartTree, type PositionTreeOptions } from "./chartTree";

/**
 * The positions view (or, with `focus`, one manager's subtree) as a {@link ChartTree}: card 0 is the
 * single top position, or a virtual top over several; the reports of collapsed positions are left out
 * and counted in `hiddenReports`. Cards are in depth-first pre-order following the model's child order
 * (sheet order), so a parent's children have increasing card indices. A card is flagged `assistant` when its
 * position is marked as one and its parent card is a position (not the virtual top). An empty model gives an empty
 * tree.
 *
 * Cost: one depth-first walk over the visible cards, plus the O(positions) `cardOfPosition` array; no object
 * per card. Each card is written once, when the walk meets it: its children's places in `childIndex` are
 * reserved then, and each child fills its place when met.
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
  // At most every position is shown (all of them when nothing is collapsed and there is no focus).
  const capacity = tops.length === 0 ? 0 : positions + virtualTop;
  // Reading a position's Assistant flag goes through its cells: skipped when the sheet has no Assistant column.
  const mayHaveAssistants = positionColumnsOf(model).mayHaveAssistants;
  const kind = new Uint8Array(capacity);
  const subject = new Int32Array(capacity);
  const parent = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const hiddenReports = new Int32Array(capacity);
  const assistant = new Uint8Array(capacity);
  const childStart = new Int32Array(capacity + 1);
  const childIndex = new Int32Array(Math.max(0, capacity - 1));
  const cardOfPosition = new Int32Array(positions).fill(-1);

  // The walk's stack: a position, its parent card, and its place in childIndex (-1 for card 0).
  const stack = new Int32Array(positions);
  const parentOnStack = new Int32Array(positions);
  const slotOnStack = new Int32Array(positions);
  let height = 0;
  let nextSlot = 0;
  if (virtualTop) {
    kind[0] = CARD_KIND.virtualTop;
    subject[0] = -1;
    parent[0] = -1;
    nextSlot = tops.length;
    childStart[1] = nextSlot;
    for (let t = tops.length - 1; t >= 0; t--) {
      stack[height] = tops[t];
      parentOnStack[height] = 0;
      slotOnStack[height++] = t;
    }
  } else if (tops.length === 1) {
    stack[height] = tops[0];
    parentOnStack[height] = -1;
    slotOnStack[height++] = -1;
  }

  const { childStart: reportStart, childIndex: reports } = model;
  let card = virtualTop;
  while (height > 0) {
    height--;
    const position = stack[height];
    const parentCard = parentOnStack[height];
    const slot = slotOnStack[height];
    kind[card] = CARD_KIND.position;
    subject[card] = position;
    parent[card] = parentCard;
    cardOfPosition[position] = card;
    if (parentCard >= 0) {
      depth[card] = depth[parentCard] + 1;
      childIndex[slot] = card;
      if (mayHaveAssistants && kind[parentCard] === CARD_KIND.position && model.positions[position].assistant)
        assistant[card] = 1;
    }
    const first = reportStart[position];
    const span = reportStart[position + 1] - first;
    if (collapsed !== undefined && collapsed[position] === 1) {
      hiddenReports[card] = span;
      childStart[card + 1] = nextSlot;
    } else {
      childStart[card + 1] = nextSlot + span;
      for (let r = span - 1; r >= 0; r--) {
        stack[height] = reports[first + r];
        parentOnStack[height] = card;
        slotOnStack[height++] = nextSlot + r;
      }
      nextSlot += span;
    }
    card++;
  }

  const count = card;
  if (count === capacity)
    return { count, kind, subject, parent, depth, hiddenReports, childStart, childIndex, cardOfPosition, assistant };
  return {
    count,
    kind: kind.subarray(0, count),
    subject: subject.subarray(0, count),
    parent: parent.subarray(0, count),
    depth: depth.subarray(0, count),
    hiddenReports: hiddenReports.subarray(0, count),
    childStart: childStart.subarray(0, count + 1),
    childIndex: childIndex.subarray(0, Math.max(0, count - 1)),
    cardOfPosition,
    assistant: assistant.subarray(0, count),
  };
}
