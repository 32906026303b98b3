import { CARD_KIND, type CardIndex } from "../../core/layout/chartTree";
import type { OrgModel } from "../../core/model/orgModel";
import type { Translate } from "../../i18n";
import type { BuiltChartScene } from "../buildChartScene";
import type { CardContent } from "../cardContent";
import { CARD_TEXT_STYLES, layOutCard, type CardLayout } from "../cardLayout";
import { chartEdges, type ChartEdge } from "../chartEdges";
import { LIGHT_CHART_THEME, type ChartTheme } from "../chartTheme";
import type { TextMeasurer, TextStyle } from "../textMeasure";
import { CHANGE_LEGEND_KINDS, CHANGE_MARKS, type ChangeLegendKind } from "../chartChanges";

/** One card as exported: where it is (drawing px, top-left), what it says and how its text is laid out. */
export interface DrawnCard {
  card: CardIndex;
  x: number;
  y: number;
  content: CardContent;
  layout: CardLayout;
}

export interface LegendEntry {
  name: string;
  colour: string;
}

/** A line of text outside the cards (title, date, legend), its baseline's start. */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  style: TextStyle;
  muted: boolean;
}

/**
 * The chart as every export writer draws it (SVG, PDF, PowerPoint, PNG through SVG): the whole scene with every card
 * laid out, the lines as data, a header (title, date) and a legend, in px from the drawing's top-left corner.
 */
export interface ExportDrawing {
  width: number;
  height: number;
  cardWidth: number;
  cardHeight: number;
  /** The rectangle the chart itself takes (below the header, above the legend). */
  chart: { x: number; y: number; width: number; height: number };
  cards: DrawnCard[];
  edges: ChartEdge[];
  title: DrawnText;
  subtitle: DrawnText;
  legendTitle: DrawnText | null;
  legend: Array<LegendEntry & { x: number; y: number; size: number; label: DrawnText }>;
  /** The chart of a plan: the change kinds' legend (each kind's mark on its colour, its name and count). */
  changeLegendTitle: DrawnText | null;
  changeLegend: Array<{
    kind: ChangeLegendKind;
    mark: string;
    colour: string;
    cx: number;
    cy: number;
    r: number;
    label: DrawnText;
  }>;
  theme: ChartTheme;
  /** BCP 47 language of the text (for PowerPoint's and SVG's lang). */
  lang: string;
  /** The chart's accessible name. */
  label: string;
}

export interface ExportDrawingInput {
  built: BuiltChartScene;
  model: OrgModel;
  title: string;
  /** The date line, already formatted and translated. */
  subtitle: string;
  lang: string;
  translate: Translate;
  measure: TextMeasurer;
  theme?: ChartTheme;
}

const MARGIN = 24;
export const EXPORT_TITLE_STYLE: TextStyle = { size: 20, bold: true };
export const EXPORT_SUBTITLE_STYLE: TextStyle = { size: 12 };
export const EXPORT_LEGEND_STYLE: TextStyle = { size: 11 };
/** Room for the expand control ("+N") that sits across a card's bottom (right left-to-right) edge. */
const TOGGLE_OVERHANG = 10;

/** The departments of the drawn position cards, in the order first drawn, with their colours. */
function legendOf(built: BuiltChartScene, model: OrgModel, contents: CardContent[], t: Translate): LegendEntry[] {
  const { tree } = built;
  const seen = new Map<string, string>();
  for (let card = 0; card < tree.count; card++) {
    const kind = tree.kind[card];
    if (kind === CARD_KIND.virtualTop || kind === CARD_KIND.team) continue;
    const name =
      kind === CARD_KIND.position ? model.positions[tree.subject[card]].department.trim() : contents[card].title;
    const label = name === "" ? t("chart.unit.noDepartment") : name;
    if (!seen.has(label)) seen.set(label, contents[card].colour);
  }
  return [...seen].map(([name, colour]) => ({ name, colour }));
}

