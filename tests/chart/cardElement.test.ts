/** @jest-environment jsdom */
import type { CardContent } from "../../src/chart/cardContent";
import { createCardElement } from "../../src/chart/cardElement";
import { fillCardElement, type CardFillContext } from "../../src/chart/view/cardWriter";
import { chartViewStringsOf } from "../../src/chart/chartViewStrings";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import { translatorFor } from "../../src/i18n";

const context: CardFillContext = {
  width: 200,
  height: 96,
  orientation: "topDown",
  measure: estimateTextWidth,
  strings: chartViewStringsOf(translatorFor("en"), "en"),
};
const place = { depth: 2, positionInSet: 3, setSize: 5 };

function contentOf(overrides: Partial<CardContent> = {}): CardContent {
  return {
    kind: "filled",
    id: "NOC-014",
    title: "Shift Lead",
    name: "Wang Xiuying",
    detail: "G7",
    colour: "#0f6cbd",
    reports: 4,
    badges: { reports: "4", fte: "5 FTE", cost: "¥1.2M" },
    findings: 0,
    hiddenReports: 0,
    expanded: true,
    ...overrides,
    // As chartCards writes it: the card's title and holder first, in full.
    label:
      overrides.label ?? `${overrides.title ?? "Shift Lead"}, ${overrides.name ?? "Wang Xiuying"}, 4 direct reports`,
  };
}

function filled(content: CardContent, fill = context) {
  const element = createCardElement(document);
  fillCardElement(element, 7, content, place, fill);
  document.body.append(element.g);
  return element;
}

function visibleText(element: ReturnType<typeof createCardElement>): string[] {
  return Array.from(element.g.querySelectorAll("text, tspan"))
    .filter((node) => node.closest("[display=none]") === null && node.children.length === 0)
    .map((node) => node.textContent ?? "");
}

afterEach(() => document.body.replaceChildren());

