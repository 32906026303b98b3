import type { ChartOrientation } from "../core/layout/chartLayout";
import type { CardIndex, ChartTree } from "../core/layout/chartTree";
import { firstChildCard, nextSiblingCard, parentCard, previousSiblingCard } from "../core/layout/cardNavigation";

/**
 * Where an arrow key (or Home) moves the keyboard from `card`, as the chart is drawn: top-down, Up is the manager,
 * Down the first report, Left/Right the previous/next peer; left to right, the same turned a quarter. -1 when
 * there is no such card; undefined for a key that moves nothing.
 */
export function cardForArrowKey(
  tree: ChartTree,
  orientation: ChartOrientation,
  card: CardIndex,
  key: string,
): CardIndex | undefined {
  const across = orientation === "leftRight";
  switch (key) {
    case "ArrowUp":
      return across ? previousSiblingCard(tree, card) : parentCard(tree, card);
    case "ArrowDown":
      return across ? nextSiblingCard(tree, card) : firstChildCard(tree, card);
    case "ArrowLeft":
      return across ? parentCard(tree, card) : previousSiblingCard(tree, card);
    case "ArrowRight":
      return across ? firstChildCard(tree, card) : nextSiblingCard(tree, card);
    case "Home":
      return 0;
    default:
      return undefined;
  }
}
