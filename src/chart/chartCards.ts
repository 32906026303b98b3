import { CARD_KIND, type CardIndex, type ChartTree } from "../core/layout/chartTree";
import { spanOf, type OrgModel, type PositionIndex } from "../core/model/orgModel";
import type { Position } from "../core/model/position";
import type { PositionRollups } from "../core/rollup/positionRollups";
import { normalizeUnitName } from "../core/rollup/unitName";
import { teamUnitKey, type UnitRollup } from "../core/rollup/unitRollup";
import { translatorFor, type Lang, type MessageKey, type Translate } from "../i18n";
import type { CardContent } from "./cardContent";
import { NO_DEPARTMENT_COLOUR, ORG_COLOUR } from "./departmentColours";
import { badgeFormat } from "./formatBadge";

/** What the cards are worked out from. */
export interface CardContentInput {
  tree: ChartTree;
  model: OrgModel;
  rollups: PositionRollups;
  /** The departments view's units (`buildDepartmentTree`); the tree's department and team cards index them. */
  units?: readonly UnitRollup[];
  /** Findings per position: counts by position index (`countFindingsByPosition`) or a map; omitted: none. */
  findings?: Int32Array | ReadonlyMap<PositionIndex, number>;
  /** Department colours (`departmentColours`), keyed by department as written. */
  colours: ReadonlyMap<string, string>;
  lang: Lang;
  /** Defaults to `translatorFor(lang)`. */
  translate?: Translate;
  /** The virtual top's title; default the translated "Organisation". */
  orgName?: string;
}

/**
 * A department's colour as the cards show it: the name as written, else another spelling of it (case, spaces,
 * full width), else the no-department grey. Remembers each text asked for.
 */
function departmentColourLookup(colours: ReadonlyMap<string, string>): (department: string) => string {
  const colourByText = new Map<string, string>();
  let colourByKey: Map<string, string> | undefined;
  return (department) => {
    let colour = colourByText.get(department) ?? colours.get(department);
    if (colour === undefined) {
      colourByKey ??= new Map([...colours].map(([name, c]) => [normalizeUnitName(name), c]));
      const key = normalizeUnitName(department);
      colour = key === "" ? NO_DEPARTMENT_COLOUR : (colourByKey.get(key) ?? NO_DEPARTMENT_COLOUR);
    }
    colourByText.set(department, colour);
    return colour;
  };
}

/**
 * Each card's colour alone, for the zoomed-out drawing where thousands of cards are plain rectangles: a position
 * card's department colour without working out the rest of its content (the same colour `content` gives it).
 */
export function cardColourFor(
  tree: ChartTree,
  model: OrgModel,
  colours: ReadonlyMap<string, string>,
  content: (card: CardIndex) => CardContent,
): (card: CardIndex) => string {
  const colourOf = departmentColourLookup(colours);
  return (card) =>
    tree.kind[card] === CARD_KIND.position
      ? colourOf(model.positions[tree.subject[card]].department)
      : content(card).colour;
}

/**
 * Cell text as one line of a card: line breaks (Alt+Enter in a cell), tabs and other control characters become
 * spaces, runs of spaces one. Only what is drawn changes; the model keeps the cell as it is.
 */
export function lineOf(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text) ? text.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim() : text;
}

/** Widest list of a shared post's holders written out on a card, in Latin characters (a CJK character counts two). */
const HOLDERS_LINE_WIDTH = 24;

/** A text's width in Latin characters: CJK and other wide characters count two. */
function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return width;
}

/**
 * Who holds a filled position, as lines to show: every holder of a shared post, "Not disclosed" (localized) for a
 * holder the sheet does not name ("N/D", "未公开"); empty when nobody is named and nothing is undisclosed.
 */
export function holderNames(position: Position, t: Translate): string[] {
  const line = (name: string): string => (name === "" ? t("chart.card.undisclosed") : lineOf(name));
  if (position.holders !== undefined && position.holders.length > 0) return position.holders.map(line);
  if (position.undisclosed) return [t("chart.card.undisclosed")];
  return position.name === "" ? [] : [lineOf(position.name)];
}

type Plural = "chart.card.positions" | "chart.label.reports" | "chart.label.findings" | "chart.label.tops";

