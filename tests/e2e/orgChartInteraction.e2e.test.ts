import type { Page } from "playwright-core";
import { reportsOf, type OrgModel } from "../../src/core";
import {
  accessibleName,
  cardIsInView,
  cardOf,
  chartBox,
  chartScale,
  drawnCards,
  focusedCardId,
  isInside,
  openChartOptions,
  pressZoom,
  searchChart,
} from "./support/chartPage";
import { openPane, saveScreenshot, paneSessionForFile } from "./support/paneBrowser";
import { analyzeSample } from "./support/paneViews";

const session = paneSessionForFile();

/** Wide enough for the whole sample to fit with its cards' text. */
const WIDE = { width: 2600, height: 1000 };

function idsOf(model: OrgModel, indices: ArrayLike<number>): string[] {
  return Array.from(indices, (index) => model.positions[index].id);
}

function reportIds(model: OrgModel, id: string): string[] {
  return idsOf(model, reportsOf(model, model.indexById.get(id)!));
}

/** Everyone under a position (not the position itself). */
function descendantIds(model: OrgModel, id: string): string[] {
  const out: string[] = [];
  const stack = [...reportsOf(model, model.indexById.get(id)!)];
  while (stack.length > 0) {
    const index = stack.pop()!;
    out.push(model.positions[index].id);
    stack.push(...reportsOf(model, index));
  }
  return out;
}

async function drawnIds(page: Page): Promise<Set<string>> {
  return new Set((await drawnCards(page)).map((card) => card.id));
}

