import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/i18n";
import { seriousAccessibilityViolations } from "./support/axe";
import {
  CHART,
  CHART_CARDS,
  cardOf,
  chartBox,
  chartScale,
  drawnCardIds,
  isInside,
  pressZoom,
} from "./support/chartPage";
import { openPane, saveScreenshot, paneSessionForFile } from "./support/paneBrowser";
import { analyzeSample, fitsViewport } from "./support/paneViews";

const session = paneSessionForFile();

/** A window wide enough for the whole sample to fit at a scale where the full cards are drawn (70 % or more). */
const WIDE = { width: 3400, height: 1100 };

/** What each drawn card shows: its visible lines and its tooltip. */
function cardTexts(page: Page) {
  return page.locator(CHART_CARDS).evaluateAll((cards) =>
    cards.map((card) => ({
      id: card.getAttribute("data-position-id") ?? "",
      kind: card.getAttribute("class") ?? "",
      title: Array.from(card.querySelectorAll("text.oc-card-title tspan"))
        .filter((tspan) => tspan.getAttribute("display") !== "none")
        .map((tspan) => tspan.textContent ?? "")
        .join(" "),
      titleLines: Array.from(card.querySelectorAll("text.oc-card-title tspan")).filter(
        (tspan) => tspan.getAttribute("display") !== "none" && (tspan.textContent ?? "") !== "",
      ).length,
      name: card.querySelector("text.oc-card-name")?.textContent ?? "",
      nameClass: card.querySelector("text.oc-card-name")?.getAttribute("class") ?? "",
      detail: card.querySelector("text.oc-card-detail")?.textContent ?? "",
      tooltip: card.querySelector(":scope > title")?.textContent ?? "",
      // Every piece of text in the card sits in an SVG <text> (or its <tspan>), or in a <title> tooltip.
      textOutsideSvgText: Array.from(card.querySelectorAll("*"))
        .flatMap((element) => Array.from(element.childNodes))
        .filter((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "")
        .map((node) => node.parentElement?.tagName ?? "")
        .filter((tag) => !["text", "tspan", "title"].includes(tag)),
    })),
  );
}

/** A line as drawn may be wrapped over two lines or cut with "…": compare without spaces. */
function showsLine(drawn: string, full: string): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  const shown = squeeze(drawn);
  if (shown.endsWith("…")) return shown.length > 1 && squeeze(full).startsWith(shown.slice(0, -1));
  return shown === squeeze(full);
}

