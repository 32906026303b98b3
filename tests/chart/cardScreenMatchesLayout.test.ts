/** @jest-environment jsdom */
/**
 * The screen draws what the exports draw: for cards of every sort (long English and Chinese titles, holders, badges,
 * warnings, change marks, vacant posts, small cards, left to right, reduced cards zoomed out), what the DOM writer puts
 * in a card element — its text lines, badges, warning mark, control, change mark and band — is exactly what
 * `layOutCard` gives with the same measurer (the layout `exportDrawing` hands to the SVG, PDF and PowerPoint writers).
 */
import type { CardContent } from "../../src/chart/cardContent";
import { createCardElement, type CardElement } from "../../src/chart/cardElement";
import { CARD_TEXT_STYLES, layOutCard, type CardLayout } from "../../src/chart/cardLayout";
import { chartViewStringsOf } from "../../src/chart/chartViewStrings";
import { isWideCharacter, type TextMeasurer } from "../../src/chart/textMeasure";
import { fillCardElement, type CardFillContext } from "../../src/chart/view/cardWriter";
import { translatorFor } from "../../src/i18n";

/** A measurer unlike the estimate: every Latin letter its own width, bold wider, CJK one em. */
const fakeMeasure: TextMeasurer = (text, style) => {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += isWideCharacter(code) ? 1 : 0.42 + ((code * 7) % 13) / 60;
  }
  return width * style.size * (style.bold ? 1.06 : 1);
};

function contentOf(overrides: Partial<CardContent>): CardContent {
  return {
    kind: "filled",
    id: "P-1",
    title: "Shift Lead",
    name: "Wang Xiuying",
    detail: "G7",
    colour: "#0f6cbd",
    reports: 4,
    badges: { reports: "4", fte: "5 FTE", cost: "¥1.2M" },
    findings: 0,
    hiddenReports: 0,
    expanded: true,
    label: "Shift Lead, Wang Xiuying",
    ...overrides,
  };
}

const LONG_EN = "Senior Director of Customer Experience, Operations Excellence and Regional Partnerships";
const LONG_ZH = "网络运营中心高级值班主管兼应急响应协调人及容量规划负责人";
const CARDS: Array<[string, CardContent]> = [
  ["a plain card", contentOf({})],
  ["a long English title", contentOf({ title: LONG_EN, name: "Alexandra Montgomery-Fitzwilliam" })],
  [
    "a long Chinese title",
    contentOf({
      title: LONG_ZH,
      name: "欧阳娜娜",
      detail: "职级 7",
      badges: { reports: "12", fte: "15.5 编制", cost: "¥3,450,000" },
    }),
  ],
  ["findings beside a long title", contentOf({ title: LONG_EN, findings: 3 })],
  ["a vacant post", contentOf({ kind: "vacant", name: "Vacant", badges: { reports: "", fte: "1 FTE", cost: "" } })],
  ["a planned hire with a change mark", contentOf({ kind: "planned", name: "Planned", change: "added" })],
  ["a moved card, collapsed", contentOf({ change: "moved", hiddenReports: 17, expanded: false })],
  ["a ghost", contentOf({ kind: "removed", change: "removed", name: "Removed person", expanded: false })],
  [
    "a department",
    contentOf({ kind: "department", id: "", title: "客户体验与运营部", name: "张伟", detail: "运营总监" }),
  ],
  [
    "badges too wide for the card",
    contentOf({ badges: { reports: "1,234", fte: "12,345.75 FTE including contractors", cost: "$1" } }),
  ],
  ["no title, no holder", contentOf({ title: "", name: "", detail: "" })],
  ["cell markup as text", contentOf({ title: "<b>Lead</b> & <script>x</script>", name: '<img src=x onerror="y">' })],
];

const SIZES: Array<[string, Omit<CardFillContext, "strings" | "measure">]> = [
  ["200 × 96, top-down", { width: 200, height: 96, orientation: "topDown" }],
  ["200 × 80 (one title line), left to right", { width: 200, height: 80, orientation: "leftRight" }],
  ["reduced at 12 px", { width: 200, height: 96, orientation: "topDown", reducedFont: 12 }],
  ["reduced at 20 px, left to right", { width: 200, height: 96, orientation: "leftRight", reducedFont: 20 }],
  ["reduced at 32 px", { width: 200, height: 96, orientation: "topDown", reducedFont: 32 }],
];