/** Lays out the whole chart of `input.built` for export: every card, every line, the header and the legend. */
export function exportDrawing(input: ExportDrawingInput): ExportDrawing {
  const { built, measure, translate: t } = input;
  const theme = input.theme ?? LIGHT_CHART_THEME;
  const { layout } = built.scene;
  const { tree, bounds, cardWidth, cardHeight, orientation } = layout;
  const contents: CardContent[] = [];
  for (let card = 0; card < tree.count; card++) contents.push(built.scene.content(card));

  const titleWidth = measure(input.title, EXPORT_TITLE_STYLE);
  const chartWidth = tree.count === 0 ? 0 : bounds.maxX - bounds.minX + TOGGLE_OVERHANG;
  const chartHeight = tree.count === 0 ? 0 : bounds.maxY - bounds.minY + TOGGLE_OVERHANG;
  const width = Math.ceil(Math.max(chartWidth, titleWidth, 320) + 2 * MARGIN);
  const title: DrawnText = { text: input.title, x: MARGIN, y: MARGIN + 20, style: EXPORT_TITLE_STYLE, muted: false };
  const subtitle: DrawnText = {
    text: input.subtitle,
    x: MARGIN,
    y: MARGIN + 40,
    style: EXPORT_SUBTITLE_STYLE,
    muted: true,
  };
  const chartTop = MARGIN + 64;
  const dx = MARGIN - bounds.minX;
  const dy = chartTop - bounds.minY;

  const cards: DrawnCard[] = [];
  for (let card = 0; card < tree.count; card++) {
    const content = contents[card];
    const cardLayout = layOutCard(content, { width: cardWidth, height: cardHeight, orientation, measure });
    // An export shows what is hidden ("+N"), not the control that hides what is shown.
    if (cardLayout.toggle !== null && !cardLayout.toggle.collapsed) cardLayout.toggle = null;
    cards.push({ card, x: layout.x[card] + dx, y: layout.y[card] + dy, content, layout: cardLayout });
  }
  const edges = chartEdges(layout, built.scene.dottedLines, built.scene.showDottedLines).map((edge) => ({
    ...edge,
    points: edge.points.map((value, i) => value + (i % 2 === 0 ? dx : dy)),
  }));

  // The legend, in rows as wide as the drawing.
  const entries = legendOf(built, input.model, contents, t);
  const legend: ExportDrawing["legend"] = [];
  let legendTitle: DrawnText | null = null;
  let bottom = chartTop + chartHeight;
  if (entries.length > 0) {
    const top = bottom + 24;
    legendTitle = { text: t("export.legend"), x: MARGIN, y: top + 12, style: { size: 12, bold: true }, muted: false };
    let x = MARGIN;
    let y = top + 24;
    for (const entry of entries) {
      const textWidth = measure(entry.name, EXPORT_LEGEND_STYLE);
      const itemWidth = 12 + 6 + textWidth + 18;
      if (x > MARGIN && x + itemWidth > width - MARGIN) {
        x = MARGIN;
        y += 20;
      }
      legend.push({
        ...entry,
        x,
        y,
        size: 12,
        label: { text: entry.name, x: x + 18, y: y + 10, style: EXPORT_LEGEND_STYLE, muted: false },
      });
      x += itemWidth;
    }
    bottom = y + 12;
  }
  // The chart of a plan: what its marks and outlines mean, with the counts.
  const counts = built.scene.changeCounts;
  let changeLegendTitle: DrawnText | null = null;
  const changeLegend: ExportDrawing["changeLegend"] = [];
  if (counts !== undefined) {
    const top = bottom + 20;
    const title = t("chart.change.legend");
    changeLegendTitle = { text: title, x: MARGIN, y: top + 12, style: { size: 12, bold: true }, muted: false };
    let x = MARGIN;
    let y = top + 24;
    for (const kind of CHANGE_LEGEND_KINDS) {
      const text = t("chart.change.legendItem", { label: t(`chart.change.${kind}`), count: counts[kind] });
      const itemWidth = 18 + 6 + measure(text, EXPORT_LEGEND_STYLE) + 18;
      if (x > MARGIN && x + itemWidth > width - MARGIN) {
        x = MARGIN;
        y += 22;
      }
      changeLegend.push({
        kind,
        mark: CHANGE_MARKS[kind],
        colour: theme.changes[kind],
        cx: x + 9,
        cy: y + 7,
        r: 9,
        label: { text, x: x + 24, y: y + 11, style: EXPORT_LEGEND_STYLE, muted: false },
      });
      x += itemWidth;
    }
    bottom = y + 16;
  }
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    cardWidth,
    cardHeight,
    chart: { x: MARGIN, y: chartTop, width: chartWidth, height: chartHeight },
    cards,
    edges,
    title,
    subtitle,
    legendTitle,
    legend,
    changeLegendTitle,
    changeLegend,
    theme,
    lang: input.lang,
    label: built.scene.label,
  };
}

/** A card's outline: the change kind's colour on a plan's changed card (a ghost keeps its own), else its paint's. */
export function cardOutline(
  theme: ChartTheme,
  content: CardContent,
  paint: { stroke: string; strokeWidth: number },
): { stroke: string; width: number } {
  if (content.change !== undefined && content.kind !== "removed")
    return { stroke: theme.changes[content.change], width: theme.changes.outlineWidth };
  return { stroke: paint.stroke, width: paint.strokeWidth };
}

export { CARD_TEXT_STYLES };
