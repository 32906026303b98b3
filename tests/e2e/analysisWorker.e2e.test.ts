import { generatedCsv } from "../../bench/browser/paneBenchSetup";
import { openPane, paneSessionForFile, type OpenedPane } from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

/**
 * In the page: when a card of the new org first shows, when the progress line shows, when the pane is done; and where
 * the tabs stand (their top, px) before the file is opened, when the first card shows and when the pane is done.
 */
const WATCH = `(() => {
  const tabsTop = () => document.querySelector("[role='tablist']")?.getBoundingClientRect().top;
  const marks = { tabsTopBefore: tabsTop() };
  window.__analysisMarks = marks;
  new MutationObserver(() => {
    const now = performance.now();
    if (marks.card === undefined && document.querySelector("[data-testid='org-chart'] [data-position-id^='P0']")) {
      marks.card = now;
      marks.busyAtCard = document.querySelector("main")?.getAttribute("aria-busy") === "true";
      marks.stageAtCard = document.querySelector("[data-testid='analysis-progress']")?.getAttribute("data-stage");
      marks.tabsTopAtCard = tabsTop();
    }
    const progress = document.querySelector("[data-testid='analysis-progress']");
    if (progress && marks.progress === undefined) marks.progress = progress.getAttribute("data-stage");
    if (marks.card !== undefined && marks.done === undefined && document.querySelector("main")?.getAttribute("aria-busy") === "false")
      { marks.done = now; marks.tabsTopAtDone = tabsTop(); }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
})();`;

interface Marks {
  card?: number;
  busyAtCard?: boolean;
  stageAtCard?: string;
  progress?: string;
  done?: number;
  tabsTopBefore?: number;
  tabsTopAtCard?: number;
  tabsTopAtDone?: number;
}

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

describe("the analysis runs in a Web Worker (issue 9 §2)", () => {
  test("a 100,000-row file: parsed and analysed in the worker, the chart first, with progress, then the checks", async () => {
    pane = await openPane(session, { viewport: { width: 1280, height: 800 } });
    const { page } = pane;
    await page.waitForSelector("[data-testid='org-chart'] [data-position-id]");
    // The sample was analysed in the worker already: the pane started one, from the build's own chunk.
    const workers = page.workers().map((worker) => worker.url());
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\/orgwright-analysis\.[0-9a-f]+\.js$/);

    await page.evaluate(WATCH);
    await page.setInputFiles('[data-testid="open-file"]', {
      name: "org.csv",
      mimeType: "text/csv",
      buffer: generatedCsv(100_000, 42),
    });
    await page.waitForFunction(
      () => (window as unknown as { __analysisMarks: Marks }).__analysisMarks.done,
      undefined,
      {
        timeout: 120_000,
        polling: 100,
      },
    );
    const marks = await page.evaluate(() => (window as unknown as { __analysisMarks: Marks }).__analysisMarks);
    // The chart was drawn while the checks and coverage still ran, with the progress line saying so.
    expect(marks.busyAtCard).toBe(true);
    expect(marks.card!).toBeLessThan(marks.done!);
    expect(marks.progress).toBeDefined();
    // The progress shows in the status line of a fixed height: the tabs and the chart under them never moved, before,
    // during or after the work (a moved chart is laid out and its row list redrawn again, at 100,000 rows).
    expect(marks.tabsTopBefore).toBeGreaterThan(0);
    expect(marks.tabsTopAtCard).toBe(marks.tabsTopBefore);
    expect(marks.tabsTopAtDone).toBe(marks.tabsTopBefore);
    await expect(page.getByTestId("source-description").textContent()).resolves.toContain("org.csv");

    // Then the checks are there: the Checks view lists the org's findings.
    await openTab(page, "checks");
    await page.waitForSelector("[data-testid='checks']");
    await expect(page.locator("[data-finding-code]").count()).resolves.toBeGreaterThan(0);
  }, 180_000);
});
