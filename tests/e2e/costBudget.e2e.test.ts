import { translate, type Lang } from "../../src/i18n";
import { budgetWorkbookBytes } from "../fixtures/budgetWorkbook";
import { openFileInPane, openPane, paneSessionForFile, saveScreenshot, type OpenedPane } from "./support/paneBrowser";
import { fitsViewport, openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("Cost tab: the Budget section", () => {
  test.each<[Lang, string, string, string]>([
    ["en", "en-US", "+10,800.00", "Jul–Dec 2026"],
    ["zh-CN", "zh-CN", "+10,800.00", "2026年7–12月"],
  ])(
    "%s: a workbook with a Budget table shows the variance by department and month, over budget highlighted",
    async (lang, locale, julyVariance, july) => {
      pane = await openPane(session, { locale, viewport: { width: 350, height: 900 } });
      const { page } = pane;
      await openFileInPane(page, "budget.xlsx", XLSX, Buffer.from(await budgetWorkbookBytes({ savedYear: true })));
      await openTab(page, "cost");
      const section = page.getByTestId("cost-budget");
      await section.waitFor();
      await expect(section.locator("h3").textContent()).resolves.toBe(translate(lang, "ui.budget.heading"));
      const ops = section.locator("[data-testid='budget-department'][data-department='Ops']");
      // January–June and July–December: one row each (the same figures every month).
      const julyRow = ops.locator("[data-testid='budget-month-row']").nth(1);
      await expect(julyRow.locator("td").first().textContent()).resolves.toBe(july);
      await expect(julyRow.locator("td").nth(2).textContent()).resolves.toBe(julyVariance);
      await expect(julyRow.getAttribute("data-over")).resolves.toBe("true");
      // Over budget is red: the variance cell's colour differs from a month within budget.
      const colour = (row: number) =>
        ops
          .locator("[data-testid='budget-month-row']")
          .nth(row)
          .locator("td")
          .nth(2)
          .evaluate((cell) => getComputedStyle(cell).color);
      expect(await colour(1)).not.toBe(await colour(0));
      await expect(section.getByTestId("budget-over-badge").first().isVisible()).resolves.toBe(true);
      await expect(section.getByTestId("budget-total").textContent()).resolves.toContain("+69,600.00");
      await section.scrollIntoViewIfNeeded();
      await julyRow.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `cost-budget-${lang}-350`);
      await expect(fitsViewport(page)).resolves.toBe(true);

      await page.setViewportSize({ width: 1100, height: 900 });
      await section.scrollIntoViewIfNeeded();
      await expect(fitsViewport(page)).resolves.toBe(true);
      await saveScreenshot(page, `cost-budget-${lang}-wide`);
    },
  );
});
