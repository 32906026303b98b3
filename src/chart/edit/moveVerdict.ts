import { CARD_KIND, type CardIndex } from "../../core/layout/chartTree";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { ChartScene } from "../chartScene";

/** Why a card cannot take the moving card as a report. */
export type MoveRefusal = "self" | "descendant" | "same" | "notAManager";

/** Whether dropping the moving card on a target makes a move, and which. */
export type MoveVerdict =
  { ok: true; edit: Extract<ScenarioEdit, { kind: "move" }>; top: boolean } | { ok: false; reason: MoveRefusal };

/** Whether a card can be picked up and moved: a position's card (not the virtual top, a unit or a ghost). */
export function isMovable(scene: ChartScene, card: CardIndex): boolean {
  const tree = scene.layout.tree;
  return card >= 0 && card < tree.count && tree.kind[card] === CARD_KIND.position && scene.content(card).id !== "";
}

/** Whether a card has a menu of edits: a position's card, or the virtual top (Add position under: a top position). */
export function hasEditMenu(scene: ChartScene, card: CardIndex): boolean {
  const tree = scene.layout.tree;
  if (card < 0 || card >= tree.count) return false;
  return tree.kind[card] === CARD_KIND.virtualTop || isMovable(scene, card);
}

/** Whether `card` lies in the subtree of `root` (itself included), as drawn. */
export function isInSubtree(scene: ChartScene, root: CardIndex, card: CardIndex): boolean {
  const parent = scene.layout.tree.parent;
  for (let c = card; c >= 0; c = parent[c]) if (c === root) return true;
  return false;
}

/**
 * What dropping `moving` on `target` does: the moving position reports to the target's position (the virtual top: it
 * becomes a top position). Refused, and never emitted: onto itself, onto one of its own reports (a cycle), onto its
 * manager already, or onto a card that is no position (a ghost, a unit).
 */
export function moveVerdict(scene: ChartScene, moving: CardIndex, target: CardIndex): MoveVerdict {
  const tree = scene.layout.tree;
  if (target < 0 || target >= tree.count || !isMovable(scene, moving)) return { ok: false, reason: "notAManager" };
  if (target === moving) return { ok: false, reason: "self" };
  const kind = tree.kind[target];
  if (kind !== CARD_KIND.position && kind !== CARD_KIND.virtualTop) return { ok: false, reason: "notAManager" };
  if (isInSubtree(scene, moving, target)) return { ok: false, reason: "descendant" };
  if (tree.parent[moving] === target) return { ok: false, reason: "same" };
  const top = kind === CARD_KIND.virtualTop;
  const newManager = top ? "" : scene.content(target).id;
  if (!top && newManager === "") return { ok: false, reason: "notAManager" };
  return { ok: true, edit: { kind: "move", id: scene.content(moving).id, newManager }, top };
}
