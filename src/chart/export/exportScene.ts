import type { ChartOrientation } from "../../core/layout/chartLayout";
import type { OrgModel, PositionIndex } from "../../core/model/orgModel";
import type { Lang, Translate } from "../../i18n";
import { buildChartScene, type BuiltChartScene } from "../buildChartScene";
import type { ChartBasis } from "../chartBasis";
import type { ChartChanges } from "../chartChanges";
import { DEFAULT_CHART_OPTIONS, type ChartOptions, type ChartViewKind } from "../chartOptions";

/** What to export: the pane's options, or the command line's (--view, --root, --depth, --orientation). */
export interface ExportChartOptions {
  view: ChartViewKind;
  /** The position whose subtree is exported (its ID); omitted: the whole org. */
  root?: string;
  /** Layers of positions shown (1: the root alone); omitted: as `collapsedIds` says (everything, by default). */
  depth?: number;
  orientation?: ChartOrientation;
  compact?: boolean;
  showDottedLines?: boolean;
  collapsedIds?: ReadonlySet<string>;
  collapsedUnits?: ReadonlySet<string>;
  /** The chart of a plan: each position's change and the removed positions (ghost cards), as the pane shows them. */
  changes?: ChartChanges;
}

/** The IDs of the positions `depth` layers below `root` (or below the tops): collapsing them shows `depth` layers. */
export function collapsedIdsAtDepth(model: OrgModel, depth: number, root?: PositionIndex): Set<string> {
  // The model's layers: 1 for a top position, 2 for its reports…
  const base = root === undefined ? 1 : model.layer[root];
  const ids = new Set<string>();
  for (let p = 0; p < model.positions.length; p++)
    if (model.layer[p] - base === depth - 1) ids.add(model.positions[p].id);
  return ids;
}

/**
 * The scene to export: the same `buildChartScene` as the pane's, with the subtree (`root`, as the focus view) and the
 * depth the options ask for. Throws nothing: a root that is not in the data is the caller's to report (see `rootOf`).
 */
export function exportScene(basis: ChartBasis, options: ExportChartOptions, lang: Lang, t: Translate): BuiltChartScene {
  const root = options.root === undefined ? undefined : basis.model.indexById.get(options.root);
  const view: ChartViewKind = root !== undefined && options.view !== "departments" ? "focus" : options.view;
  const collapsedIds =
    options.depth !== undefined && options.depth > 0
      ? collapsedIdsAtDepth(basis.model, options.depth, root)
      : (options.collapsedIds ?? DEFAULT_CHART_OPTIONS.collapsedIds);
  const chartOptions: ChartOptions = {
    ...DEFAULT_CHART_OPTIONS,
    view,
    focusId: root === undefined ? undefined : basis.model.positions[root].id,
    orientation: options.orientation ?? DEFAULT_CHART_OPTIONS.orientation,
    compact: options.compact ?? DEFAULT_CHART_OPTIONS.compact,
    showDottedLines: options.showDottedLines ?? DEFAULT_CHART_OPTIONS.showDottedLines,
    collapsedIds,
    collapsedUnits: options.collapsedUnits ?? DEFAULT_CHART_OPTIONS.collapsedUnits,
  };
  return buildChartScene(basis, chartOptions, lang, t, undefined, options.changes);
}
