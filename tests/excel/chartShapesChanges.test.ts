import { chartBasis } from "../../src/chart/chartBasis";
import type { ChartChanges } from "../../src/chart/chartChanges";
import { LIGHT_CHART_THEME } from "../../src/chart/chartTheme";
import { svgExport } from "../../src/chart/export/exportFiles";
import { SHAPES_TOP, SHAPES_TOP_WITH_LEGEND, sheetShapesPlan } from "../../src/chart/export/sheetShapesPlan";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook } from "../../src/core";
import { writeChartSheet } from "../../src/excel/chartShapesSheet";
import { translatorFor, type Lang } from "../../src/i18n";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";

jest.setTimeout(120_000);

/** The sample as the chart of a plan: one added, one moved, one changed position, and one removed (a ghost). */
function planChart(lang: Lang, withChanges = true) {
  const [positions, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
  const analysis = analyzeWorkbook({ positions, departments }, { lang });
  const ids = analysis.model.positions.map((position) => position.id);
  const changes: ChartChanges = {
    kinds: new Map([
      [ids[1], "added"],
      [ids[2], "moved"],
      [ids[3], "changed"],
    ]),
    removed: [{ id: "GONE-1", title: "Retired <Role>", department: "Operations", ghostParent: ids[0] }],
  };
  const context = { lang, translate: translatorFor(lang), measure: estimateTextWidth, date: new Date(0) };
  const options = { view: "positions" as const, ...(withChanges ? { changes } : {}) };
  return svgExport(chartBasis(analysis), options, context).drawing;
}

const colours = LIGHT_CHART_THEME.changes;

describe.each<Lang>(["en", "zh-CN"])("a plan's chart as Excel shapes (%s)", (lang) => {
  test("each changed card outlined in its kind's colour and marked with a disc holding its mark", async () => {
    const drawing = planChart(lang);
    const plan = sheetShapesPlan(drawing);
    expect(plan.marks.map((mark) => mark.text).sort()).toEqual(["+", "Δ", "×", "→"].sort());
    const book = new FakeWorkbook(["Positions"]);
    const notes = ["Org chart", "Exported", "Changes"];
    const result = await writeChartSheet("Org chart", notes, { kind: "shapes", plan }, fakeExcelRun(book));
    expect(result).toMatchObject({ ok: true });

    const shapes = book.drawing.onSheet(book.sheet("Org chart").id);
    const cards = shapes.filter((shape) => shape.geometricShapeType === "RoundRectangle");
    const discs = shapes.filter((shape) => shape.geometricShapeType === "Ellipse");
    expect(cards).toHaveLength(plan.cards.length);
    expect(discs).toHaveLength(4);
    for (const disc of discs) {
      const mark = plan.marks.find((candidate) => candidate.name === disc.name)!;
      expect(disc).toMatchObject({
        text: mark.text,
        fill: colours[mark.kind],
        fontColor: colours.markText,
        lineVisible: false,
        horizontalAlignment: "Center",
        verticalAlignment: "Middle",
        margins: { left: 0, right: 0, top: 0, bottom: 0 },
        bold: [[0, mark.text.length]],
      });
      // The disc sits over its card's top-left corner (its centre inside the card), as on screen and in the SVG.
      const card = cards[mark.card];
      const centre = { x: disc.left + disc.width / 2, y: disc.top + disc.height / 2 };
      expect(centre.x).toBeGreaterThan(card.left);
      expect(centre.x).toBeLessThan(card.left + card.width / 4);
      expect(centre.y).toBeGreaterThan(card.top);
      expect(centre.y).toBeLessThan(card.top + card.height / 2);
      expect(disc.width).toBeCloseTo(disc.height);
    }
    // The card a mark belongs to is outlined in the kind's colour (a ghost keeps its grey dashed outline).
    for (const mark of plan.marks) {
      expect(cards[mark.card].lineColor).toBe(colours[mark.kind]);
      if (mark.kind === "removed") expect(cards[mark.card].dashStyle).toBe("Dash");
    }
    // Marks are not cards: every connector is still glued to two cards.
    const cardIds = new Set(cards.map((card) => card.id));
    const lines = shapes.filter((shape) => shape.type === "Line");
    expect(lines).toHaveLength(plan.connectors.length);
    for (const line of lines) {
      expect(cardIds.has(line.begin!.shapeId)).toBe(true);
      expect(cardIds.has(line.end!.shapeId)).toBe(true);
    }
    // The legend: each kind's mark, name and count, for the cell under the date; the shapes start below it.
    const t = translatorFor(lang);
    expect(plan.legend).toEqual({
      title: t("chart.change.legend"),
      items: (["added", "moved", "changed", "removed"] as const).map(
        (kind) =>
          `${{ added: "+", moved: "→", changed: "Δ", removed: "×" }[kind]} ${t("chart.change.legendItem", { label: t(`chart.change.${kind}`), count: 1 })}`,
      ),
    });
    expect(book.values("Org chart", "A1:A3")).toEqual(notes.map((note) => [note]));
    expect(Math.min(...shapes.map((shape) => shape.top))).toBeGreaterThanOrEqual(SHAPES_TOP_WITH_LEGEND);
  });
});

test("today's chart has no marks and no legend, and its cards keep their departments' colours", () => {
  const drawing = planChart("en", false);
  const plan = sheetShapesPlan(drawing);
  expect(plan.marks).toEqual([]);
  expect(plan.legend).toBeNull();
  expect(Math.min(...plan.cards.map((card) => card.top))).toBeGreaterThanOrEqual(SHAPES_TOP);
  const changeColours = new Set(Object.values(colours));
  const outlined = plan.cards.filter((card) => changeColours.has(card.line));
  expect(outlined).toHaveLength(0);
  expect(new Set(plan.cards.map((card) => card.line)).size).toBeGreaterThan(1);
});
