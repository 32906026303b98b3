import type { CardIndex, ChartTree } from "../../core/layout/chartTree";
import type { OrgModel } from "../../core/model/orgModel";
import type { Translate } from "../../i18n";
import type { CardContent } from "../cardContent";
import { lineOf } from "../chartCards";
import type { ChartChanges, RemovedPositionGhost } from "../chartChanges";
import { NO_DEPARTMENT_COLOUR } from "../departmentColours";

/** What a changed card says and how a ghost card reads, over a scene's own content. */
export interface ChangeContentInput {
  tree: ChartTree;
  model: OrgModel;
  /** The tree's own cards; ghosts come after them. */
  baseCount: number;
  ghosts: readonly RemovedPositionGhost[];
  changes: ChartChanges;
  colours: ReadonlyMap<string, string>;
  translate: Translate;
}

/**
 * Each card's content with its change: a position of the plan that was added, moved or changed says so (`change`,
 * and the kind at the end of what a screen reader hears); a ghost card reads as the removed position (its title, the
 * word "Removed", its department). Remembers nothing: the scene's content is asked once per card drawn.
 */
export function contentWithChanges(
  input: ChangeContentInput,
  content: (card: CardIndex) => CardContent,
): (card: CardIndex) => CardContent {
  const { tree, model, baseCount, ghosts, changes, colours, translate: t } = input;
  const separator = t("chart.label.separator");
  return (card) => {
    if (card >= baseCount) {
      const ghost = ghosts[card - baseCount];
      const title = lineOf(ghost.title) || t("chart.card.untitled");
      const name = t("chart.change.removed");
      const department = lineOf(ghost.department);
      return {
        kind: "removed",
        id: ghost.id,
        title,
        name,
        detail: department,
        colour: colours.get(ghost.department) ?? NO_DEPARTMENT_COLOUR,
        reports: 0,
        badges: { reports: "", fte: "", cost: "" },
        findings: 0,
        hiddenReports: 0,
        expanded: false,
        label: [title, name].join(separator),
        change: "removed",
      };
    }
    const base = content(card);
    if (base.id === "" || base.kind === "virtualTop") return base;
    const position = model.positions[tree.subject[card]];
    const kind = position ? changes.kinds.get(position.id) : undefined;
    if (kind === undefined || kind === "unchanged") return base;
    return { ...base, change: kind, label: [base.label, t(`chart.change.${kind}`)].join(separator) };
  };
}
