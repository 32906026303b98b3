import { buildPositionTree } from "../../../src/core/layout/buildPositionTree";
import { cardCentre } from "../../../src/core/layout/cardCentre";
import {
  firstChildCard,
  nextSiblingCard,
  parentCard,
  previousSiblingCard,
} from "../../../src/core/layout/cardNavigation";
import { layoutChart } from "../../../src/core/layout/layoutChart";
import { orgFromParents } from "./layoutFixtures";

//      P0
//    /  |  \
//   P1  P2  P5      cards: P0 0, P1 1, P3 2, P4 3, P2 4, P6 5, P5 6
//  / \   |
// P3 P4  P6
const tree = buildPositionTree(orgFromParents([-1, 0, 0, 1, 1, 0, 2]));
const card = (position: number): number => tree.cardOfPosition[position];

describe("card navigation", () => {
  test("parentCard: up one level; -1 from card 0 or an unknown card", () => {
    expect(parentCard(tree, card(3))).toBe(card(1));
    expect(parentCard(tree, card(1))).toBe(0);
    expect(parentCard(tree, 0)).toBe(-1);
    expect(parentCard(tree, 99)).toBe(-1);
  });

  test("firstChildCard: the first report in sheet order; -1 for a leaf", () => {
    expect(firstChildCard(tree, 0)).toBe(card(1));
    expect(firstChildCard(tree, card(2))).toBe(card(6));
    expect(firstChildCard(tree, card(5))).toBe(-1);
  });

  test("previousSiblingCard / nextSiblingCard: along the parent's children; -1 at the ends and at card 0", () => {
    expect(nextSiblingCard(tree, card(1))).toBe(card(2));
    expect(nextSiblingCard(tree, card(2))).toBe(card(5));
    expect(nextSiblingCard(tree, card(5))).toBe(-1);
    expect(previousSiblingCard(tree, card(5))).toBe(card(2));
    expect(previousSiblingCard(tree, card(1))).toBe(-1);
    expect(nextSiblingCard(tree, card(3))).toBe(card(4));
    expect(nextSiblingCard(tree, 0)).toBe(-1);
    expect(previousSiblingCard(tree, 0)).toBe(-1);
  });

  test("cardCentre: the middle of the card's box", () => {
    const layout = layoutChart(tree, { cardWidth: 100, cardHeight: 40 });
    expect(cardCentre(layout, 0)).toEqual({ x: layout.x[0] + 50, y: 20 });
  });
});
