/**
 * Editing a plan in the chart, in Chromium: a card dragged with the mouse onto a new manager, a drop onto its own
 * report refused, the keyboard move, the card menu (the "…" button, right click, Shift+F10) and its FTE editor; the
 * chart of the plan coloured by change with ghosts and the legend, screenshots in English and Chinese.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { cardBoxOf, cardOf, chartBox, chartTransform, focusedCardId } from "./support/chartPage";
import { emittedEdits, openChartEditPage } from "./support/chartEditHarness";
import { CHROMIUM_PATH, saveScreenshot } from "./support/paneBrowser";

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

const STATUS = "[data-testid='chart-move-status']";

/** The centre of a position's card on the page. */
async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await cardBoxOf(page, id);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Brings a card into view (as search does in the pane). */
async function reveal(page: Page, id: string): Promise<void> {
  await page.evaluate((positionId) => {
    const w = window as unknown as {
      chartCardOf(id: string): number;
      chartView: { reveal(card: number, options: { animate: boolean }): void };
    };
    w.chartView.reveal(w.chartCardOf(positionId), { animate: false });
  }, id);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Presses the mouse on one card and moves it, in steps, onto another; returns before releasing. */
async function dragOnto(page: Page, from: string, to: string): Promise<void> {
  const start = await centreOf(page, from);
  const end = await centreOf(page, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
}

describe("editing a plan in the chart", () => {
  test("a card dragged with the mouse onto another card emits one move; a click still selects", async () => {
    const page = await openChartEditPage(browser);
    await reveal(page, "OC-013");
    await reveal(page, "OC-010");
    // A click selects (no move).
    await cardOf(page, "OC-013").click();
    await expect(cardOf(page, "OC-013").getAttribute("aria-selected")).resolves.toBe("true");
    expect(await emittedEdits(page)).toEqual([]);

    await dragOnto(page, "OC-013", "OC-010");
    await page.locator(`${"[data-position-id='OC-010']"}.oc-drop-target`).waitFor();
    expect(await cardOf(page, "OC-013").getAttribute("class")).toContain("oc-moving");
    await expect(page.locator(STATUS).textContent()).resolves.toContain("will report to");
    await saveScreenshot(page, "orgChartEditing-drag-en");
    await page.mouse.up();
    expect(await emittedEdits(page)).toEqual([{ kind: "move", id: "OC-013", newManager: "OC-010" }]);
    await expect(page.locator(STATUS).textContent()).resolves.toMatch(/now reports to/);
    expect(await page.locator(".oc-drag-preview").count()).toBe(0);
    await page.context().close();
  });

  test("a drop onto the card's own report is refused visibly and not emitted; Escape cancels a drag", async () => {
    const page = await openChartEditPage(browser);
    await reveal(page, "OC-011");
    await dragOnto(page, "OC-010", "OC-011");
    await page.locator("[data-position-id='OC-011'].oc-drop-refused").waitFor();
    await expect(page.locator(STATUS).textContent()).resolves.toMatch(/cannot become its manager/);
    await saveScreenshot(page, "orgChartEditing-refused-en");
    await page.mouse.up();
    expect(await emittedEdits(page)).toEqual([]);

    await dragOnto(page, "OC-012", "OC-014");
    await page.locator("[data-position-id='OC-014'].oc-drop-target").waitFor();
    // Held near the chart's edge, the drag pans the chart.
    const before = await chartTransform(page);
    const chart = await chartBox(page);
    await page.mouse.move(chart.x + 6, chart.y + chart.height / 2, { steps: 4 });
    await page.waitForFunction(
      (transform) =>
        document.querySelector("[data-testid='org-chart'] .oc-viewport")?.getAttribute("transform") !== transform,
      before,
    );
    await page.keyboard.press("Escape");
    await expect(page.locator(STATUS).textContent()).resolves.toBe("Move cancelled.");
    await page.mouse.up();
    expect(await emittedEdits(page)).toEqual([]);
    await page.context().close();
  });

  test("the keyboard move: M, the arrow keys to the new manager, Enter; said in the live status line", async () => {
    const page = await openChartEditPage(browser);
    await reveal(page, "OC-013");
    await cardOf(page, "OC-013").click();
    expect(await focusedCardId(page)).toBe("OC-013");
    await page.keyboard.press("m");
    await expect(page.locator(STATUS).textContent()).resolves.toMatch(/^Moving Product Specialist/);
    expect(await page.locator(STATUS).getAttribute("aria-live")).toBe("polite");
    await page.keyboard.press("ArrowUp"); // its manager in the plan: refused
    expect(await focusedCardId(page)).toBe("OC-014");
    await expect(page.locator(STATUS).textContent()).resolves.toMatch(/already reports to/);
    await page.keyboard.press("Enter");
    expect(await emittedEdits(page)).toEqual([]);
    await page.keyboard.press("ArrowUp");
    expect(await focusedCardId(page)).toBe("OC-010");
    await page.locator("[data-position-id='OC-010'].oc-drop-target").waitFor();
    await saveScreenshot(page, "orgChartEditing-keyboard-en");
    await page.keyboard.press("Enter");
    expect(await emittedEdits(page)).toEqual([{ kind: "move", id: "OC-013", newManager: "OC-010" }]);
    await page.context().close();
  });

  test("the card menu: the selected card's … button, right click and Shift+F10; Change FTE… asks for a number", async () => {
    const page = await openChartEditPage(browser);
    await reveal(page, "OC-012");
    await cardOf(page, "OC-012").click();
    const more = cardOf(page, "OC-012").locator(".oc-card-more");
    expect(await more.getAttribute("aria-label")).toBe("Actions for Senior Product Specialist");
    await more.click();
    const menu = page.getByTestId("chart-card-menu");
    await menu.waitFor();
    expect(await menu.getByRole("menuitem").allTextContents()).toEqual([
      "Move to another manager…",
      "Add position under",
      "Remove position",
      "Mark vacant",
      "Mark planned",
      "Change FTE…",
      "Change salary…",
    ]);
    await saveScreenshot(page, "orgChartEditing-menu-en");
    await menu.getByRole("menuitem", { name: "Mark vacant" }).click();
    expect(await emittedEdits(page)).toEqual([{ kind: "setStatus", id: "OC-012", status: "vacant" }]);
    expect(await focusedCardId(page)).toBe("OC-012");

    await cardOf(page, "OC-012").click({ button: "right" });
    await menu.getByRole("menuitem", { name: "Change FTE…" }).click();
    const input = page.getByTestId("chart-number-editor");
    expect(await input.inputValue()).toBe("1");
    await input.fill("half");
    await input.press("Enter");
    await expect(page.locator(".oc-editor-error").textContent()).resolves.toBe("Enter a number, 0 or more.");
    await input.fill("0.5");
    await input.press("Enter");
    expect((await emittedEdits(page))[1]).toEqual({ kind: "setFte", id: "OC-012", fte: 0.5 });

    await cardOf(page, "OC-012").focus();
    await page.keyboard.press("Shift+F10");
    await menu.waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter"); // Add position under
    expect((await emittedEdits(page))[2]).toEqual({ kind: "add", manager: "OC-012" });
    await page.context().close();
  });

  for (const lang of ["en", "zh-CN"] as const)
    test(`the chart of the plan coloured by change, with ghosts and the legend (${lang})`, async () => {
      const page = await openChartEditPage(browser, { lang });
      const legend = page.getByTestId("chart-change-legend");
      await legend.waitFor();
      const items = await legend.locator("li[data-change-kind]").allTextContents();
      const words =
        lang === "en"
          ? ["+Added: 1", "→Moved: 1", "ΔChanged: 1", "×Removed: 2"]
          : ["+新增：1", "→已调动：1", "Δ已更改：1", "×已删除：2"];
      expect(items).toEqual(words);
      await reveal(page, "OC-016");
      for (const [id, kind] of [
        ["OC-013", "moved"],
        ["OC-012", "changed"],
        ["OC-016", "removed"],
      ])
        expect(await cardOf(page, id).getAttribute("data-change")).toBe(kind);
      expect(await cardOf(page, "OC-016").getAttribute("class")).toContain("oc-kind-removed");
      await reveal(page, "OC-900");
      expect(await cardOf(page, "OC-900").getAttribute("data-change")).toBe("added");
      await reveal(page, "OC-013");
      await saveScreenshot(page, `orgChartEditing-changes-${lang}`);
      await page.context().close();
    });

  test("a dark pane: the change colours' lighter tints, the marks' text dark", async () => {
    const page = await openChartEditPage(browser, { theme: "dark" });
    const legend = page.getByTestId("chart-change-legend");
    await legend.waitFor();
    const mark = legend.locator("[data-kind='added']");
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(60, 201, 154)");
    expect(await mark.evaluate((element) => getComputedStyle(element).color)).toBe("rgb(27, 27, 27)");
    await reveal(page, "OC-013");
    const outline = await cardOf(page, "OC-013")
      .locator(".oc-card-body")
      .evaluate((element) => getComputedStyle(element).stroke);
    expect(outline).toBe("rgb(108, 182, 240)");
    await saveScreenshot(page, "orgChartEditing-changes-dark");
    await page.context().close();
  });
});
