import { buildPositionTree } from "../core/layout/buildPositionTree";
import { CARD_KIND, type CardIndex, type ChartTree } from "../core/layout/chartTree";
import type { OrgModel } from "../core/model/orgModel";
import { buildDepartmentTree } from "../core/rollup/buildDepartmentTree";
import type { UnitRollup } from "../core/rollup/unitRollup";
import { cardColourFor, cardContentFor } from "./chartCards";
import type { CardEditValues, ChartScene, DottedLine } from "./chartScene";
import type { Lang, Translate } from "../i18n";
import type { ChartBasis } from "./chartBasis";
import type { ChartOptions } from "./chartOptions";
import { collapsedFlagsOf } from "./collapsedIds";
import { changeColoursFor } from "./chartTheme";
import { contentWithChanges } from "./changes/changeContent";
import { withGhostCards } from "./changes/withGhostCards";
import { countChanges, type ChartChanges } from "./chartChanges";
import { withHeadcountLines } from "./headcountLineCards";
import { withGlanceCardWidth } from "./glanceCardWidth";

/** A scene and what the pane needs to map its cards back to positions. */
export interface BuiltChartScene {
  scene: ChartScene;
  tree: ChartTree;
  /** The departments view's units (empty in the positions views). */
  units: readonly UnitRollup[];
  colours: ReadonlyMap<string, string>;
  /** Says that costs leave out positions paid in other currencies; undefined when none are. */
  currencyNote?: string;
}

/**
 * The tree the options ask for (positions, departments or one manager's subtree), laid out, with its cards' content.
 * `paneAspect` (the chart's width / height, see {@link paneAspectOf}): managers whose reports side by side would be
 * much wider than the pane have them wrapped into rows; omitted, none are.
 */
export function buildChartScene(
  basis: ChartBasis,
  options: ChartOptions,
  lang: Lang,
  t: Translate,
  paneAspect?: number,
  /**
   * The chart of a plan coloured by change: each position's change kind and the baseline's removed positions (drawn
   * as ghost cards under their baseline manager). Positions views only; the departments view is not coloured.
   */
  changes?: ChartChanges,
): BuiltChartScene {
  const { model, rollups } = basis;
  let tree: ChartTree;
  let focus: number | undefined;
  let units: readonly UnitRollup[] = [];
  if (options.view === "departments") {
    const departments = buildDepartmentTree(model, rollups, { collapsed: options.collapsedUnits });
    tree = departments.tree;
    units = departments.units;
  } else {
    focus =
      options.view === "focus" && options.focusId !== undefined ? model.indexById.get(options.focusId) : undefined;
    tree = buildPositionTree(model, { collapsed: collapsedFlagsOf(model, options.collapsedIds), focus });
  }
  const coloured = changes !== undefined && options.view !== "departments";
  const ghosted = coloured ? withGhostCards(tree, model, changes.removed, focus === undefined) : undefined;
  if (ghosted) tree = ghosted.tree;
  const layout = withGlanceCardWidth(tree, {
    orientation: options.orientation,
    compact: options.compact,
    wrapAspect: paneAspect,
  });
  const ownContent = withHeadcountLines(
    cardContentFor({
      tree,
      model,
      rollups,
      units,
      findings: basis.findings,
      colours: basis.colours,
      lang,
      translate: t,
    }),
    tree,
    model,
    rollups,
    lang,
    t,
  );
  const content =
    ghosted && changes
      ? contentWithChanges(
          {
            tree,
            model,
            baseCount: ghosted.baseCount,
            ghosts: ghosted.ghosts,
            changes,
            colours: basis.colours,
            translate: t,
          },
          ownContent,
        )
      : ownContent;
  const dottedLines: DottedLine[] = [];
  if (options.view !== "departments")
    for (const line of model.dottedLines) {
      const from = tree.cardOfPosition[line.from];
      const to = tree.cardOfPosition[line.to];
      if (from >= 0 && to >= 0) dottedLines.push({ from, to });
    }
  const scene: ChartScene = {
    layout,
    content,
    // The departments view's cards are few: their content gives their colour.
    colour: options.view === "departments" ? undefined : cardColourFor(tree, model, basis.colours, content),
    editValues: options.view === "departments" ? undefined : (card) => editValuesOf(tree, model, card),
    dottedLines,
    showDottedLines: options.showDottedLines,
    label: t("ui.orgChart.label"),
    ...(ghosted && changes
      ? {
          changeCounts: countChanges({ ...changes, removed: ghosted.ghosts }),
          changeColours: changeColoursFor(basis.theme ?? "light"),
        }
      : {}),
  };
  const other = rollups.totals.otherCurrency;
  const currencyNote =
    other > 0 && rollups.currency !== ""
      ? t("ui.orgChart.otherCurrencies", { currency: rollups.currency, count: other })
      : undefined;
  return { scene, tree, units, colours: basis.colours, currencyNote };
}

/**
 * The chart's aspect (width / height) in steps of a quarter power of two (…, 1, 1.19, 1.41, 1.68, 2, …), so that the
 * layout is redone only when the pane's shape changes noticeably; undefined for a size not known yet.
 */
export function paneAspectOf(width: number, height: number): number | undefined {
  if (!(width > 0) || !(height > 0)) return undefined;
  return Math.pow(2, Math.round(Math.log2(width / height) * 4) / 4);
}

/** A position card's values for the card menu's editors; undefined for any other card. */
function editValuesOf(tree: ChartTree, model: OrgModel, card: CardIndex): CardEditValues | undefined {
  if (card < 0 || card >= tree.count || tree.kind[card] !== CARD_KIND.position) return undefined;
  const position = model.positions[tree.subject[card]];
  return position ? { fte: position.fte, baseSalary: position.baseSalary, status: position.status } : undefined;
}