/** What a card element shows, read back from its DOM alone. */
function drawnCard(element: CardElement) {
  const inCard = (node: Element) => node.isConnected && node.closest("[display=none]") === null;
  const sizeOf = (text: SVGTextElement, role: "title" | "name" | "detail") =>
    text.style.fontSize === "" ? CARD_TEXT_STYLES[role].size : parseFloat(text.style.fontSize);
  const lines: Array<{ role: string; text: string; x: number; y: number; size: number; muted: boolean }> = [];
  for (const tspan of element.titleLines)
    if (inCard(tspan) && tspan.textContent !== "")
      lines.push({
        role: "title",
        text: tspan.textContent ?? "",
        x: Number(tspan.getAttribute("x")),
        y: Number(tspan.getAttribute("y")),
        size: sizeOf(element.title, "title"),
        muted: false,
      });
  for (const [role, text] of [
    ["name", element.name],
    ["detail", element.detail],
  ] as const)
    if (inCard(text))
      lines.push({
        role,
        text: text.textContent ?? "",
        x: Number(text.getAttribute("x")),
        y: Number(text.getAttribute("y")),
        size: sizeOf(text, role),
        muted: role === "detail" || text.classList.contains("oc-card-name-unfilled"),
      });
  const translate = (node: Element) => node.getAttribute("transform") ?? "";
  return {
    band: { path: element.band.getAttribute("d"), colour: element.band.getAttribute("fill") },
    lines,
    badges: element.badges
      .filter((badge) => inCard(badge.g))
      .map((badge) => ({
        text: badge.text.textContent,
        transform: translate(badge.g),
        width: Number(badge.rect.getAttribute("width")),
      })),
    warning: inCard(element.warning) ? translate(element.warning) : null,
    toggle: inCard(element.toggle)
      ? {
          label: element.toggleText.textContent,
          transform: translate(element.toggle),
          width: Number(element.toggleShape.getAttribute("width")),
        }
      : null,
    change: inCard(element.change)
      ? { text: element.changeText.textContent, transform: translate(element.change) }
      : null,
  };
}

/** The same, as the layout says it should be drawn. */
function expectedCard(layout: CardLayout) {
  const scaled = (scale = 1) => (scale === 1 ? "" : ` scale(${scale})`);
  return {
    band: layout.band,
    lines: layout.lines.map((line) => ({
      role: line.role,
      text: line.text,
      x: line.x,
      y: line.y,
      size: line.style.size,
      muted: line.muted,
    })),
    badges: layout.badges.map((badge) => ({
      text: badge.text,
      transform: `translate(${badge.x},${badge.y})`,
      width: badge.width,
    })),
    warning: layout.warning === null ? null : `translate(${layout.warning.x},${layout.warning.y})`,
    toggle:
      layout.toggle === null
        ? null
        : {
            label: layout.toggle.label,
            transform: `translate(${layout.toggle.cx},${layout.toggle.cy})${scaled(layout.toggle.scale)}`,
            width: layout.toggle.width,
          },
    change:
      layout.change === null
        ? null
        : {
            text: layout.change.text,
            transform:
              (layout.change.scale ?? 1) > 1
                ? (() => {
                    const { cx, cy, r, scale } = layout.change;
                    return `translate(${cx + r},${cy + r}) scale(${scale}) translate(${-(cx + r)},${-(cy + r)})`;
                  })()
                : "",
          },
  };
}

const strings = chartViewStringsOf(translatorFor("en"), "en");

describe("the screen's card is the layout the exports draw", () => {
  // One pooled element refilled card after card, as the renderer does: nothing of one card may stay on the next.
  const pooled = createCardElement(document);
  beforeAll(() => document.body.append(pooled.g));

  describe.each(SIZES)("%s", (_, size) => {
    const context: CardFillContext = { ...size, measure: fakeMeasure, strings };

    test.each(CARDS)("%s", (_, content) => {
      const written = fillCardElement(pooled, 3, content, { depth: 1, positionInSet: 1, setSize: 1 }, context);
      const layout = layOutCard(content, { ...size, measure: fakeMeasure });
      expect(written).toEqual(layout);
      expect(drawnCard(pooled)).toEqual(expectedCard(layout));
      // A fresh element draws the same as the pooled one.
      const fresh = createCardElement(document);
      document.body.append(fresh.g);
      fillCardElement(fresh, 3, content, { depth: 1, positionInSet: 1, setSize: 1 }, context);
      expect(drawnCard(fresh)).toEqual(drawnCard(pooled));
      fresh.g.remove();
    });
  });

  test("the cases cover what they are meant to: wrapped and cut titles, dropped parts, every reduced size", () => {
    const full = { width: 200, height: 96, orientation: "topDown" as const, measure: fakeMeasure };
    const titles = (content: CardContent, extra = {}) =>
      layOutCard(content, { ...full, ...extra }).lines.filter((line) => line.role === "title");
    expect(titles(CARDS[1][1])).toHaveLength(2);
    expect(titles(CARDS[2][1])[1].text.endsWith("…")).toBe(true);
    expect(titles(CARDS[1][1], { reducedFont: 12 })).toHaveLength(3);
    expect(
      new Set(SIZES.map(([, s]) => layOutCard(CARDS[0][1], { ...s, measure: fakeMeasure }).lines[0].style.size)).size,
    ).toBe(4);
    // The second badge does not fit; the third, short, still does.
    expect(layOutCard(CARDS[9][1], full).badges.map((badge) => badge.text)).toEqual(["1,234", "$1"]);
  });
});
