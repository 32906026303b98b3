/**
 * The Checks tab and the positions outline at 100,000 positions (issue 9 §2): the lists render only the rows near the
 * viewport, and every finding and position is reached by scrolling or the keyboard, in a 350 px pane.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { generatedCsv } from "../../bench/browser/paneBenchSetup";
import { openFileInPane, openPane, paneSessionForFile, SCREENSHOTS, type OpenedPane } from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

/** What the pane shows (test-results/NAME.png): the viewport only (the whole page is millions of pixels high). */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** A list's place on the page and its rows in the DOM. */
interface ListState {
  /** Rows the list has (aria-setsize). */
  size: number;
  /** The places (aria-posinset) of the rows in the DOM. */
  rendered: number[];
}

function listState(page: Page, list: string): Promise<ListState> {
  return page.locator(list).evaluate((element) => ({
    size: Number(element.getAttribute("data-virtual-list")),
    rendered: [...element.querySelectorAll(":scope > [aria-posinset]")].map((row) =>
      Number(row.getAttribute("aria-posinset")),
    ),
  }));
}

/**
 * Scrolls the page as a user does to the end of `list`: its end to the bottom of the viewport, again while rows just
 * rendered, measured at their real height, move it, until its last row is in view. The number of scrolls it took.
 */
async function scrollToEndOf(page: Page, list: string): Promise<number> {
  return page.locator(list).evaluate(async (element) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const size = element.getAttribute("data-virtual-list");
    for (let scrolls = 1; scrolls <= 20; scrolls++) {
      window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight);
      for (let i = 0; i < 3; i++) await frame();
      const last = element.querySelector(`:scope > [aria-posinset='${size}']`)?.getBoundingClientRect();
      if (last && last.top >= 0 && last.bottom <= window.innerHeight + 1) return scrolls;
    }
    throw new Error("the list's last row never came into view");
  });
}

/** The first row of the page's virtual lists whose top is in the viewport: its list's index and its place. */
function firstRowInView(page: Page): Promise<{ list: number; place: number; top: number }> {
  return page.evaluate(() => {
    const lists = [...document.querySelectorAll("ul[data-virtual-list]")];
    for (const [list, element] of lists.entries())
      for (const row of element.querySelectorAll(":scope > [aria-posinset]")) {
        const top = row.getBoundingClientRect().top;
        if (top >= 0 && top < window.innerHeight)
          return { list, place: Number(row.getAttribute("aria-posinset")), top };
      }
    throw new Error("no row in view");
  });
}

