import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { ticksToAmount } from "../../src/core/cost/decimal";
import { formatMoney } from "../../src/core/findings/localeFormat";
import { translate, type Lang } from "../../src/i18n";
import { openPane, paneSessionForFile, saveScreenshot, type OpenedPane } from "./support/paneBrowser";
import { analyzeSample, fitsViewport, openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

const LANGS: [Lang, string][] = [
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
];

describe("Cost tab", () => {
  test.each(LANGS)(
    "%s: the sample's total, departments, months and on-cost lines are the core's, each stated with its basis; fits 350 px and a wide window",
    async (lang, locale) => {
      const core = (await analyzeSample(lang)).cost!;
      expect(core.total).toBeGreaterThan(0);
      const money = (ticks: number) => formatMoney(lang, ticksToAmount(ticks), core.currency);

      pane = await openPane(session, { locale, viewport: { width: 350, height: 800 } });
      const { page } = pane;
      await openTab(page, "cost");
      // The selected tab is named by its label (Fluent's hidden bold copy of the label is not part of its name).
      const costTab = page.getByRole("tab", { name: translate(lang, "ui.tab.cost"), exact: true, selected: true });
      await expect(costTab.getAttribute("data-tab")).resolves.toBe("cost");
      await expect(page.getByTestId("cost-total").textContent()).resolves.toBe(money(core.total));
      // The basis and proration are stated on each output: the total, the departments, the months, the on-costs.
      const statements = await page.getByTestId("cost-statement").allTextContents();
      expect(statements).toHaveLength(4);
      for (const statement of statements) {
        expect(statement).toContain(translate(lang, `ui.cost.basis.${core.settings.salaryBasis}`));
        expect(statement).toContain(translate(lang, `ui.cost.proration.${core.settings.proration}`));
      }
      const rows = page.getByTestId("cost-department-row");
      await expect(rows.count()).resolves.toBe(core.departments.length);
      const biggest = [...core.departments].sort((a, b) => b.total - a.total)[0];
      await expect(rows.first().locator("td").first().textContent()).resolves.toBe(biggest.department);
      await expect(rows.first().locator("td").last().textContent()).resolves.toBe(money(biggest.total));
      await expect(page.getByTestId("cost-department-bar").count()).resolves.toBe(core.departments.length);
      const months = await page.getByTestId("cost-month-row").locator("td:last-child").allTextContents();
      expect(months).toEqual(Array.from(core.monthTotals, money));
      await expect(page.getByTestId("cost-oncost-row").count()).resolves.toBe(core.onCostItems.length);
      await saveScreenshot(page, `cost-${lang}-350`);
      await expect(fitsViewport(page)).resolves.toBe(true);

      await page.setViewportSize({ width: 1100, height: 900 });
      await page.getByTestId("cost-total").waitFor();
      await expect(fitsViewport(page)).resolves.toBe(true);
      await saveScreenshot(page, `cost-${lang}-wide`);
    },
  );

  test("a selected card shows its position's months: pay and on-costs as the core costs them", async () => {
    const core = (await analyzeSample("en")).cost!;
    pane = await openPane(session, { viewport: { width: 1100, height: 900 } });
    const { page } = pane;
    const row = page.locator("[data-testid='sheet-rows'] [data-row-position-id]").nth(1);
    const id = (await row.getAttribute("data-row-position-id"))!;
    await row.click();
    const section = page.getByTestId("position-cost");
    await section.waitFor();
    const p = (await analyzeSample("en")).analysis.model.indexById.get(id)!;
    const money = (ticks: number) => formatMoney("en", ticksToAmount(ticks), core.currency);
    const pay = await section.locator("[data-testid='position-cost-month'] td:nth-child(2)").allTextContents();
    expect(pay).toEqual(Array.from({ length: 12 }, (_, m) => money(core.pay[p * 12 + m])));
    await expect(page.getByTestId("position-cost-total").textContent()).resolves.toContain(
      money(core.positionTotals[p]),
    );
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "cost-selected-card-en");
  });

  test("settings saved in the workbook: an April fiscal year by whole months recosts to the core's figure", async () => {
    const saved = { settings: { year: 2025, startMonth: 4, proration: "months" as const }, shown: "loaded" as const };
    const loaded = await analyzeSample("en", undefined, saved);
    const core = loaded.cost!;
    expect(core.months[0].key).toBe("2025-04");

    pane = await openPane(session);
    const { page } = pane;
    await openTab(page, "cost");
    await page.getByTestId("cost-setting-year").fill("2025");
    await page.getByTestId("cost-setting-startMonth").selectOption("4");
    await page.getByTestId("cost-setting-proration").selectOption("months");
    await page.getByTestId("cost-settings-save").click();
    await page.getByText(translate("en", "ui.cost.saved")).waitFor();
    await expect(page.getByTestId("cost-total").textContent()).resolves.toBe(
      formatMoney("en", ticksToAmount(core.total), core.currency),
    );
    await expect(page.getByTestId("cost-statement").first().textContent()).resolves.toContain(
      translate("en", "ui.cost.proration.months"),
    );
    await expect(page.getByTestId("cost-setting-startMonth").inputValue()).resolves.toBe("4");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).first().click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as never);
    const settings = new Map<string, string>();
    workbook
      .getWorksheet("_orgwright")
      ?.eachRow((row) => settings.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(JSON.parse(settings.get("orgwright.costSettings")!)).toMatchObject({
      year: 2025,
      startMonth: 4,
      proration: "months",
    });
  });

  test("Write cost sheet: the Headcount cost sheet of live formulas lands in the workbook (the browser's file)", async () => {
    const core = (await analyzeSample("en")).cost!;
    pane = await openPane(session);
    const { page } = pane;
    await openTab(page, "cost");
    await page.getByTestId("write-cost-sheet").click();
    await page.getByText("“Headcount cost”", { exact: false }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).first().click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as never);
    const sheet = workbook.getWorksheet("Headcount cost")!;
    let formulas = 0;
    let orgwright: unknown;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith("Orgwright's total")) orgwright = row.getCell(2).value;
      row.eachCell((cell) => {
        if (cell.value && typeof cell.value === "object" && "formula" in cell.value) formulas++;
      });
    });
    expect(formulas).toBeGreaterThan(core.costed.length * 12);
    expect(orgwright).toBe(ticksToAmount(core.total));
  });
});
