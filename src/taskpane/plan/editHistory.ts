import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";

/** One edit made to a plan, with what it did to the plan's sheet and what undoes it (both as the caller's changes). */
export interface HistoryEntry<Changes> {
  edit: ScenarioEdit;
  /** Applied to redo the edit. */
  changes: Changes;
  /** Applied to undo it. */
  inverse: Changes;
}

/** The pane's undo and redo of a plan's edits: `done` oldest first, `undone` most recently undone last. */
export interface EditHistory<Changes> {
  done: readonly HistoryEntry<Changes>[];
  undone: readonly HistoryEntry<Changes>[];
}

/** How many edits the pane can undo; older ones drop off. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<Changes>(): EditHistory<Changes> {
  return { done: [], undone: [] };
}

/** A new edit: it can be undone, and whatever was undone before it can no longer be redone. */
export function recordEdit<Changes>(history: EditHistory<Changes>, entry: HistoryEntry<Changes>): EditHistory<Changes> {
  const done = [...history.done, entry];
  return { done: done.length > HISTORY_LIMIT ? done.slice(done.length - HISTORY_LIMIT) : done, undone: [] };
}

/** The entry to undo (its `inverse` is applied) and the history after it; undefined when there is nothing to undo. */
export function takeUndo<Changes>(
  history: EditHistory<Changes>,
): { entry: HistoryEntry<Changes>; history: EditHistory<Changes> } | undefined {
  const entry = history.done[history.done.length - 1];
  if (!entry) return undefined;
  return { entry, history: { done: history.done.slice(0, -1), undone: [...history.undone, entry] } };
}

/** The entry to redo (its `changes` are applied again) and the history after it; undefined when nothing was undone. */
export function takeRedo<Changes>(
  history: EditHistory<Changes>,
): { entry: HistoryEntry<Changes>; history: EditHistory<Changes> } | undefined {
  const entry = history.undone[history.undone.length - 1];
  if (!entry) return undefined;
  return { entry, history: { done: [...history.done, entry], undone: history.undone.slice(0, -1) } };
}