describe.each<[Lang, string, string]>([
  ["en", "en-US", "Vacant"],
  ["zh-CN", "zh-CN", "空缺"],
])("the org chart of the sample (%s)", (lang, locale, vacantWord) => {
  const separator = translate(lang, "chart.label.separator");
  test("opens on the Chart tab: real SVG text on every card (title, name, grade), the vacancy drawn apart, a legend", async () => {
    const { analysis } = await analyzeSample(lang);
    const { model } = analysis;
    const pane = await openPane(session, { locale });
    const { page } = pane;
    try {
      await expect(page.locator("[role='tab'][data-tab='chart']").getAttribute("aria-selected")).resolves.toBe("true");
      await expect(page.locator(`${CHART} svg[role='tree']`).count()).resolves.toBe(1);
      // The chart opens on the top of the tree: the director's card is in the chart's box.
      const director = model.positions[model.roots[0]];
      expect(isInside((await cardOf(page, director.id).boundingBox())!, await chartBox(page))).toBe(true);
      await expect(page.locator("foreignObject").count()).resolves.toBe(0);
      // The chart fills the pane's height without running below it: its lower edge and the minimap show.
      const box = await chartBox(page);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      expect(box.height).toBeGreaterThanOrEqual(320);
      const minimap = await page.locator(`${CHART} .oc-minimap`).boundingBox();
      expect(minimap).not.toBeNull();
      expect(isInside(minimap!, box)).toBe(true);
      await saveScreenshot(page, `org-chart-sample-${lang}`);
      await expect(fitsViewport(page)).resolves.toBe(true);

      // The legend names every department, each once.
      const departments = [...new Set(model.positions.map((position) => position.department))].sort();
      const legend = await page
        .locator("[data-testid='chart-legend'] [data-legend-department]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-legend-department") ?? ""));
      expect([...legend].sort()).toEqual(departments);
      await expect(page.getByTestId("chart-legend").textContent()).resolves.toContain(director.department);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("seen whole: all 35 cards, each with its title, holder and grade, coloured as the legend says", async () => {
    const { analysis } = await analyzeSample(lang);
    const { model } = analysis;
    const director = model.positions[model.roots[0]];
    const pane = await openPane(session, { locale, viewport: WIDE });
    const { page } = pane;
    try {
      await pressZoom(page, "zoom-fit");
      expect(await chartScale(page)).toBeGreaterThanOrEqual(0.7);
      await expect(drawnCardIds(page).then((ids) => [...ids].sort())).resolves.toEqual(
        model.positions.map((position) => position.id).sort(),
      );
      const box = await chartBox(page);
      for (const card of await page.locator(CHART_CARDS).all())
        expect(isInside((await card.locator(".oc-card-body").boundingBox())!, box)).toBe(true);

      const texts = await cardTexts(page);
      expect(texts).toHaveLength(35);
      for (const card of texts) {
        const position = model.positions[model.indexById.get(card.id)!];
        const holder = position.status === "vacant" ? vacantWord : position.name;
        expect(card.textOutsideSvgText).toEqual([]);
        expect({ id: card.id, title: showsLine(card.title, position.title) }).toEqual({ id: card.id, title: true });
        expect({ id: card.id, name: card.name }).toEqual({ id: card.id, name: holder });
        // The grade is on the card, unless a two-line title leaves it no room above the badges (then only in the tooltip).
        if (card.detail !== "" || card.titleLines < 2)
          expect({ id: card.id, grade: card.detail }).toEqual({ id: card.id, grade: position.grade });
        // The tooltip (also the card's accessible name) holds the full text: what a screen reader says first
        // (title, holder, span…), then the grade and the badges.
        const [said, details] = card.tooltip.split("\n");
        expect(said.startsWith(`${position.title}${separator}${holder}${separator}`)).toBe(true);
        expect(details.startsWith(position.grade)).toBe(true);
        if (position.status === "vacant") {
          expect(card.kind).toContain("oc-kind-vacant");
          expect(card.nameClass).toContain("oc-card-name-unfilled");
        } else expect(card.kind).toContain("oc-kind-filled");
      }
      const vacant = model.positions.filter((position) => position.status === "vacant").map((position) => position.id);
      expect(vacant).toHaveLength(2);

      // A vacancy is drawn apart: a dashed outline, a paler card, its "Vacant" in italics and grey.
      const styleOf = (id: string) =>
        cardOf(page, id).evaluate((card) => {
          const body = getComputedStyle(card.querySelector(".oc-card-body")!);
          const name = getComputedStyle(card.querySelector(".oc-card-name")!);
          return { dashes: body.strokeDasharray, fill: body.fill, nameStyle: name.fontStyle, nameColour: name.fill };
        });
      const filled = await styleOf(director.id);
      for (const id of vacant) {
        const style = await styleOf(id);
        expect(style.dashes).not.toBe("none");
        expect(style.dashes).not.toBe(filled.dashes);
        expect(style.fill).not.toBe(filled.fill);
        expect(style.nameStyle).toBe("italic");
        expect(style.nameColour).not.toBe(filled.nameColour);
      }

      // Each card's band has its department's colour in the legend.
      const legendColours = new Map(
        await page
          .locator("[data-testid='chart-legend'] [data-legend-department]")
          .evaluateAll((items) =>
            items.map((item) => [
              item.getAttribute("data-legend-department") ?? "",
              getComputedStyle(item.querySelector("span")!).backgroundColor,
            ]),
          ),
      );
      const bands = await page
        .locator(CHART_CARDS)
        .evaluateAll((cards) =>
          cards.map((card) => [
            card.getAttribute("data-position-id") ?? "",
            getComputedStyle(card.querySelector(".oc-card-band")!).fill,
          ]),
        );
      for (const [id, fill] of bands) {
        const department = model.positions[model.indexById.get(id)!].department;
        expect({ id, fill }).toEqual({ id, fill: legendColours.get(department) });
      }
      expect(new Set(legendColours.values()).size).toBe(legendColours.size);
      await saveScreenshot(page, `org-chart-sample-whole-${lang}`);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("axe-core finds no serious or critical problem with the Chart tab open", async () => {
    const pane = await openPane(session, { locale });
    const { page } = pane;
    try {
      await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
      // With a card selected and the keyboard on it.
      await cardOf(page, "OC-001").click();
      await expect(cardOf(page, "OC-001").getAttribute("aria-selected")).resolves.toBe("true");
      await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
