import type { CardIndex, ChartTree } from "./chartTree";

/*
 * Moving between cards with the keyboard, in the tree's child order. Each returns -1 when there is no
 * such card. Siblings are found by a scan of the parent's children: O(span).
 */

export function parentCard(tree: ChartTree, card: CardIndex): CardIndex {
  return card > 0 && card < tree.count ? tree.parent[card] : -1;
}

export function firstChildCard(tree: ChartTree, card: CardIndex): CardIndex {
  if (card < 0 || card >= tree.count) return -1;
  const first = tree.childStart[card];
  return first < tree.childStart[card + 1] ? tree.childIndex[first] : -1;
}

export function previousSiblingCard(tree: ChartTree, card: CardIndex): CardIndex {
  return siblingCard(tree, card, -1);
}

export function nextSiblingCard(tree: ChartTree, card: CardIndex): CardIndex {
  return siblingCard(tree, card, 1);
}

function siblingCard(tree: ChartTree, card: CardIndex, step: -1 | 1): CardIndex {
  const parent = parentCard(tree, card);
  if (parent < 0) return -1;
  const first = tree.childStart[parent];
  const end = tree.childStart[parent + 1];
  for (let k = first; k < end; k++) {
    if (tree.childIndex[k] !== card) continue;
    const sibling = k + step;
    return sibling >= first && sibling < end ? tree.childIndex[sibling] : -1;
  }
  return -1;
}
