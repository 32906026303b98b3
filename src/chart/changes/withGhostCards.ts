import { CARD_KIND, type CardIndex, type ChartTree } from "../../core/layout/chartTree";
import type { OrgModel } from "../../core/model/orgModel";
import type { RemovedPositionGhost } from "../chartChanges";

/** A chart tree with ghost cards added: the tree's own cards keep their indices, the ghosts come after them. */
export interface GhostedTree {
  tree: ChartTree;
  /** Cards of the tree the ghosts were added to (the ghosts are cards `baseCount` … `tree.count - 1`). */
  baseCount: number;
  /** The removed position each ghost card stands for (ghost card = baseCount + i). */
  ghosts: readonly RemovedPositionGhost[];
}

/**
 * Hangs each removed position under the card of its `ghostParent` (its baseline manager, or the nearest baseline
 * ancestor the plan still has), as that card's last report, when that card is shown with its reports (not
 * collapsed); at the root when it has none (or the ID is not in the plan), unless `atRoot` is false (the focus view,
 * whose root is one manager). Ghosts whose parent is in the plan but not shown (collapsed away, outside the focus)
 * are left out, as its other reports are.
 * The cards stay parents first, so the layout takes the tree as it is.
 */
export function withGhostCards(
  tree: ChartTree,
  model: OrgModel,
  removed: readonly RemovedPositionGhost[],
  atRoot: boolean,
): GhostedTree {
  const baseCount = tree.count;
  const placed: RemovedPositionGhost[] = [];
  const parents: CardIndex[] = [];
  if (baseCount > 0)
    for (const ghost of removed) {
      const index = ghost.ghostParent === "" ? undefined : model.indexById.get(ghost.ghostParent);
      let parent: CardIndex = -1;
      if (index === undefined) parent = atRoot ? 0 : -1;
      else {
        const card = tree.cardOfPosition[index] ?? -1;
        if (card >= 0 && tree.hiddenReports[card] === 0) parent = card;
      }
      if (parent < 0) continue;
      placed.push(ghost);
      parents.push(parent);
    }
  if (placed.length === 0) return { tree, baseCount, ghosts: placed };

  const count = baseCount + placed.length;
  const kind = new Uint8Array(count);
  kind.set(tree.kind);
  kind.fill(CARD_KIND.removed, baseCount);
  const subject = new Int32Array(count);
  subject.set(tree.subject);
  const parent = new Int32Array(count);
  parent.set(tree.parent);
  const depth = new Int32Array(count);
  depth.set(tree.depth);
  for (let i = 0; i < placed.length; i++) {
    subject[baseCount + i] = i;
    parent[baseCount + i] = parents[i];
    depth[baseCount + i] = tree.depth[parents[i]] + 1;
  }
  // Children in CSR form: each card's own reports, then its ghosts.
  const extra = new Int32Array(count);
  for (const p of parents) extra[p]++;
  const childStart = new Int32Array(count + 1);
  for (let card = 0; card < count; card++) {
    const own = card < baseCount ? tree.childStart[card + 1] - tree.childStart[card] : 0;
    childStart[card + 1] = childStart[card] + own + extra[card];
  }
  const childIndex = new Int32Array(count - 1);
  const cursor = new Int32Array(count);
  for (let card = 0; card < baseCount; card++) {
    let at = childStart[card];
    for (let k = tree.childStart[card]; k < tree.childStart[card + 1]; k++) childIndex[at++] = tree.childIndex[k];
    cursor[card] = at;
  }
  for (let i = 0; i < placed.length; i++) childIndex[cursor[parents[i]]++] = baseCount + i;
  const hiddenReports = new Int32Array(count);
  hiddenReports.set(tree.hiddenReports);
  let assistant: Uint8Array | undefined;
  if (tree.assistant) {
    assistant = new Uint8Array(count);
    assistant.set(tree.assistant);
  }
  return {
    tree: {
      count,
      kind,
      subject,
      parent,
      childStart,
      childIndex,
      depth,
      hiddenReports,
      cardOfPosition: tree.cardOfPosition,
      ...(assistant ? { assistant } : {}),
    },
    baseCount,
    ghosts: placed,
  };
}