describe("search", () => {
  test("a Chinese name lists its position; choosing it selects the card, brings it into view and highlights its row", async () => {
    const { analysis } = await analyzeSample("zh-CN");
    const { model } = analysis;
    const target = model.positions.find((position) => position.name === "高云")!;
    expect(target).toBeDefined();
    const pane = await openPane(session, { locale: "zh-CN" });
    const { page } = pane;
    try {
      // Nothing is selected before the search.
      await expect(page.locator("[data-testid='org-chart'] [aria-selected='true']").count()).resolves.toBe(0);
      const result = await searchChart(page, "高云", target.id);
      await expect(page.locator("[data-search-result]").count()).resolves.toBe(1);
      await expect(result.textContent()).resolves.toContain(target.title);
      await saveScreenshot(page, "org-chart-search-zh-CN");
      await result.click();

      const card = cardOf(page, target.id);
      await page.locator(`[data-position-id='${target.id}'][aria-selected='true']`).waitFor({ state: "attached" });
      await expect(page.locator("[data-testid='org-chart'] [aria-selected='true']").count()).resolves.toBe(1);
      expect(isInside((await card.locator(".oc-card-body").boundingBox())!, await chartBox(page))).toBe(true);
      // The ring of the selection shows.
      await expect(card.locator(".oc-card-ring").evaluate((ring) => getComputedStyle(ring).stroke)).resolves.not.toBe(
        "none",
      );
      // Outside Excel, the row list beside the chart highlights the row.
      const row = page.locator("[data-testid='sheet-rows'] [aria-selected='true']");
      await row.waitFor();
      await expect(row.getAttribute("data-row-position-id")).resolves.toBe(target.id);
      await expect(row.getAttribute("data-row")).resolves.toBe(String(target.row));
      await expect(row.textContent()).resolves.toContain("高云");
      await saveScreenshot(page, "org-chart-search-chosen-zh-CN");

      // A title finds every position holding it; Enter takes the first.
      const analysts = model.positions.filter((position) => position.title === "数据分析师").map((p) => p.id);
      expect(analysts.length).toBeGreaterThan(1);
      await searchChart(page, "数据分析师", analysts[1]);
      await expect(
        page
          .locator("[data-search-result]")
          .evaluateAll((items) => items.map((i) => i.getAttribute("data-search-result"))),
      ).resolves.toEqual(analysts);
      await page.getByTestId("chart-search").press("ArrowDown");
      await page.getByTestId("chart-search").press("Enter");
      await page.locator(`[data-position-id='${analysts[1]}'][aria-selected='true']`).waitFor({ state: "attached" });
      await expect(
        page.locator("[data-testid='sheet-rows'] [aria-selected='true']").getAttribute("data-row-position-id"),
      ).resolves.toBe(analysts[1]);

      // Nothing found says so.
      await page.getByTestId("chart-search").fill("没有这个人");
      await expect(page.getByTestId("search-none").textContent()).resolves.toContain("没有这个人");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("a row chosen in the row list selects its card and brings it into view", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      // A click on a card selects its row.
      await cardOf(page, "OC-001").click();
      const selectedRow = page.locator("[data-testid='sheet-rows'] [aria-selected='true']");
      await expect(selectedRow.getAttribute("data-row-position-id")).resolves.toBe("OC-001");
      await expect(page.getByTestId("chart-status").textContent()).resolves.toContain("Operations Director");

      // A click on a row selects its card, out of view until then.
      await expect(cardIsInView(page, "OC-013")).resolves.toBe(false);
      const row = page.locator("[data-testid='sheet-rows'] [data-row-position-id='OC-013']");
      await row.click();
      await page.locator("[data-position-id='OC-013'][aria-selected='true']").waitFor({ state: "attached" });
      await expect(cardIsInView(page, "OC-013")).resolves.toBe(true);
      await expect(row.getAttribute("aria-selected")).resolves.toBe("true");
      await expect(
        page
          .locator("[data-testid='org-chart'] [aria-selected='true']")
          .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-position-id"))),
      ).resolves.toEqual(["OC-013"]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("collapse and expand", () => {
  test("Enter and the control on a manager's card hide and show its reports; Expand to level N and Expand all", async () => {
    const { analysis } = await analyzeSample("en");
    const { model } = analysis;
    const manager = "OC-010";
    const reports = reportIds(model, manager);
    const under = descendantIds(model, manager);
    expect(reports.length).toBeGreaterThan(1);
    const pane = await openPane(session, { viewport: WIDE });
    const { page } = pane;
    try {
      await pressZoom(page, "zoom-fit");
      expect(await chartScale(page)).toBeGreaterThanOrEqual(0.5);
      const card = cardOf(page, manager);
      await expect(card.getAttribute("aria-expanded")).resolves.toBe("true");
      for (const id of under) expect(await drawnIds(page)).toContain(id);

      // Enter on the focused card collapses it.
      await card.focus();
      await page.keyboard.press("Enter");
      await page.locator(`[data-position-id='${manager}'][aria-expanded='false']`).waitFor({ state: "attached" });
      const collapsed = await drawnIds(page);
      for (const id of under) expect(collapsed).not.toContain(id);
      expect(collapsed.size).toBe(model.positions.length - under.length);
      await expect(card.locator(".oc-card-toggle text").textContent()).resolves.toBe(`+${reports.length}`);
      await expect(accessibleName(page, card)).resolves.toContain(`collapsed, ${reports.length} hidden`);
      await saveScreenshot(page, "org-chart-collapsed-en");

      // Enter again shows them.
      await expect(focusedCardId(page)).resolves.toBe(manager);
      await page.keyboard.press("Enter");
      await page.locator(`[data-position-id='${manager}'][aria-expanded='true']`).waitFor({ state: "attached" });
      for (const id of under) expect(await drawnIds(page)).toContain(id);

      // A click on the control does the same.
      await card.locator(".oc-card-toggle").click();
      await page.locator(`[data-position-id='${manager}'][aria-expanded='false']`).waitFor({ state: "attached" });
      for (const id of reports) expect(await drawnIds(page)).not.toContain(id);
      await card.locator(".oc-card-toggle").click();
      await page.locator(`[data-position-id='${manager}'][aria-expanded='true']`).waitFor({ state: "attached" });
      for (const id of reports) expect(await drawnIds(page)).toContain(id);

      // Expand to level 2: the top and its reports.
      await openChartOptions(page);
      await page.locator("[data-expand-level='2']").click();
      await page.locator(`[data-position-id='${manager}'][aria-expanded='false']`).waitFor({ state: "attached" });
      await pressZoom(page, "zoom-fit");
      const top = model.positions[model.roots[0]].id;
      const levelTwo = [top, ...reportIds(model, top)];
      const drawn = await drawnCards(page);
      expect(drawn.map((c) => c.id).sort()).toEqual([...levelTwo].sort());
      expect(Math.max(...drawn.map((c) => c.level))).toBe(2);
      for (const c of drawn)
        if (c.id !== top && reportIds(model, c.id).length > 0)
          expect({ id: c.id, expanded: c.expanded }).toEqual({
            id: c.id,
            expanded: "false",
          });
      await saveScreenshot(page, "org-chart-level-2-en");

      // Level 3 shows the managers' reports, not theirs.
      await openChartOptions(page);
      await page.locator("[data-expand-level='3']").click();
      await page.locator(`[data-position-id='${reports[0]}']`).waitFor({ state: "attached" });
      await pressZoom(page, "zoom-fit");
      const three = await drawnCards(page);
      expect(Math.max(...three.map((c) => c.level))).toBe(3);
      expect(three.map((c) => c.id)).toEqual(expect.arrayContaining(reports));

      // Expand all: every position again.
      await openChartOptions(page);
      await page.getByTestId("expand-all").click();
      await page.locator(`[data-position-id='${manager}'][aria-expanded='true']`).waitFor({ state: "attached" });
      await pressZoom(page, "zoom-fit");
      await expect(drawnIds(page).then((ids) => ids.size)).resolves.toBe(model.positions.length);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("keyboard", () => {
  test("arrows move to the first report, the next and previous sibling and back up; the focused card shows a ring", async () => {
    const { analysis } = await analyzeSample("en");
    const { model } = analysis;
    const top = model.positions[model.roots[0]].id;
    const level1 = reportIds(model, top);
    const second = level1[1];
    const secondReports = reportIds(model, second);
    expect(level1.length).toBeGreaterThan(2);
    expect(secondReports.length).toBeGreaterThan(0);
    const pane = await openPane(session);
    const { page } = pane;
    try {
      // Tab reaches the chart on one card: the top.
      const topCard = cardOf(page, top);
      await expect(topCard.getAttribute("tabindex")).resolves.toBe("0");
      await expect(page.locator("[data-testid='org-chart'] [data-card][tabindex='0']").count()).resolves.toBe(1);
      await topCard.focus();
      await expect(focusedCardId(page)).resolves.toBe(top);

      const moves: [string, string][] = [
        ["ArrowDown", level1[0]],
        ["ArrowRight", level1[1]],
        ["ArrowRight", level1[2]],
        ["ArrowLeft", level1[1]],
        ["ArrowDown", secondReports[0]],
        ["ArrowUp", second],
        ["ArrowUp", top],
        ["ArrowLeft", top],
      ];
      const box = await chartBox(page);
      for (const [key, expected] of moves) {
        await page.keyboard.press(key);
        await expect(focusedCardId(page).then((id) => `${key} → ${id}`)).resolves.toBe(`${key} → ${expected}`);
        // The card the keyboard is on is brought into view and is the one tab stop.
        expect(isInside((await cardOf(page, expected).locator(".oc-card-body").boundingBox())!, box)).toBe(true);
        await expect(cardOf(page, expected).getAttribute("tabindex")).resolves.toBe("0");
      }

      // To the second report of the top again: it shows the focus ring, and a screen reader hears title, name, span.
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowRight");
      await expect(focusedCardId(page)).resolves.toBe(second);
      const focused = cardOf(page, second);
      const ring = await focused.locator(".oc-card-ring").evaluate((element) => {
        const style = getComputedStyle(element);
        return { stroke: style.stroke, width: style.strokeWidth };
      });
      expect(ring.stroke).not.toBe("none");
      expect(ring.width).toBe("3px");
      const position = model.positions[model.indexById.get(second)!];
      await expect(accessibleName(page, focused)).resolves.toMatch(
        new RegExp(`^${position.title}, ${position.name}, ${secondReports.length} direct reports(, |$)`),
      );
      await saveScreenshot(page, "org-chart-keyboard-focus-en");

      // Space selects the card the keyboard is on.
      await page.keyboard.press(" ");
      await expect(focused.getAttribute("aria-selected")).resolves.toBe("true");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
