import type { Page } from "playwright-core";
import {
  CHART,
  CHART_CARDS,
  cardIsInView,
  cardOf,
  chartBox,
  chartScale,
  dottedLinePath,
  drawnCards,
  isInside,
  openChartOptions,
  pressZoom,
} from "./support/chartPage";
import { openPane, saveScreenshot, paneSessionForFile } from "./support/paneBrowser";
import { analyzeSample } from "./support/paneViews";

const session = paneSessionForFile();

/** Wide enough for the whole sample to fit with its cards' text. */
const WIDE = { width: 2600, height: 1000 };

/** Waits until the chart is laid out left to right: the top card's control moves to the middle of its right edge. */
async function laidOutAcross(page: Page): Promise<void> {
  await page.waitForFunction((selector) => {
    const card = document.querySelector(`${selector} [data-position-id='OC-001']`);
    const body = card?.querySelector(".oc-card-body");
    const toggle = card?.querySelector(".oc-card-toggle");
    if (!body || !toggle) return false;
    const right = body.getBoundingClientRect().right;
    const box = toggle.getBoundingClientRect();
    return Math.abs(box.left + box.width / 2 - right) < 2;
  }, CHART);
}

describe("dotted-line reporting", () => {
  test("the sample's dotted line (OC-041 → OC-010) is a dashed path while both cards are in view; it can be hidden", async () => {
    const { analysis } = await analyzeSample("en");
    const { model } = analysis;
    expect(model.dottedLines.map((line) => [model.positions[line.from].id, model.positions[line.to].id])).toEqual([
      ["OC-041", "OC-010"],
    ]);
    const pane = await openPane(session, { viewport: WIDE });
    const { page } = pane;
    try {
      await pressZoom(page, "zoom-fit");
      const box = await chartBox(page);
      for (const id of ["OC-041", "OC-010"])
        expect(isInside((await cardOf(page, id).locator(".oc-card-body").boundingBox())!, box)).toBe(true);
      const path = page.locator(`${CHART} path.oc-dotted`);
      const d = await dottedLinePath(page);
      expect(d).not.toBe("");
      await expect(path.evaluate((element) => getComputedStyle(element).strokeDasharray)).resolves.not.toBe("none");
      // The path runs between the two cards: its ends lie near them on the page.
      const line = await path.boundingBox();
      const analyst = (await cardOf(page, "OC-041").boundingBox())!;
      const manager = (await cardOf(page, "OC-010").boundingBox())!;
      expect(line!.x).toBeLessThanOrEqual(manager.x + manager.width);
      expect(line!.x + line!.width).toBeGreaterThanOrEqual(analyst.x);
      await saveScreenshot(page, "org-chart-dotted-line");

      await openChartOptions(page);
      await expect(page.getByTestId("dotted-toggle").getAttribute("aria-checked")).resolves.toBe("true");
      await page.getByTestId("dotted-toggle").click();
      await page.keyboard.press("Escape");
      await page.waitForFunction(
        (selector) => (document.querySelector(selector)?.getAttribute("d") ?? "") === "",
        `${CHART} path.oc-dotted`,
      );
      // The solid lines stay.
      await expect(page.locator(`${CHART} path.oc-connectors`).getAttribute("d")).resolves.not.toBe("");

      await openChartOptions(page);
      await page.getByTestId("dotted-toggle").click();
      await page.keyboard.press("Escape");
      await page.waitForFunction(
        (selector) => (document.querySelector(selector)?.getAttribute("d") ?? "") !== "",
        `${CHART} path.oc-dotted`,
      );
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("the departments view and left-to-right", () => {
  test("departments: one card per department and team, with rolled-up positions", async () => {
    const { analysis } = await analyzeSample("en");
    const { model } = analysis;
    const departments = new Set(model.positions.map((position) => position.department));
    const teams = new Set(model.positions.filter((p) => p.team !== "").map((p) => `${p.department}/${p.team}`));
    const pane = await openPane(session, { viewport: WIDE });
    const { page } = pane;
    try {
      await page.locator("[data-chart-view='departments']").click();
      await page.locator(`${CHART} .oc-kind-department`).first().waitFor({ state: "attached" });
      await pressZoom(page, "zoom-fit");
      const units = await page.locator(`${CHART} [data-card]`).evaluateAll((cards) =>
        cards.map((card) => ({
          kind: /oc-kind-(\w+)/.exec(card.getAttribute("class") ?? "")?.[1] ?? "",
          title: card.querySelector("text.oc-card-title")?.textContent ?? "",
          detail: card.querySelector("text.oc-card-detail")?.textContent ?? "",
          positions: card.querySelector(".oc-card-badge text")?.textContent ?? "",
          id: card.getAttribute("data-position-id"),
        })),
      );
      const departmentCards = units.filter((unit) => unit.kind === "department");
      const teamCards = units.filter((unit) => unit.kind === "team");
      expect(departmentCards.map((unit) => unit.title).sort()).toEqual([...departments].sort());
      expect(teamCards).toHaveLength(teams.size);
      // No position cards in this view.
      expect(units.filter((unit) => unit.id !== null)).toEqual([]);
      // A department's card counts its positions.
      for (const unit of departmentCards) {
        const count = model.positions.filter((position) => position.department === unit.title).length;
        expect({ unit: unit.title, positions: unit.positions }).toEqual({ unit: unit.title, positions: String(count) });
      }
      await saveScreenshot(page, "org-chart-departments-wide");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }

    const narrow = await openPane(session);
    try {
      await narrow.page.locator("[data-chart-view='departments']").click();
      await narrow.page.locator(`${CHART} .oc-kind-department`).first().waitFor({ state: "attached" });
      await saveScreenshot(narrow.page, "org-chart-departments-pane");
      expect(narrow.errors).toEqual([]);
    } finally {
      await narrow.close();
    }
  });

  test("left to right: each manager's reports stand to its right, siblings one above the other", async () => {
    // Tall: laid out across, the sample is taller than wide.
    const pane = await openPane(session, { viewport: { width: 1200, height: 3000 } });
    const { page } = pane;
    try {
      await openChartOptions(page);
      await page.getByTestId("orientation-left-right").click();
      await page.keyboard.press("Escape");
      await laidOutAcross(page);
      await pressZoom(page, "zoom-fit");
      expect(await chartScale(page)).toBeGreaterThanOrEqual(0.5);
      const cards = new Map((await drawnCards(page)).map((card) => [card.id, card]));
      const top = cards.get("OC-001")!;
      const manager = cards.get("OC-010")!;
      const tech = cards.get("OC-030")!;
      const report = cards.get("OC-011")!;
      expect(manager.box.x).toBeGreaterThan(top.box.x + top.box.width);
      expect(report.box.x).toBeGreaterThan(manager.box.x + manager.box.width);
      expect(Math.round(tech.box.x)).toBe(Math.round(manager.box.x));
      expect(tech.box.y).toBeGreaterThan(manager.box.y);
      // The control sits on the card's right edge.
      const toggle = (await cardOf(page, "OC-010").locator(".oc-card-toggle").boundingBox())!;
      expect(toggle.x + toggle.width / 2).toBeCloseTo(manager.box.x + manager.box.width, -1);
      await saveScreenshot(page, "org-chart-left-right-wide");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }

    const narrow = await openPane(session);
    try {
      await openChartOptions(narrow.page);
      await narrow.page.getByTestId("orientation-left-right").click();
      await narrow.page.keyboard.press("Escape");
      await laidOutAcross(narrow.page);
      // It opens anew at the top of the tree (the view of the chart top-down means nothing across).
      await expect(cardIsInView(narrow.page, "OC-001")).resolves.toBe(true);
      await saveScreenshot(narrow.page, "org-chart-left-right-pane");
      expect(narrow.errors).toEqual([]);
    } finally {
      await narrow.close();
    }
  });
});

describe("zoom", () => {
  test("the buttons zoom in, out and fit; zoomed far out, cards are drawn without text", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      const opening = await chartScale(page);
      await pressZoom(page, "zoom-in");
      expect((await chartScale(page)) / opening).toBeCloseTo(1.25, 2);
      const inBox = await cardOf(page, "OC-001").locator(".oc-card-body").boundingBox();
      // The card's box (its 1 px outline included) grows with the zoom.
      expect(Math.abs(inBox!.width - 200 * opening * 1.25)).toBeLessThanOrEqual(2);
      await pressZoom(page, "zoom-out");
      await pressZoom(page, "zoom-out");
      expect((await chartScale(page)) / opening).toBeCloseTo(0.8, 2);

      // Fit: too small to read whole in a narrow pane, the chart shows its top levels, titles readable; pressed
      // again, the whole chart in the box (far out: the cards become blocks).
      await pressZoom(page, "zoom-fit");
      const top = await chartScale(page);
      expect(top).toBeGreaterThanOrEqual(1 / 3);
      await expect(cardOf(page, "OC-001").locator(".oc-card-title").textContent()).resolves.not.toBe("");
      await pressZoom(page, "zoom-fit");
      const fitted = await chartScale(page);
      expect(fitted).toBeLessThan(0.25);
      const blocks = await page
        .locator(`${CHART} path.oc-block`)
        .evaluateAll((paths) => paths.map((path) => path.getAttribute("d") ?? "").filter((d) => d !== ""));
      expect(blocks.length).toBeGreaterThan(0);
      // No card text is drawn: at most the keyboard's card is an element, its text not displayed.
      const shownText = await page
        .locator(`${CHART_CARDS} text`)
        .evaluateAll(
          (texts) =>
            texts.filter((text) => getComputedStyle(text).display !== "none" && text.getBoundingClientRect().width > 0)
              .length,
        );
      expect(shownText).toBe(0);
      await expect(page.locator(CHART_CARDS).count()).resolves.toBeLessThanOrEqual(2);
      // The blocks lie inside the chart's box.
      const box = await chartBox(page);
      for (const block of await page.locator(`${CHART} path.oc-block`).all()) {
        const bounds = await block.boundingBox();
        if (bounds) expect(isInside(bounds, box)).toBe(true);
      }
      await saveScreenshot(page, "org-chart-zoomed-out");

      // Further out still: no text either; back in, the text returns.
      await pressZoom(page, "zoom-out");
      await expect(
        page
          .locator(`${CHART_CARDS} text.oc-card-title`)
          .evaluateAll((texts) => texts.filter((t) => getComputedStyle(t).display !== "none").length),
      ).resolves.toBe(0);
      while ((await chartScale(page)) < 0.5) await pressZoom(page, "zoom-in");
      await page.locator(`${CHART_CARDS} text.oc-card-title`).first().waitFor();
      await expect(page.locator(CHART_CARDS).count()).resolves.toBeGreaterThan(2);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
