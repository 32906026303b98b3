import { defaultExportSettings, exportOptionsFor } from "../../../src/chart/export/paneExportSettings";
import { planDeck } from "../../../src/chart/export/planDeck";
import { DEFAULT_CHART_OPTIONS, type ChartOptions } from "../../../src/chart/chartOptions";
import { sampleExport } from "./sampleExport";

const pane: ChartOptions = {
  ...DEFAULT_CHART_OPTIONS,
  view: "focus",
  focusId: "OC-002",
  orientation: "leftRight",
  collapsedIds: new Set(["OC-003"]),
};

test("the dialog's settings over the pane's options: as shown, the whole org, the selected position's team", () => {
  const settings = defaultExportSettings(pane, "en");
  expect(settings.orientation).toBe("leftRight");
  expect(exportOptionsFor(settings, pane, undefined)).toMatchObject({
    view: "positions",
    root: "OC-002",
    collapsedIds: pane.collapsedIds,
    orientation: "leftRight",
  });
  const whole = exportOptionsFor({ ...settings, scope: "whole" }, pane, "OC-005");
  expect(whole.root).toBeUndefined();
  expect(whole.collapsedIds?.size).toBe(0);
  const team = exportOptionsFor({ ...settings, scope: "selected", depth: 2 }, pane, "OC-005");
  expect(team).toMatchObject({ view: "positions", root: "OC-005", depth: 2 });
  // "Selected" with nothing selected is the chart as shown.
  expect(exportOptionsFor({ ...settings, scope: "selected" }, pane, undefined).root).toBe("OC-002");
  // Every layer: nothing collapsed, no depth.
  const all = exportOptionsFor({ ...settings, depth: 0 }, { ...pane, view: "positions" }, undefined);
  expect(all.depth).toBeUndefined();
  expect(all.collapsedIds?.size).toBe(0);
});

test("PowerPoint: one slide, or a deck of the overview, the top and a slide per department head's team", async () => {
  const { basis, context, analysis } = await sampleExport("en");
  const one = planDeck(basis, { view: "positions" }, context, "slide");
  expect(one).toHaveLength(1);
  const deck = planDeck(basis, { view: "positions" }, context, "deck");
  expect(deck[0].title).toBe(context.translate("export.overview"));
  // The top with its reports, then one slide for each report with a team of its own.
  const top = analysis.model.roots[0];
  const heads = [];
  for (let i = analysis.model.childStart[top]; i < analysis.model.childStart[top + 1]; i++) {
    const child = analysis.model.childIndex[i];
    if (analysis.model.childStart[child + 1] > analysis.model.childStart[child]) heads.push(child);
  }
  expect(deck.length).toBeGreaterThanOrEqual(2 + heads.length);
  expect(deck[1].drawing.cards.length).toBe(1 + analysis.model.childStart[top + 1] - analysis.model.childStart[top]);
  for (const head of heads)
    expect(deck.some((slide) => slide.drawing.cards[0].content.id === analysis.model.positions[head].id)).toBe(true);
});
