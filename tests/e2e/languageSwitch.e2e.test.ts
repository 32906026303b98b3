import type { Page } from "playwright-core";
import { cardOf, csvFile } from "./support/chartPage";
import { openFileInPane, openPane, paneSessionForFile, saveScreenshot, type OpenedPane } from "./support/paneBrowser";
import { exportAs } from "./support/exportDialog";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

/** A manager nobody has (UNKNOWN_MANAGER) and a vacant post. */
const PEOPLE = csvFile(["Position ID,Title,Reports To,Name", "U1,Owner,,Uma", "U2,Helper,U1,", "U3,Stray,NOPE,Sam"]);

/**
 * In the page, from now on: every request the pane posts to its analysis worker (by type), and whether the pane ever
 * says it is busy (the progress line or `aria-busy`).
 */
const WATCH = `(() => {
  const seen = { requests: [], busy: false };
  window.__languageWatch = seen;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    seen.requests.push(message && message.type);
    return post.call(this, message, ...rest);
  };
  const check = () => {
    if (document.querySelector("main")?.getAttribute("aria-busy") === "true") seen.busy = true;
    if (document.querySelector("[data-testid='analysis-progress']")) seen.busy = true;
  };
  new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
})();`;

interface Watch {
  requests: string[];
  busy: boolean;
}

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __languageWatch: Watch }).__languageWatch);

/** Opens the header's language menu and picks `name`. */
async function switchLanguage(page: Page, name: string): Promise<void> {
  await page.getByTestId("language-switch").click();
  await page.getByRole("menuitemradio", { name }).click();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe("switching the pane's language (issue 9 §2: no new analysis)", () => {
  test("a file's org stays loaded: findings, status line, tabs and cards in Chinese, with no request to the worker", async () => {
    pane = await openPane(session);
    const { page } = pane;
    await openFileInPane(page, "people.csv", "text/csv", PEOPLE);
    await cardOf(page, "U1").click();
    await expect(text(page, "chart-status")).resolves.toMatch(/^Owner: row 2 of “people”/);
    await expect(page.getByTestId("org-chart").textContent()).resolves.toContain("Vacant");
    await openTab(page, "checks");
    const finding = page.locator("[data-finding-code='UNKNOWN_MANAGER']");
    await expect(finding.textContent()).resolves.toContain("Position “U3” reports to “NOPE”");

    await page.evaluate(WATCH);
    await switchLanguage(page, "简体中文");
    await page.waitForFunction(() => document.querySelector("[data-tab='checks']")?.textContent?.startsWith("检查"));
    await expect(finding.textContent()).resolves.toContain("岗位“U3”的汇报对象“NOPE”不是本表中的岗位编号。");
    await expect(text(page, "source-description")).resolves.toBe("数据: people.csv");
    await expect(page.evaluate(() => [document.documentElement.lang, document.title])).resolves.toEqual([
      "zh-CN",
      "Orgwright 组织设计",
    ]);
    await saveScreenshot(page, "language-switch-checks-zh-CN");
    await openTab(page, "chart");
    // The selection stayed; the status line and the cards say it in Chinese.
    await expect(text(page, "chart-status")).resolves.toMatch(/^Owner：“people”第 2 行。/);
    await page.waitForFunction(() =>
      document.querySelector("[data-testid='org-chart']")?.textContent?.includes("空缺"),
    );
    await expect(page.getByTestId("org-chart").textContent()).resolves.not.toContain("Vacant");
    // Nothing was read or analysed again: the worker was asked nothing, and the pane was never busy.
    const watch = await watched(page);
    expect(watch.requests).toEqual([]);
    expect(watch.busy).toBe(false);

    // The last export's status line says itself again too.
    const svg = await exportAs(page, "zh-CN", "svg");
    await page.waitForFunction(
      (name) => document.querySelector("[data-testid='export-status']")?.textContent === `${name} 已下载。`,
      svg.name,
    );
    await switchLanguage(page, "English");
    await expect(text(page, "export-status")).resolves.toBe(`${svg.name} was downloaded.`);
    await expect(page.getByTestId("org-chart").textContent()).resolves.toContain("Vacant");
  }, 120_000);

  test("the built-in sample, untouched, is opened again in the new language; the choice is kept for next time", async () => {
    pane = await openPane(session);
    const { page } = pane;
    await expect(cardOf(page, "OC-001").textContent()).resolves.toContain("Operations Director");
    await page.evaluate(WATCH);
    await switchLanguage(page, "简体中文");
    await page.waitForFunction(() =>
      document.querySelector("[data-position-id='OC-001']")?.textContent?.includes("运营总监"),
    );
    await expect(text(page, "source-description")).resolves.toBe("数据: 示例：运营中心");
    // One analysis, of the Chinese sample's rows (read on the pane's thread, analysed in the worker).
    expect((await watched(page)).requests.filter((type) => type === "analyse")).toHaveLength(1);

    // The pane opened again (the browser's language is English) opens in the language the user chose.
    await page.reload();
    await page.waitForSelector("[data-position-id='OC-001']");
    await expect(cardOf(page, "OC-001").textContent()).resolves.toContain("运营总监");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
    await expect(text(page, "language-switch")).resolves.toBe("简体中文");
  }, 120_000);
});
