import type { ChangeKind, PlanComparison, RemovedPosition } from "../core/compare/planComparison";

/**
 * What the chart of a plan is coloured by: each shown position's change against the baseline, and the baseline's
 * positions the plan no longer has (drawn as ghost cards). The pane hands these over from the comparison
 * (`core/compare/planComparison.ts`); the scene carries them as data so that every writer (screen, SVG, PDF,
 * PowerPoint) can show them.
 */
export type PositionChangeKind = ChangeKind;

/** The change kinds a card is marked with ("unchanged" is not marked). */
export type MarkedChangeKind = Exclude<PositionChangeKind, "unchanged">;

/** Kinds shown in the legend, in its order ("removed": the ghosts). */
export const CHANGE_LEGEND_KINDS = ["added", "moved", "changed", "removed"] as const;
export type ChangeLegendKind = (typeof CHANGE_LEGEND_KINDS)[number];

/**
 * A baseline position missing from the plan, drawn as a ghost card under `ghostParent`: the plan ID of its nearest
 * baseline ancestor the plan still has (its manager, else that manager's manager…), "" for none (at the root). The
 * comparison's `RemovedPosition` is one.
 */
export type RemovedPositionGhost = Pick<RemovedPosition, "id" | "title" | "department" | "ghostParent">;

/** The chart's changes from a comparison of the plan (shown) with its baseline. */
export function chartChangesOf(comparison: Pick<PlanComparison, "changeKinds" | "removed">): ChartChanges {
  return { kinds: comparison.changeKinds, removed: comparison.removed };
}

/** The plan's changes as the chart takes them. */
export interface ChartChanges {
  /** Change kind by position ID (of the plan); a position not listed is unchanged. */
  kinds: ReadonlyMap<string, PositionChangeKind>;
  removed: readonly RemovedPositionGhost[];
}

/** How many positions of each kind the legend lists. */
export type ChangeCounts = Record<ChangeLegendKind, number>;

/** The short text mark a changed card carries beside its colour, so colour is never the only cue. */
export const CHANGE_MARKS: Record<ChangeLegendKind, string> = {
  added: "+",
  moved: "→",
  changed: "Δ",
  removed: "×",
};

/** Counts of the kinds over a plan's changes (unchanged positions are not counted). */
export function countChanges(changes: ChartChanges): ChangeCounts {
  const counts: ChangeCounts = { added: 0, moved: 0, changed: 0, removed: changes.removed.length };
  for (const kind of changes.kinds.values()) if (kind !== "unchanged") counts[kind]++;
  return counts;
}
