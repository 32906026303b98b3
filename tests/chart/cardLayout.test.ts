import type { CardContent } from "../../src/chart/cardContent";
import { CARD_TEXT_STYLES, layOutCard } from "../../src/chart/cardLayout";
import { estimateTextWidth } from "../../src/chart/textMeasure";

const content = (changes: Partial<CardContent> = {}): CardContent => ({
  kind: "filled",
  id: "P1",
  title: "Head of Customer Experience and Operations Excellence",
  name: "Ann Lee",
  detail: "M3",
  colour: "#0072B2",
  reports: 3,
  badges: { reports: "3", fte: "12.5 FTE", cost: "¥1.2M" },
  findings: 0,
  hiddenReports: 0,
  expanded: true,
  label: "Head of…",
  ...changes,
});
const context = { width: 200, height: 96, orientation: "topDown" as const, measure: estimateTextWidth };

describe("layOutCard", () => {
  test("wraps the title to two lines within the card, then the holder; badges left to right inside the card", () => {
    const layout = layOutCard(content(), context);
    const titles = layout.lines.filter((line) => line.role === "title");
    expect(titles).toHaveLength(2);
    for (const line of layout.lines) expect(line.x + estimateTextWidth(line.text, line.style)).toBeLessThanOrEqual(190);
    expect(titles[1].text.endsWith("…")).toBe(true);
    expect(layout.lines.find((line) => line.role === "name")?.text).toBe("Ann Lee");
    expect(layout.badges.map((badge) => badge.text)).toEqual(["3", "12.5 FTE", "¥1.2M"]);
    for (const badge of layout.badges) expect(badge.x + badge.width).toBeLessThanOrEqual(190);
  });

  test("a two-line title leaves out the detail line above badges; a short title keeps it", () => {
    expect(layOutCard(content(), context).lines.some((line) => line.role === "detail")).toBe(false);
    const short = layOutCard(content({ title: "CEO" }), context);
    expect(short.lines.map((line) => line.role)).toEqual(["title", "name", "detail"]);
  });

  test("badges that do not fit are dropped; the warning takes the title's corner; the toggle shows hidden reports", () => {
    const layout = layOutCard(
      content({
        badges: { reports: "1,234", fte: "85K FTE", cost: "¥120,000,000,000" },
        findings: 2,
        hiddenReports: 7,
      }),
      context,
    );
    expect(layout.badges.map((badge) => badge.text)).toEqual(["1,234", "85K FTE"]);
    expect(layout.warning).toEqual({ x: 176, y: 11 });
    expect(layout.toggle).toMatchObject({ label: "+7", collapsed: true, cx: 100, cy: 96 });
    expect(layOutCard(content({ hiddenReports: 7 }), { ...context, orientation: "leftRight" }).toggle).toMatchObject({
      cx: 200,
      cy: 48,
    });
  });

  test("an unfilled post's name is italic and muted", () => {
    const name = layOutCard(content({ kind: "vacant", name: "Vacant" }), context).lines.find((l) => l.role === "name");
    expect(name).toMatchObject({ style: CARD_TEXT_STYLES.unfilledName, muted: true });
  });
});