describe("a card's SVG", () => {
  test("carries the hooks and aria attributes", () => {
    const { g } = filled(contentOf());
    expect(g.getAttribute("data-position-id")).toBe("NOC-014");
    expect(g.getAttribute("data-card")).toBe("7");
    expect(g.getAttribute("role")).toBe("treeitem");
    expect(g.getAttribute("aria-level")).toBe("3");
    expect(g.getAttribute("aria-posinset")).toBe("3");
    expect(g.getAttribute("aria-setsize")).toBe("5");
    expect(g.getAttribute("aria-expanded")).toBe("true");
    // Named by its <title> (first line: what a screen reader says), not by an aria-label that would not contain
    // the card's visible text.
    expect(g.hasAttribute("aria-label")).toBe(false);
    expect(g.querySelector(":scope > title")!.textContent!.split("\n")[0]).toBe(
      "Shift Lead, Wang Xiuying, 4 direct reports",
    );
  });

  test("sets cell text as text: markup in a title stays visible text and creates no element", () => {
    const element = filled(contentOf({ title: "<script>alert(1)</script>", name: '<img src=x onerror="alert(2)">' }));
    expect(element.g.querySelector("script, img")).toBeNull();
    expect(element.titleLines[0].textContent + element.titleLines[1].textContent).toContain("<script>");
    expect(element.name.textContent?.startsWith("<img src=x")).toBe(true);
    expect(element.tooltip.textContent).toContain("<script>alert(1)</script>");
    expect(element.tooltip.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(document.querySelector("script, img")).toBeNull();
  });

  test("draws title, name, grade and the non-empty badges; the full text is in the tooltip", () => {
    const element = filled(contentOf({ badges: { reports: "4", fte: "", cost: "¥1.2M" } }));
    expect(visibleText(element)).toEqual(["Shift Lead", "Wang Xiuying", "G7", "4", "¥1.2M", "−"]);
    expect(element.tooltip.textContent).toBe("Shift Lead, Wang Xiuying, 4 direct reports\nG7 · 4 · ¥1.2M");
    expect(element.band.getAttribute("fill")).toBe("#0f6cbd");
  });

  test("under a two-line title the grade gives way to the badges (it stays in the tooltip)", () => {
    const title = "Senior Content Operations Specialist for Channels";
    const withBadges = filled(contentOf({ title }));
    expect(withBadges.titleLines[1].textContent).not.toBe("");
    expect(visibleText(withBadges)).not.toContain("G7");
    expect(withBadges.tooltip.textContent).toContain("G7");
    const noBadges = filled(contentOf({ title, badges: { reports: "", fte: "", cost: "" } }));
    expect(visibleText(noBadges)).toContain("G7");
    // A one-line title leaves room for both.
    expect(visibleText(filled(contentOf()))).toContain("G7");
  });

  test("wraps a long Chinese title to two lines within the card and ellipsises the rest", () => {
    const title = "网络运营中心高级值班主管兼应急响应协调人及容量规划负责人";
    const element = filled(contentOf({ title, name: "欧阳娜娜" }));
    const lines = [element.titleLines[0].textContent ?? "", element.titleLines[1].textContent ?? ""];
    expect(lines[0].length).toBeGreaterThan(5);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const line of lines) expect(estimateTextWidth(line, { size: 13, bold: true })).toBeLessThanOrEqual(180);
    expect(element.tooltip.textContent?.startsWith(title)).toBe(true);
    expect(element.name.textContent).toBe("欧阳娜娜");
  });

  test("draws a vacant position distinctly", () => {
    const element = filled(contentOf({ kind: "vacant", name: "Vacant" }));
    expect(element.g.classList.contains("oc-kind-vacant")).toBe(true);
    expect(element.name.getAttribute("class")).toContain("oc-card-name-unfilled");
    const planned = filled(contentOf({ kind: "planned", name: "Planned" }));
    expect(planned.g.classList.contains("oc-kind-planned")).toBe(true);
    expect(planned.name.getAttribute("class")).toContain("oc-card-name-unfilled");
  });

  test("shows a warning mark with the number of findings", () => {
    const element = filled(contentOf({ findings: 3 }));
    expect(element.warning.parentNode).toBe(element.g);
    expect(element.warningTooltip.textContent).toBe("3 findings");
    expect(filled(contentOf()).warning.isConnected).toBe(false);
  });

  test("offers +N on a collapsed card, − on an expanded one, none on a leaf", () => {
    const collapsed = filled(contentOf({ hiddenReports: 12, expanded: false }));
    expect(collapsed.toggleText.textContent).toBe("+12");
    expect(collapsed.toggleTooltip.textContent).toBe("Expand: 12 hidden reports");
    expect(collapsed.g.getAttribute("aria-expanded")).toBe("false");
    expect(collapsed.toggle.getAttribute("transform")).toBe("translate(100,96)");
    const leaf = filled(contentOf({ reports: 0, expanded: false, badges: { reports: "", fte: "1 FTE", cost: "" } }));
    expect(leaf.toggle.isConnected).toBe(false);
    expect(leaf.g.hasAttribute("aria-expanded")).toBe(false);
    const across = filled(contentOf(), { ...context, orientation: "leftRight" });
    expect(across.toggle.getAttribute("transform")).toBe("translate(200,48)");
  });

  test("refilling a pooled element for another card replaces everything", () => {
    const element = filled(contentOf({ findings: 2, hiddenReports: 3, expanded: false }));
    fillCardElement(
      element,
      9,
      contentOf({ id: "", kind: "department", title: "Network", name: "", findings: 0 }),
      place,
      context,
    );
    expect(element.g.getAttribute("data-card")).toBe("9");
    expect(element.g.hasAttribute("data-position-id")).toBe(false);
    expect(element.g.getAttribute("class")).toBe("oc-card oc-kind-department");
    expect(element.warning.isConnected).toBe(false);
    expect(element.name.getAttribute("display")).toBe("none");
    expect(element.titleLines[0].textContent).toBe("Network");
  });

  test("Chinese strings for the renderer's own words", () => {
    const element = filled(contentOf({ findings: 2, hiddenReports: 5, expanded: false }), {
      ...context,
      strings: chartViewStringsOf(translatorFor("zh-CN"), "zh-CN"),
    });
    expect(element.warningTooltip.textContent).toBe("2 个问题");
    expect(element.toggleTooltip.textContent).toBe("展开：隐藏 5 个下属");
  });
});

