import type { PositionIndex } from "../model/orgModel";

/** What a card on the chart stands for. */
export const CARD_KIND = {
  /** A position of the org model; `subject` is its index in `model.positions`. */
  position: 0,
  /** The visible virtual top drawn above several top positions; `subject` is -1. */
  virtualTop: 1,
  /** A department in the departments view; `subject` indexes the department rollups. */
  department: 2,
  /** A team inside a department in the departments view; `subject` indexes the team rollups. */
  team: 3,
  /**
   * A ghost: a baseline position the plan no longer has, drawn (dashed, faded) under its baseline manager on the
   * chart of a plan coloured by change. A leaf after every other card; `subject` indexes the scene's removed list.
   */
  removed: 4,
} as const;

export type CardKind = (typeof CARD_KIND)[keyof typeof CARD_KIND];

/** Index of a card in a {@link ChartTree} (and in the {@link ChartLayout} made from it). */
export type CardIndex = number;

/**
 * The tree the chart draws: only the cards that are shown (collapsed subtrees left out), in drawing order,
 * over dense card indices and typed arrays. Card 0 is the root (the virtual top when there are several
 * top positions). Built by `buildPositionTree` (positions and focus views) or `buildDepartmentTree`.
 */
export interface ChartTree {
  /** Number of cards. */
  count: number;
  /** {@link CardKind} per card. */
  kind: Uint8Array;
  /** What the card stands for (see {@link CARD_KIND}). */
  subject: Int32Array;
  /** Parent card; -1 for card 0. */
  parent: Int32Array;
  /** Visible children in CSR form: the children of c are childIndex[childStart[c] .. childStart[c+1]). */
  childStart: Int32Array;
  childIndex: Int32Array;
  /** Depth below card 0 (card 0 is 0). */
  depth: Int32Array;
  /** Reports the card has that are not shown because it is collapsed (0 when expanded or a leaf). */
  hiddenReports: Int32Array;
  /** Card of each position (index = position index), -1 where the position is not shown. Empty in the departments view. */
  cardOfPosition: Int32Array;
  /**
   * 1 where the card is an assistant of its parent: a position the Assistant column marks, under a position's card.
   * All 0 in the departments view; omitted: no assistants. A leaf assistant is drawn beside its manager's drop line.
   */
  assistant?: Uint8Array;
}

/** Which positions are collapsed: 1 at a position's index hides its reports. */
export type CollapsedFlags = Uint8Array;

export interface PositionTreeOptions {
  /** Collapsed positions (length = positions); omitted: everything expanded. */
  collapsed?: CollapsedFlags;
  /** Focus view: draw only this position's subtree, with it as card 0. */
  focus?: PositionIndex;
}
