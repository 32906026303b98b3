import type { Page } from "playwright-core";
import { DARK_DEPARTMENT_PALETTE, DEPARTMENT_PALETTE } from "../../src/chart/departmentColours";
import { SAMPLE_DEPARTMENT_NAMES } from "../../src/core/sample/operationsCenterDepartments";
import { OPERATIONS_CENTER } from "../../src/core/sample/operationsCenterPositions";
import { cardBoxOf, cardOf, CHART, openCsvChart, searchChart, wideSpanCsv, type Box } from "./support/chartPage";
import { openPane, paneSessionForFile, saveScreenshot, type OpenPaneOptions } from "./support/paneBrowser";

const session = paneSessionForFile();
const NARROW = { width: 350, height: 760 };

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5
  );
}

async function withPane(options: OpenPaneOptions, run: (page: Page) => Promise<void>): Promise<void> {
  const pane = await openPane(session, options);
  try {
    await run(pane.page);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
}

/** The legend's colour of each department, by name. */
function legendColours(page: Page): Promise<Record<string, string>> {
  return page
    .locator("[data-legend-department]")
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          item.getAttribute("data-legend-department") ?? "",
          getComputedStyle(item.querySelector("span")!).backgroundColor,
        ]),
      ),
    );
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe.each([
  ["en-US", "en"],
  ["zh-CN", "zh-CN"],
])("a 350 px pane in %s", (locale, name) => {
  test("shows every tab whole, and the chart's options button on the toolbar's line", async () => {
    await withPane({ locale, viewport: NARROW }, async (page) => {
      const row = await page.evaluate(() => {
        const list = document.querySelector("[role='tablist']")!;
        const scroller = list.parentElement!;
        const box = scroller.getBoundingClientRect();
        return {
          scrollWidth: scroller.scrollWidth,
          clientWidth: scroller.clientWidth,
          right: box.right,
          tabs: Array.from(list.querySelectorAll("[role='tab']"), (tab) => tab.getBoundingClientRect().right),
        };
      });
      expect(row.tabs).toHaveLength(7);
      expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
      for (const right of row.tabs) expect(right).toBeLessThanOrEqual(row.right + 0.5);

      const toolbar = (await page.getByTestId("chart-toolbar").boundingBox())!;
      const firstView = (await page.locator("[data-chart-view='positions']").boundingBox())!;
      const options = (await page.getByTestId("chart-options").boundingBox())!;
      expect(Math.abs(options.y + options.height / 2 - (firstView.y + firstView.height / 2))).toBeLessThanOrEqual(2);
      expect(options.x + options.width).toBeLessThanOrEqual(toolbar.x + toolbar.width + 0.5);
      await saveScreenshot(page, `pane-350-${name}`);
    });
  });
});

describe("the chart pane", () => {
  test("the status line follows the selection: a card, then a row of the list", async () => {
    await withPane({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await cardOf(page, "OC-001").click();
      const status = page.getByTestId("chart-status");
      await expect(status.textContent()).resolves.toMatch(/^Operations Director: row \d+ of /);
      await page.locator("[data-row-position-id='OC-010']").click();
      await page.waitForFunction(() =>
        document.querySelector("[data-testid='chart-status']")?.textContent?.startsWith("Operations Manager:"),
      );
      await expect(status.textContent()).resolves.toMatch(/^Operations Manager: row \d+ of /);
    });
  });

  test("a search result never lands under the minimap", async () => {
    await withPane({ viewport: NARROW }, async (page) => {
      const minimap = page.locator(`${CHART} .oc-minimap`);
      await minimap.waitFor({ state: "visible" });
      const map = (await minimap.boundingBox())!;
      let checked = 0;
      for (const position of OPERATIONS_CENTER) {
        const result = await searchChart(page, position.id, position.id);
        await result.click();
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        if (!(await minimap.isVisible())) continue;
        const card = await cardBoxOf(page, position.id);
        expect([position.id, overlaps(card, map)]).toEqual([position.id, false]);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });
  });

  test("keeps each department's colour in English and in Chinese", async () => {
    let english: Record<string, string> = {};
    await withPane({ viewport: { width: 1280, height: 800 } }, async (page) => {
      english = await legendColours(page);
    });
    await withPane({ locale: "zh-CN", viewport: { width: 1280, height: 800 } }, async (page) => {
      const chinese = await legendColours(page);
      for (const [en, zh] of SAMPLE_DEPARTMENT_NAMES) {
        expect(DEPARTMENT_PALETTE.map(rgb)).toContain(english[en]);
        expect([zh, chinese[zh]]).toEqual([zh, english[en]]);
      }
    });
  });

  test("follows the system's dark mode: Fluent's dark theme, and the chart's colours from it", async () => {
    await withPane({ colorScheme: "dark", viewport: NARROW }, async (page) => {
      await page.locator("[data-theme='dark']").first().waitFor();
      const colours = await page.evaluate(() => {
        const card = document.querySelector("[data-testid='org-chart'] [data-position-id='OC-001']")!;
        return {
          body: getComputedStyle(document.body).backgroundColor,
          card: getComputedStyle(card.querySelector(".oc-card-body")!).fill,
          title: getComputedStyle(card.querySelector(".oc-card-title")!).fill,
          band: card.querySelector(".oc-card-band")?.getAttribute("fill") ?? "",
        };
      });
      expect(colours.body).toBe("rgb(41, 41, 41)");
      expect(colours.card).toBe("rgb(41, 41, 41)");
      expect(colours.title).toBe("rgb(255, 255, 255)");
      expect(DARK_DEPARTMENT_PALETTE.map((colour) => colour.toLowerCase())).toContain(colours.band.toLowerCase());
      await saveScreenshot(page, "pane-350-dark");
    });
    await withPane({ colorScheme: "light", viewport: NARROW }, async (page) => {
      await page.locator("[data-theme='light']").first().waitFor();
      const card = await page
        .locator(`${CHART} [data-position-id='OC-001'] .oc-card-body`)
        .evaluate((element) => getComputedStyle(element).fill);
      expect(card).toBe("rgb(255, 255, 255)");
    });
  });

  test("writes counts for the locale: a 2,500-position org opens with '2,500 positions'", async () => {
    await withPane({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await openCsvChart(page, "wide.csv", wideSpanCsv(2499), "W0");
      await expect(page.getByTestId("opened-collapsed").textContent()).resolves.toContain(
        "This org has 2,500 positions",
      );
    });
  });
});
