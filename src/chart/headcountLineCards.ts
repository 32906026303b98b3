import { CARD_KIND, type CardIndex, type ChartTree } from "../core/layout/chartTree";
import type { OrgModel } from "../core/model/orgModel";
import { positionColumnsOf } from "../core/model/positionColumns";
import type { PositionRollups } from "../core/rollup/positionRollups";
import type { Lang, MessageKey, Translate } from "../i18n";
import type { CardContent } from "./cardContent";
import { badgeFormat } from "./formatBadge";

/**
 * The cards of an org with headcount lines (rows with a count of posts; see docs/cost.md): a line's card is titled
 * "3 × Copy Editor" / "3 × 文案编辑", and a manager's direct reports count each line as its posts (a manager with one
 * line of 3 has 3 direct reports), as the span checks count them. The card content is otherwise the one
 * `cardContentFor` gives; an org without a count column gets that content unchanged.
 */
export function withHeadcountLines(
  content: (card: CardIndex) => CardContent,
  tree: ChartTree,
  model: OrgModel,
  rollups: PositionRollups,
  lang: Lang,
  t: Translate,
): (card: CardIndex) => CardContent {
  const linePosts = positionColumnsOf(model).posts;
  if (linePosts === undefined) return content;
  const seats = rollups.posts;
  const format = badgeFormat(lang, rollups.currency, t);
  const reportsPart = (count: number): string =>
    count === 0
      ? t("chart.label.reports.none")
      : t(`chart.label.reports.${count === 1 ? "one" : "other"}` as MessageKey, { count: format.count(count) });
  return (card) => {
    const own = content(card);
    if (card < 0 || card >= tree.count || tree.kind[card] !== CARD_KIND.position) return own;
    const p = tree.subject[card];
    if (p < 0 || p >= seats.length) return own;
    let reports = 0;
    for (let c = model.childStart[p]; c < model.childStart[p + 1]; c++) reports += seats[model.childIndex[c]];
    const line = linePosts[p] === linePosts[p];
    if (!line && reports === own.reports) return own;
    const title = line ? t("chart.card.line", { count: format.count(seats[p]), title: own.title }) : own.title;
    let label = own.label.startsWith(own.title) ? title + own.label.slice(own.title.length) : own.label;
    if (reports !== own.reports) label = label.replace(reportsPart(own.reports), reportsPart(reports));
    return {
      ...own,
      title,
      reports,
      badges: { ...own.badges, reports: reports > 0 ? format.count(reports) : "" },
      label,
    };
  };
}