/**
 * The content of each card of `input.tree`, worked out when asked for (the renderer asks only for the cards in
 * view). Every string is cell text or translated, to be set as text content. Nothing is cached beyond this
 * closure: a department's colour per spelling, and the findings per unit once a unit card is asked for.
 *
 * Positions: title (or "Untitled position"), the holder (or Vacant / Planned / Closed), the grade; badges for
 * direct reports (when there are any), FTE under (the position's own FTE and its reports'; shown on managers and on
 * positions whose FTE is not 1) and cost under (managers only, when the org has salaries, so that no one's own
 * salary is printed on the chart). Units: the unit's name, its head, "Department · Team" for a team and the head's
 * title for a department; badges for positions, FTE and cost. The virtual top: the org's name and its totals.
 */
export function cardContentFor(input: CardContentInput): (card: CardIndex) => CardContent {
  const { tree, model, rollups, units, findings, lang } = input;
  const t = input.translate ?? translatorFor(lang);
  const format = badgeFormat(lang, rollups.currency, t);
  const separator = t("chart.label.separator");
  const plural = (key: Plural, count: number): string =>
    t(`${key}.${count === 1 ? "one" : "other"}` as MessageKey, { count: format.count(count) });
  const costBadge = (cost: number): string => (rollups.hasSalaries && cost > 0 ? format.cost(cost) : "");

  const colourOf = departmentColourLookup(input.colours);

  const findingsOf = (p: PositionIndex): number =>
    findings === undefined ? 0 : findings instanceof Int32Array ? (findings[p] ?? 0) : (findings.get(p) ?? 0);
  let unitFindings: Int32Array | undefined;
  const findingsOfUnit = (u: number): number => {
    if (findings === undefined || units === undefined) return 0;
    if (unitFindings === undefined) unitFindings = countUnitFindings(model, units, findingsOf);
    return unitFindings[u];
  };

  /** Every holder of a shared post (job share, handover) as lines, when it has more than one. */
  const sharedHolders = (position: Position): string[] | undefined =>
    position.holders !== undefined && position.holders.length > 1 ? holderNames(position, t) : undefined;

  /**
   * The second line for a position: its holder, or what it is when nobody holds it. A shared post names its
   * holders, "Ann Lee, Bo Chen" when they fit the card, else "Ann Lee +2" (the label names them all).
   */
  const holderOf = (position: Position): string => {
    switch (position.status) {
      case "vacant":
        return t("chart.card.vacant");
      case "planned":
        return t("chart.card.planned");
      case "closed":
        return lineOf(position.name) || t("chart.card.closed");
      default: {
        const holders = sharedHolders(position);
        if (holders === undefined) return holderNames(position, t)[0] ?? "";
        const all = holders.join(separator);
        return textWidth(all) <= HOLDERS_LINE_WIDTH
          ? all
          : t("chart.card.moreHolders", { name: holders[0], count: format.count(holders.length - 1) });
      }
    }
  };

  /** The holders as a screen reader hears them and the tooltip shows them: every one. */
  const holderLabelOf = (position: Position, name: string): string => {
    const holders = position.status === "filled" ? sharedHolders(position) : undefined;
    return holders === undefined ? name : holders.join(separator);
  };

  /** The label's closing parts: reports hidden by collapsing, findings. */
  const closingParts = (parts: string[], hidden: number, findingCount: number): string => {
    if (hidden > 0) parts.push(t("chart.label.hidden", { count: format.count(hidden) }));
    if (findingCount > 0) parts.push(plural("chart.label.findings", findingCount));
    return parts.join(separator);
  };

  const positionCard = (card: CardIndex, p: PositionIndex): CardContent => {
    const position = model.positions[p];
    const status = position.status;
    const title = lineOf(position.title) || t("chart.card.untitled");
    const name = holderOf(position);
    const reports = spanOf(model, p);
    const manager = rollups.positionsUnder[p] > 0;
    const showFte = manager || (status !== "closed" && rollups.fte[p] !== 1);
    const hiddenReports = tree.hiddenReports[card];
    const findingCount = findingsOf(p);
    const reportsPart = reports === 0 ? t("chart.label.reports.none") : plural("chart.label.reports", reports);
    return {
      kind: status,
      id: position.id,
      title,
      name,
      detail: lineOf(position.grade),
      colour: colourOf(position.department),
      reports,
      badges: {
        reports: reports > 0 ? format.count(reports) : "",
        fte: showFte ? format.fte(rollups.fteUnder[p]) : "",
        cost: manager ? costBadge(rollups.costUnder[p]) : "",
      },
      findings: findingCount,
      hiddenReports,
      expanded: tree.childStart[card + 1] > tree.childStart[card],
      label: closingParts(
        name === "" ? [title, reportsPart] : [title, holderLabelOf(position, name), reportsPart],
        hiddenReports,
        findingCount,
      ),
    };
  };

  const unitCard = (card: CardIndex, u: number): CardContent => {
    if (units === undefined || units[u] === undefined) throw new Error(`Card ${card} stands for unit ${u}, not given`);
    const unit = units[u];
    const department = unit.noDepartment ? t("chart.unit.noDepartment") : unit.department;
    const head = model.positions[unit.head];
    const title = unit.kind === "team" ? unit.team : department;
    const name = holderOf(head);
    const hiddenReports = tree.hiddenReports[card];
    const findingCount = findingsOfUnit(u);
    const parts = [title, t(unit.kind === "team" ? "chart.label.team" : "chart.label.department")];
    if (name !== "") parts.push(t("chart.label.head", { name }));
    parts.push(plural("chart.card.positions", unit.positions));
    if (unit.vacant > 0) parts.push(t("chart.label.vacant", { count: format.count(unit.vacant) }));
    return {
      kind: unit.kind,
      id: "",
      title,
      name,
      detail:
        unit.kind === "team"
          ? t("chart.card.unitDetail", { department, team: lineOf(unit.team) })
          : head.title || t("chart.card.untitled"),
      colour: colourOf(unit.department),
      reports: unit.positions,
      badges: { reports: format.count(unit.positions), fte: format.fte(unit.fte), cost: costBadge(unit.cost) },
      findings: findingCount,
      hiddenReports,
      expanded: tree.childStart[card + 1] > tree.childStart[card],
      label: closingParts(parts, hiddenReports, findingCount),
    };
  };

  const virtualTopCard = (card: CardIndex): CardContent => {
    const { totals } = rollups;
    const title = input.orgName || t("chart.card.org");
    const name = plural("chart.card.positions", totals.positions);
    const departmentsView = units !== undefined;
    const reports = departmentsView ? totals.positions : model.roots.length;
    const hiddenReports = tree.hiddenReports[card];
    const parts = departmentsView ? [title, name] : [title, name, plural("chart.label.tops", reports)];
    return {
      kind: "virtualTop",
      id: "",
      title,
      name,
      detail: "",
      colour: ORG_COLOUR,
      reports,
      badges: { reports: format.count(reports), fte: format.fte(totals.fte), cost: costBadge(totals.cost) },
      findings: 0,
      hiddenReports,
      expanded: tree.childStart[card + 1] > tree.childStart[card],
      label: closingParts(parts, hiddenReports, 0),
    };
  };

  return (card) => {
    const subject = tree.subject[card];
    switch (tree.kind[card]) {
      case CARD_KIND.position:
        return positionCard(card, subject);
      case CARD_KIND.department:
      case CARD_KIND.team:
        return unitCard(card, subject);
      default:
        return virtualTopCard(card);
    }
  };
}

/** Findings on each unit's positions (a department's include its teams'). */
function countUnitFindings(
  model: OrgModel,
  units: readonly UnitRollup[],
  findingsOf: (p: PositionIndex) => number,
): Int32Array {
  const counts = new Int32Array(units.length);
  const unitByKey = new Map(units.map((unit, u) => [unit.key, u]));
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = normalizeUnitName(text)));
    return key;
  };
  for (let p = 0; p < model.positions.length; p++) {
    const count = findingsOf(p);
    if (count === 0) continue;
    const position = model.positions[p];
    const departmentKey = keyOf(position.department);
    const department = unitByKey.get(departmentKey);
    if (department !== undefined) counts[department] += count;
    const team = position.team === "" ? undefined : unitByKey.get(teamUnitKey(departmentKey, keyOf(position.team)));
    if (team !== undefined) counts[team] += count;
  }
  return counts;
}
