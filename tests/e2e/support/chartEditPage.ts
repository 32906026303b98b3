/**
 * The chart-editing test page: the real chart (OrgChartView, the scene built as the pane builds it) on the sample
 * shown as a plan against the sample itself, coloured by change by the real comparison, editable. Bundled by esbuild
 * (chartEditHarness.ts); the test reads the edits the chart emits from `window.chartEdits`, and a card's layout as the
 * exports get it from `window.chartCardLayout(card)`.
 */
import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook, type SheetGrid } from "../../../src/core";
import { buildChartScene } from "../../../src/chart/buildChartScene";
import { layOutCard } from "../../../src/chart/cardLayout";
import { chartBasis } from "../../../src/chart/chartBasis";
import { chartChangesOf } from "../../../src/chart/chartChanges";
import { DEFAULT_CHART_OPTIONS } from "../../../src/chart/chartOptions";
import { CHART_FONT_FAMILY } from "../../../src/chart/chartStyles";
import { reducedCardFont } from "../../../src/chart/levelOfDetail";
import { OrgChartView } from "../../../src/chart/orgChartView";
import { canvasTextMeasurer } from "../../../src/chart/textMeasure";
import { comparePlans } from "../../../src/core/compare/planComparison";
import type { ScenarioEdit } from "../../../src/core/scenario/scenarioEdit";
import { translatorFor, type Lang } from "../../../src/i18n";

interface HarnessConfig {
  lang: Lang;
  theme: "light" | "dark";
  coloured: boolean;
}

const config = (window as unknown as { harnessConfig: HarnessConfig }).harnessConfig;
const { lang } = config;
const t = translatorFor(lang);

/** The plan: OC-013 moved under OC-014, OC-012 retitled, OC-900 a planned hire, OC-016 and OC-019 removed. */
function planOf(grid: SheetGrid): SheetGrid {
  const [header, ...rows] = grid.rows;
  // The sample's columns, the same in both languages (its headers are Chinese in Chinese).
  const columns = ["Position ID", "Title", "Department", "Team", "Reports To", "Dotted Line To", "Name"];
  const column = (name: string) => (name === "Status" ? 11 : columns.indexOf(name));
  const id = column("Position ID");
  const kept = rows.filter((row) => row[id] !== "OC-016" && row[id] !== "OC-019").map((row) => [...row]);
  const row = (key: string) => kept.find((r) => r[id] === key)!;
  row("OC-013")[column("Reports To")] = "OC-014";
  row("OC-012")[column("Title")] = lang === "zh-CN" ? "高级产品专员" : "Senior Product Specialist";
  const hire = [...row("OC-012")];
  hire[id] = "OC-900";
  hire[column("Title")] = lang === "zh-CN" ? "数据分析师" : "Data Analyst";
  hire[column("Reports To")] = "OC-010";
  hire[column("Name")] = null;
  hire[column("Status")] = lang === "zh-CN" ? "计划" : "Planned";
  kept.push(hire);
  return { ...grid, rows: [header, ...kept] };
}

const [baselineGrid, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
const baseline = analyzeWorkbook({ positions: baselineGrid, departments }, { lang });
const plan = analyzeWorkbook({ positions: planOf(baselineGrid), departments }, { lang });
const changes = config.coloured ? chartChangesOf(comparePlans({ analysis: baseline }, { analysis: plan })) : undefined;
const built = buildChartScene(chartBasis(plan, config.theme), DEFAULT_CHART_OPTIONS, lang, t, 1.4, changes);

const edits: ScenarioEdit[] = [];
const container = document.getElementById("chart")!;
const view = new OrgChartView(container, {
  lang,
  t,
  animate: false,
  editable: true,
  onEdit: (edit) => edits.push(edit),
  onActivate: (card) => view.select(card),
});
view.setScene(built.scene);

// The card layout the exports draw, with a canvas measurer in the chart's font as the chart's own (orgChartCardLayout).
const measure = canvasTextMeasurer(document, CHART_FONT_FAMILY)!;

Object.assign(window, {
  chartEdits: edits,
  chartView: view,
  chartCardLayout: (card: number) => {
    const { layout } = built.scene;
    const reduced = view.renderNow().lod === "titles" ? reducedCardFont(view.viewState().k) : 0;
    const size = { width: layout.cardWidth, height: layout.cardHeight, orientation: layout.orientation };
    return layOutCard(built.scene.content(card), { ...size, measure, reducedFont: reduced });
  },
  chartCardOf: (id: string) => {
    const index = plan.model.indexById.get(id);
    return index === undefined ? -1 : built.tree.cardOfPosition[index];
  },
});