describe("a reduced card (zoomed out)", () => {
  const reduced = (font: number): CardFillContext => ({ ...context, reducedFont: font });
  const titleFont = (element: ReturnType<typeof createCardElement>) => parseFloat(element.title.style.fontSize);
  const titleText = (element: ReturnType<typeof createCardElement>) =>
    element.titleLines
      .filter((line) => line.parentNode !== null)
      .map((line) => line.textContent ?? "")
      .join(" ");

  test("shows only its title and holder, in a font at least the size asked for, no badges or detail", () => {
    const element = filled(contentOf({ findings: 2, hiddenReports: 0, expanded: false }), reduced(24));
    expect(titleFont(element)).toBeGreaterThanOrEqual(24);
    expect(titleText(element)).toBe("Shift Lead");
    expect(element.name.textContent).toBe("Wang Xiuying");
    expect(parseFloat(element.name.style.fontSize)).toBeGreaterThanOrEqual(24);
    expect(visibleText(element)).toEqual(["Shift Lead", "Wang Xiuying"]);
    expect(element.g.querySelectorAll(".oc-card-badge, .oc-card-warning, .oc-card-toggle")).toHaveLength(0);
    expect(element.detail.getAttribute("display")).toBe("none");
    // Every line lies inside the card, below its band, one below the other.
    const baselines = [...element.titleLines.filter((l) => l.parentNode).map((l) => Number(l.getAttribute("y")))];
    baselines.push(Number(element.name.getAttribute("y")));
    for (let i = 1; i < baselines.length; i++) expect(baselines[i]).toBeGreaterThan(baselines[i - 1]);
    expect(baselines[0] - titleFont(element)).toBeGreaterThanOrEqual(6);
    expect(baselines[baselines.length - 1]).toBeLessThanOrEqual(96);
  });

  test("a long title takes up to three lines in the least size and leaves the holder out when no line is left", () => {
    const title = "Senior Customer Relationship Operations Specialist";
    const element = filled(contentOf({ title, expanded: false }), reduced(24));
    expect(titleFont(element)).toBe(24);
    expect(element.titleLines.filter((line) => line.parentNode !== null)).toHaveLength(3);
    expect(element.name.getAttribute("display")).toBe("none");
    // The full text stays in the tooltip.
    expect(element.tooltip.textContent).toContain(title);
  });

  test("a short title grows (up to half again) while it keeps its lines; CJK is not broken into more lines", () => {
    const short = filled(contentOf({ title: "运营总监", name: "张伟" }), reduced(20));
    expect(titleFont(short)).toBeGreaterThan(20);
    expect(titleFont(short)).toBeLessThanOrEqual(30);
    expect(short.titleLines.filter((line) => line.parentNode !== null)).toHaveLength(1);
    expect(short.name.textContent).toBe("张伟");
    const longer = filled(contentOf({ title: "数据分析主管", name: "罗斌" }), reduced(26));
    expect(longer.titleLines.filter((line) => line.parentNode !== null)).toHaveLength(1);
    expect(longer.titleLines[0].textContent).toBe("数据分析主管");
  });

  test("keeps its expand/collapse control, grown so that its label is as big as the least title size", () => {
    const element = filled(contentOf({ hiddenReports: 7, expanded: false }), reduced(24));
    expect(element.toggle.parentNode).toBe(element.g);
    expect(element.toggleText.textContent).toBe("+7");
    // Top-down it hangs just below the card (its top on the card's edge), taking no room from the text.
    expect(element.toggle.getAttribute("transform")).toBe(`translate(100,${96 + 8 * 2.4}) scale(2.4)`);
    expect(element.name.textContent).toBe("Wang Xiuying");
    // Left to right it sits across the right edge, as on a full card, and the text keeps clear of it.
    const across = filled(contentOf({ hiddenReports: 7, expanded: false }), {
      ...reduced(24),
      orientation: "leftRight",
    });
    expect(across.toggle.getAttribute("transform")).toBe("translate(200,48) scale(2.4)");
  });

  test("filled again as a full card, it gets the stylesheet's sizes, its detail and badges back", () => {
    const element = filled(contentOf(), reduced(24));
    fillCardElement(element, 7, contentOf(), place, context);
    expect(element.title.style.fontSize).toBe("");
    expect(element.name.style.fontSize).toBe("");
    expect(element.detail.textContent).toBe("G7");
    expect(element.g.querySelectorAll(".oc-card-badge")).toHaveLength(3);
    expect(element.titleLines[0].getAttribute("y")).toBe("22");
  });
});
