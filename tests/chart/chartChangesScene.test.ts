import { analyzeWorkbook, CARD_KIND, gridFromSheetSpec, operationsCenterWorkbook } from "../../src/core";
import { buildChartScene } from "../../src/chart/buildChartScene";
import { chartBasis } from "../../src/chart/chartBasis";
import { DEFAULT_CHART_OPTIONS, type ChartOptions } from "../../src/chart/chartOptions";
import type { ChartChanges } from "../../src/chart/chartChanges";
import { chartChangesOf, countChanges } from "../../src/chart/chartChanges";
import { comparePlans } from "../../src/core/compare/planComparison";
import { sideOf } from "../core/compare/planSide";
import { translatorFor } from "../../src/i18n";

function sample(lang: "en" | "zh-CN" = "en") {
  const [positions, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
  return analyzeWorkbook({ positions, departments }, { lang });
}

const t = translatorFor("en");
const options = (changes: Partial<ChartOptions> = {}): ChartOptions => ({ ...DEFAULT_CHART_OPTIONS, ...changes });

describe("the chart of a plan coloured by change", () => {
  const analysis = sample();
  const basis = chartBasis(analysis);
  const { model } = analysis;
  const ids = model.positions.map((position) => position.id);
  // A manager below the top (so the ghost at the root and the one under it hang apart).
  const managerIndex = model.positions.findIndex(
    (_, p) => !model.roots.includes(p) && model.childStart[p + 1] > model.childStart[p],
  );
  const manager = model.positions[managerIndex].id;
  const changes: ChartChanges = {
    kinds: new Map([
      [ids[3], "added"],
      [ids[5], "moved"],
      [ids[7], "changed"],
      [ids[9], "unchanged"],
    ]),
    removed: [
      { id: "GONE-1", title: "Old analyst", department: model.positions[0].department, ghostParent: manager },
      { id: "GONE-2", title: "Old chief", department: "", ghostParent: "NOT-IN-PLAN" },
    ],
  };

  test("cards carry their change kind and say it to a screen reader; unchanged cards carry none", () => {
    const built = buildChartScene(basis, options(), "en", t, undefined, changes);
    const contentOf = (id: string) => built.scene.content(built.tree.cardOfPosition[model.indexById.get(id)!]);
    expect(contentOf(ids[3]).change).toBe("added");
    expect(contentOf(ids[3]).label).toMatch(/, Added$/);
    expect(contentOf(ids[5]).change).toBe("moved");
    expect(contentOf(ids[7]).change).toBe("changed");
    expect(contentOf(ids[9]).change).toBeUndefined();
    expect(contentOf(ids[1]).change).toBeUndefined();
    expect(built.scene.changeCounts).toEqual({ added: 1, moved: 1, changed: 1, removed: 2 });
  });

  test("removed positions are ghost cards after every other card: under their baseline manager, or at the root", () => {
    const plain = buildChartScene(basis, options(), "en", t);
    const built = buildChartScene(basis, options(), "en", t, undefined, changes);
    const base = plain.tree.count;
    expect(built.tree.count).toBe(base + 2);
    // The plan's own cards keep their indices and parents.
    expect([...built.tree.parent.subarray(0, base)]).toEqual([...plain.tree.parent]);
    const managerCard = built.tree.cardOfPosition[model.indexById.get(manager)!];
    expect(built.tree.kind[base]).toBe(CARD_KIND.removed);
    expect(built.tree.parent[base]).toBe(managerCard);
    expect(built.tree.parent[base + 1]).toBe(0);
    // The ghost is its manager's last report, one layer below it.
    const last = built.tree.childStart[managerCard + 1] - 1;
    expect(built.tree.childIndex[last]).toBe(base);
    expect(built.tree.depth[base]).toBe(built.tree.depth[managerCard] + 1);
    const ghost = built.scene.content(base);
    expect(ghost).toMatchObject({ kind: "removed", id: "GONE-1", title: "Old analyst", name: "Removed" });
    expect(ghost.change).toBe("removed");
    expect(built.scene.colour!(base)).toBe(ghost.colour);
    // Laid out like any card, not on top of another.
    const { layout } = built.scene;
    for (let card = 0; card < base; card++)
      expect(layout.x[card] === layout.x[base] && layout.y[card] === layout.y[base]).toBe(false);
  });

  test("a collapsed manager keeps its ghosts hidden with its reports; the departments view is not coloured", () => {
    const collapsed = buildChartScene(
      basis,
      options({ collapsedIds: new Set([manager]) }),
      "en",
      t,
      undefined,
      changes,
    );
    expect(collapsed.scene.changeCounts?.removed).toBe(1);
    const departments = buildChartScene(basis, options({ view: "departments" }), "en", t, undefined, changes);
    expect(departments.scene.changeCounts).toBeUndefined();
    expect([...departments.tree.kind].includes(CARD_KIND.removed)).toBe(false);
  });

  test("Chinese words for the ghost and the kinds", () => {
    const zh = sample("zh-CN");
    const built = buildChartScene(chartBasis(zh), options(), "zh-CN", translatorFor("zh-CN"), undefined, {
      kinds: new Map([[zh.model.positions[2].id, "moved"]]),
      removed: [{ id: "X", title: "旧岗位", department: "", ghostParent: "" }],
    });
    const ghost = built.scene.content(built.tree.count - 1);
    expect(ghost.name).toBe("已删除");
    const moved = built.scene.content(built.tree.cardOfPosition[2]);
    expect(moved.label.endsWith("已调动")).toBe(true);
  });

  test("counts leave unchanged positions out", () => {
    expect(countChanges(changes)).toEqual({ added: 1, moved: 1, changed: 1, removed: 2 });
  });

  test("a position card's values for the editors", () => {
    const built = buildChartScene(basis, options(), "en", t);
    const card = built.tree.cardOfPosition[3];
    const position = model.positions[3];
    expect(built.scene.editValues!(card)).toEqual({
      fte: position.fte,
      baseSalary: position.baseSalary,
      status: position.status,
    });
    expect(built.scene.editValues!(-1)).toBeUndefined();
  });
});

describe("the chart of a plan from a real comparison", () => {
  const CEO = ["1", "CEO", "", "Ann", "Exec", "Filled", 1, 120000, "Testville", null, null];
  test("added, moved and changed cards, and the removed position as a ghost under its nearest remaining ancestor", () => {
    const baseline = sideOf([
      CEO,
      ["2", "Ops Lead", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["3", "Agent", "2", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null],
      ["4", "Agent", "2", "Di", "Ops", "Filled", 1, 48000, "Testville", null, null],
    ]);
    const plan = sideOf([
      CEO,
      ["2", "Ops Manager", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["3", "Agent", "1", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null],
      ["5", "Analyst", "1", "", "Ops", "Planned", 1, 50000, "Testville", null, null],
    ]);
    const comparison = comparePlans(baseline, plan);
    const analysis = plan.analysis;
    const built = buildChartScene(chartBasis(analysis), options(), "en", t, undefined, chartChangesOf(comparison));
    const model = analysis.model;
    const kindOf = (id: string) => built.scene.content(built.tree.cardOfPosition[model.indexById.get(id)!]).change;
    expect(kindOf("1")).toBeUndefined();
    expect(kindOf("2")).toBe("changed");
    expect(kindOf("3")).toBe("moved");
    expect(kindOf("5")).toBe("added");
    const ghost = built.tree.count - 1;
    expect(built.tree.kind[ghost]).toBe(CARD_KIND.removed);
    expect(built.scene.content(ghost)).toMatchObject({ id: "4", title: "Agent", detail: "Ops", change: "removed" });
    expect(built.tree.parent[ghost]).toBe(built.tree.cardOfPosition[model.indexById.get("2")!]);
    expect(built.scene.changeCounts).toEqual({ added: 1, moved: 1, changed: 1, removed: 1 });
  });
});