describe("the Checks tab at 100,000 positions", () => {
  test("lists every finding by rule, a screenful in the DOM; scrolling, the keyboard and a click reach the last; a language switch keeps the place", async () => {
    pane = await openPane(session, { viewport: { width: 350, height: 800 } });
    const { page } = pane;
    await openFileInPane(page, "org.csv", "text/csv", generatedCsv(100_000, 42), { timeout: 150_000 });
    await openTab(page, "checks");
    await page.locator("[data-finding-code]").first().waitFor();
    const shown = (await page.getByTestId("findings-shown").textContent())!;
    const total = Number(/of ([\d,]+) findings/.exec(shown)![1].replace(/,/g, ""));
    expect(total).toBeGreaterThan(10_000);

    // Every rule's list says how many it has; together, every finding. The DOM holds a few screens of them.
    const rules = await page.locator("[data-rule]").evaluateAll((sections) =>
      sections.map((section) => ({
        code: section.getAttribute("data-rule")!,
        badge: Number(section.querySelector("h4")!.textContent!.replace(/\D/g, "")),
        size: Number(section.querySelector("ul[data-virtual-list]")!.getAttribute("data-virtual-list")),
      })),
    );
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.size).toBe(rule.badge);
    expect(rules.reduce((sum, rule) => sum + rule.size, 0)).toBe(total);
    const inDom = await page.locator("[data-finding-code]").count();
    expect(inDom).toBeGreaterThan(3);
    expect(inDom).toBeLessThan(60);
    await saveScreenshot(page, "checks-100k-en");

    // Scrolled to the end of the last rule's list: its last finding is rendered, in view.
    const lastList = `[data-rule='${rules[rules.length - 1].code}'] ul[data-virtual-list]`;
    const lastRule = rules[rules.length - 1];
    // A few scrolls at most: the rows' estimated heights are corrected as they render.
    await expect(scrollToEndOf(page, lastList)).resolves.toBeLessThanOrEqual(5);
    const last = page.locator(`${lastList} > li[aria-posinset='${lastRule.size}']`);
    await last.waitFor();
    await expect(last.getAttribute("aria-setsize")).resolves.toBe(String(lastRule.size));
    await expect(last.isVisible()).resolves.toBe(true);
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800 + 1);

    // A click selects it: marked, its status said, its position focused in the outline.
    await last.locator("button").click();
    await expect(last.getAttribute("data-selected")).resolves.toBe("true");
    await expect(last.getByTestId("finding-status").isVisible()).resolves.toBe(true);
    await page.locator("[data-testid='positions'] [data-focused='true']").waitFor();

    // The keyboard: in the biggest list, End goes to its last finding (rendered and focused), Home back to the first.
    const biggest = rules.reduce((a, b) => (b.size > a.size ? b : a));
    const bigList = `[data-rule='${biggest.code}'] ul[data-virtual-list]`;
    await page.locator(`${bigList} > li[aria-posinset='1'] button`).focus();
    await page.keyboard.press("End");
    const focusedPlace = () =>
      page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset") ?? "");
    await page.waitForFunction((size) => {
      const row = document.activeElement?.closest("li");
      return row?.getAttribute("aria-posinset") === String(size);
    }, biggest.size);
    const endBox = (await page.locator(`${bigList} > li[aria-posinset='${biggest.size}']`).boundingBox())!;
    expect(endBox.y).toBeGreaterThanOrEqual(0);
    expect(endBox.y).toBeLessThan(800);
    await page.keyboard.press("ArrowUp");
    await expect(focusedPlace()).resolves.toBe(String(biggest.size - 1));
    await page.keyboard.press("Home");
    await expect(focusedPlace()).resolves.toBe("1");

    // A language switch (the switch is at the top of the pane: the page is scrolled there) keeps the findings in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => window.scrollY === 0);
    await page.waitForFunction(() => {
      const row = document.querySelector("ul[data-virtual-list] > li[aria-posinset='3']");
      return row !== null && row.getBoundingClientRect().top < window.innerHeight;
    });
    const before = await firstRowInView(page);
    await page.getByTestId("language-switch").click();
    await page.locator("[role='menuitemradio'][lang='zh-CN']").click();
    await page.locator("html[lang='zh-CN'] [data-testid='checks'] h2").waitFor();
    await page.waitForFunction(() =>
      (document.querySelector("[data-finding-code]")?.textContent ?? "").includes("管理幅度"),
    );
    const after = await firstRowInView(page);
    expect({ list: after.list, place: after.place }).toEqual({ list: before.list, place: before.place });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Then scrolled halfway down the biggest list and back: the rows there are said in Chinese, measured anew.
    await page.locator(bigList).evaluate((element) => {
      const box = element.getBoundingClientRect();
      window.scrollBy(0, box.top + box.height / 2);
    });
    await page.waitForFunction((list) => {
      const rows = [...document.querySelectorAll(`${list} > li[aria-posinset]`)];
      return rows.some((row) => {
        const top = row.getBoundingClientRect().top;
        return Number(row.getAttribute("aria-posinset")) > 1000 && top >= 0 && top < window.innerHeight;
      });
    }, bigList);
    const middle = await firstRowInView(page);
    expect(middle.place).toBeGreaterThan(1000);
    await saveScreenshot(page, "checks-100k-zh");
  }, 300_000);

  test("the outline lists all 100,000 positions: scrolled to its end, the last is rendered", async () => {
    pane = await openPane(session, { viewport: { width: 350, height: 800 } });
    const { page } = pane;
    await openFileInPane(page, "org.csv", "text/csv", generatedCsv(100_000, 42), { timeout: 150_000 });
    await openTab(page, "overview");
    const outline = "[data-testid='positions'] ul[data-virtual-list]";
    await page.locator(outline).waitFor();
    await expect(page.getByTestId("positions-count").textContent()).resolves.toBe("100,000");
    await expect(listState(page, outline).then((state) => state.size)).resolves.toBe(100_000);
    await expect(scrollToEndOf(page, outline)).resolves.toBeLessThanOrEqual(5);
    const last = page.locator(`${outline} > li[aria-posinset='100000']`);
    await last.waitFor();
    await expect(last.isVisible()).resolves.toBe(true);
    const state = await listState(page, outline);
    expect(state.rendered.length).toBeLessThan(80);
    await saveScreenshot(page, "outline-100k-end");
  }, 300_000);
});
