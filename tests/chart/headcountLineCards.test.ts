import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { buildChartScene } from "../../src/chart/buildChartScene";
import { chartBasis } from "../../src/chart/chartBasis";
import { DEFAULT_CHART_OPTIONS } from "../../src/chart/chartOptions";
import { translatorFor, type Lang } from "../../src/i18n";
import { makeGrid } from "../core/makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "Number of Posts"];

function sceneOf(rows: (string | number | null)[][], lang: Lang) {
  const analysis = analyzeWorkbook({ positions: makeGrid(HEADER, rows) }, { lang });
  const built = buildChartScene(chartBasis(analysis), DEFAULT_CHART_OPTIONS, lang, translatorFor(lang));
  const cardOf = (id: string) => built.tree.cardOfPosition[analysis.model.indexById.get(id)!];
  return { content: (id: string) => built.scene.content(cardOf(id)) };
}

describe("the chart's cards of headcount lines (the scene's content: every renderer and export draws it)", () => {
  test.each([
    ["en", "Copy Editor", "3 × Copy Editor", "6 direct reports"],
    ["zh-CN", "文案编辑", "3 × 文案编辑", "6 名直接下属"],
  ] as const)(
    "%s: a line of 3 is one card titled “3 × …”; its manager's reports count the posts",
    (lang, title, shown, six) => {
      const { content } = sceneOf(
        [
          ["A", "Head", "", "Ann", null],
          ["C", title, "A", "", 3],
          ["", "Proofreader", "A", "", 2],
          ["S", "Solo", "A", "Sam", null],
        ],
        lang,
      );
      const line = content("C");
      expect(line.title).toBe(shown);
      expect(line.label.startsWith(shown)).toBe(true);
      expect(content("A/Proofreader/4").title).toBe("2 × Proofreader");
      // Not a line: its title as written.
      expect(content("S").title).toBe("Solo");
      const manager = content("A");
      expect(manager.reports).toBe(6); // 3 + 2 + 1
      expect(manager.badges.reports).toBe("6");
      expect(manager.label).toContain(six);
    },
  );

  test("an org without a count column gets the cards it always had", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["Position ID", "Title", "Reports To"],
        [
          ["A", "Head", ""],
          ["B", "Clerk", "A"],
        ],
      ),
    });
    const built = buildChartScene(chartBasis(analysis), DEFAULT_CHART_OPTIONS, "en", translatorFor("en"));
    expect(built.scene.content(built.tree.cardOfPosition[1]).title).toBe("Clerk");
    expect(built.scene.content(built.tree.cardOfPosition[0]).reports).toBe(1);
  });
});
