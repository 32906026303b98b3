import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook } from "../../src/core";
import { buildChartScene } from "../../src/chart/buildChartScene";
import { chartBasis } from "../../src/chart/chartBasis";
import { chartEdges } from "../../src/chart/chartEdges";
import { DEFAULT_CHART_OPTIONS } from "../../src/chart/chartOptions";
import { translatorFor } from "../../src/i18n";

const [positions, departments] = operationsCenterWorkbook("en").map(gridFromSheetSpec);
const basis = chartBasis(analyzeWorkbook({ positions, departments }, { lang: "en" }));

describe.each(["topDown", "leftRight"] as const)("chartEdges (%s)", (orientation) => {
  const { scene } = buildChartScene(basis, { ...DEFAULT_CHART_OPTIONS, orientation }, "en", translatorFor("en"));
  const { layout } = scene;
  const edges = chartEdges(layout, scene.dottedLines, true);

  test("one line per card but the first, from its parent, starting and ending on the two cards' sides", () => {
    const solid = edges.filter((edge) => edge.kind !== "dotted");
    expect(solid).toHaveLength(layout.tree.count - 1);
    for (const edge of solid) {
      expect(edge.from).toBe(layout.tree.parent[edge.to]);
      const n = edge.points.length;
      const onSide = (card: number, x: number, y: number, side: string) => {
        const [left, top] = [layout.x[card], layout.y[card]];
        const [right, bottom] = [left + layout.cardWidth, top + layout.cardHeight];
        if (side === "top") expect(y).toBeCloseTo(top);
        if (side === "bottom") expect(y).toBeCloseTo(bottom);
        if (side === "left") expect(x).toBeCloseTo(left);
        if (side === "right") expect(x).toBeCloseTo(right);
      };
      onSide(edge.from, edge.points[0], edge.points[1], edge.fromSide);
      onSide(edge.to, edge.points[n - 2], edge.points[n - 1], edge.toSide);
      // Right angles only.
      for (let i = 2; i < n; i += 2)
        expect(edge.points[i] === edge.points[i - 2] || edge.points[i + 1] === edge.points[i - 1]).toBe(true);
    }
    expect(new Set(solid.map((edge) => edge.kind))).toEqual(new Set(["reporting", "stacked", "assistant"]));
    if (orientation === "topDown")
      expect(solid.filter((e) => e.kind === "reporting").every((e) => e.fromSide === "bottom")).toBe(true);
    else expect(solid.filter((e) => e.kind === "reporting").every((e) => e.fromSide === "right")).toBe(true);
  });

  test("the sample's dotted line is an edge of its own, and none when dotted lines are hidden", () => {
    expect(edges.filter((edge) => edge.kind === "dotted")).toHaveLength(scene.dottedLines.length);
    expect(scene.dottedLines.length).toBeGreaterThan(0);
    expect(chartEdges(layout, scene.dottedLines, false).some((edge) => edge.kind === "dotted")).toBe(false);
  });
});
