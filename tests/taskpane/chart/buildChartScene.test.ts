import {
  analyzeWorkbook,
  CARD_KIND,
  gridFromSheetSpec,
  operationsCenterWorkbook,
  type SheetGrid,
} from "../../../src/core";
import { translatorFor } from "../../../src/i18n";
import { buildChartScene } from "../../../src/taskpane/chart/buildChartScene";
import { chartBasis } from "../../../src/taskpane/chart/chartBasis";
import { DEFAULT_CHART_OPTIONS, type ChartOptions } from "../../../src/taskpane/chart/chartOptions";

function sample(lang: "en" | "zh-CN" = "en") {
  const [positions, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
  return analyzeWorkbook({ positions, departments }, { lang });
}

const t = translatorFor("en");
const options = (changes: Partial<ChartOptions> = {}): ChartOptions => ({ ...DEFAULT_CHART_OPTIONS, ...changes });

describe("buildChartScene", () => {
  const analysis = sample();
  const basis = chartBasis(analysis);
  const { model } = analysis;

  test("the positions view draws every position once, with the sample's dotted line between two cards", () => {
    const built = buildChartScene(basis, options(), "en", t);
    const shown = [...built.tree.subject].filter((_, card) => built.tree.kind[card] === CARD_KIND.position);
    expect(new Set(shown).size).toBe(model.positions.length);
    const from = model.indexById.get("OC-041")!;
    const to = model.indexById.get("OC-010")!;
    expect(built.scene.dottedLines).toEqual([
      { from: built.tree.cardOfPosition[from], to: built.tree.cardOfPosition[to] },
    ]);
    expect(built.scene.showDottedLines).toBe(true);
    expect(built.scene.label).toBe("Org chart");
    // Every card has content; the colour function agrees with the content's colour.
    for (let card = 0; card < built.tree.count; card++)
      expect(built.scene.colour!(card)).toBe(built.scene.content(card).colour);
  });

  test("collapsed IDs hide reports; the focus view shows one manager's subtree", () => {
    const collapsed = buildChartScene(basis, options({ collapsedIds: new Set(["OC-010"]) }), "en", t);
    const manager = model.indexById.get("OC-010")!;
    const reports = model.childStart[manager + 1] - model.childStart[manager];
    expect(reports).toBeGreaterThan(0);
    const card = collapsed.tree.cardOfPosition[manager];
    expect(collapsed.tree.hiddenReports[card]).toBe(reports);
    expect(collapsed.scene.content(card).hiddenReports).toBe(reports);

    const focus = buildChartScene(basis, options({ view: "focus", focusId: "OC-010" }), "en", t);
    expect(focus.tree.subject[0]).toBe(manager);
    let under = 0;
    for (let p = 0; p < model.positions.length; p++)
      for (let at = p; at >= 0; at = model.parent[at]) if (at === manager) under++;
    expect(focus.tree.count).toBe(under);
    // The sample's dotted line (OC-041 → OC-010) has one end outside OC-010's subtree: not drawn. Focused on the
    // director, both ends are in view: drawn.
    expect(focus.scene.dottedLines).toEqual([]);
    const whole = buildChartScene(basis, options({ view: "focus", focusId: "OC-001" }), "en", t);
    expect(whole.scene.dottedLines).toHaveLength(1);
  });

  test("a focus on an ID no longer in the data falls back to the whole org", () => {
    const built = buildChartScene(basis, options({ view: "focus", focusId: "GONE" }), "en", t);
    expect(built.tree.count).toBeGreaterThanOrEqual(model.positions.length);
  });

  test("the departments view draws units whose positions add up to the org, and collapses a unit by key", () => {
    const built = buildChartScene(basis, options({ view: "departments" }), "en", t);
    expect(built.tree.kind[0]).toBe(CARD_KIND.virtualTop);
    const departments = built.units.filter((unit) => unit.kind === "department");
    expect(departments.reduce((sum, unit) => sum + unit.positions, 0)).toBe(model.positions.length);
    expect(built.scene.dottedLines).toEqual([]);
    const withTeams = departments.find((unit) =>
      built.units.some((u) => u.kind === "team" && u.departmentUnit === built.units.indexOf(unit)),
    )!;
    const folded = buildChartScene(
      basis,
      options({ view: "departments", collapsedUnits: new Set([withTeams.key]) }),
      "en",
      t,
    );
    expect(folded.tree.count).toBeLessThan(built.tree.count);
  });

  test("orientation and compact reach the layout", () => {
    const wide = buildChartScene(basis, options({ compact: false }), "en", t).scene.layout;
    const compact = buildChartScene(basis, options(), "en", t).scene.layout;
    expect(wide.bounds.maxX - wide.bounds.minX).toBeGreaterThan(compact.bounds.maxX - compact.bounds.minX);
    expect(buildChartScene(basis, options({ orientation: "leftRight" }), "en", t).scene.layout.orientation).toBe(
      "leftRight",
    );
  });

  test("costs name the positions paid in another currency", () => {
    const rows: SheetGrid["rows"] = [
      ["Position ID", "Title", "Reports To", "Base Salary", "Currency"],
      ["A", "Head", "", 100, "CNY"],
      ["B", "Member", "A", 50, "CNY"],
      ["C", "Member", "A", 70, "USD"],
    ];
    const other = analyzeWorkbook({ positions: { sheetName: "P", firstRow: 1, firstColumn: 1, rows } }, { lang: "en" });
    const built = buildChartScene(chartBasis(other), options(), "en", t);
    expect(built.currencyNote).toBe("Costs are in CNY and leave out the positions paid in other currencies: 1.");
    expect(buildChartScene(basis, options(), "en", t).currencyNote).toBeUndefined();
  });

  test("Chinese cards and label", () => {
    const zh = sample("zh-CN");
    const built = buildChartScene(chartBasis(zh), options(), "zh-CN", translatorFor("zh-CN"));
    expect(built.scene.label).toBe("组织架构图");
    const vacant = zh.model.positions.findIndex((position) => position.status === "vacant");
    expect(built.scene.content(built.tree.cardOfPosition[vacant]).name).toBe("空缺");
  });
});
