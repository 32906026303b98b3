import { openPane, paneSessionForFile, saveScreenshot } from "./support/paneBrowser";

const session = paneSessionForFile();

/**
 * An office.js stand-in for Excel in its Black theme, in Chinese: Office.onReady names Excel, officeTheme gives
 * Office's colours. There is no workbook behind it (Excel.run fails), which the pane reports; the theme is the point.
 */
const EXCEL_BLACK_THEME = `
window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: {
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#404040", controlForegroundColor: "#FFFFFF" },
    requirements: { isSetSupported: function () { return true; } }
  }
};
window.Excel = { run: function () { return Promise.reject(new Error("no workbook behind this stand-in")); } };
`;

describe("the pane in Excel follows Office's theme", () => {
  test("Excel's Black theme: Fluent's dark theme with Office's own background, in Office's language; then White", async () => {
    const pane = await openPane(session, {
      page: "taskpane.html",
      officeJsBody: EXCEL_BLACK_THEME,
      colorScheme: "light", // Office's theme wins over the system's
      waitForPositions: false,
    });
    const { page } = pane;
    try {
      await page.locator("[data-theme='dark']").first().waitFor();
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(38, 38, 38)");
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
      await expect(page.locator("[data-testid='office-unavailable']").count()).resolves.toBe(0);
      await saveScreenshot(page, "excel-black-theme");

      // The user switches Excel to its White theme (Excel raises no event for it): the pane follows when it regains
      // focus, as Office gives the new colours then.
      await page.evaluate(() => {
        const office = (window as unknown as { Office: { context: { officeTheme: object } } }).Office;
        office.context.officeTheme = {
          bodyBackgroundColor: "#FFFFFF",
          bodyForegroundColor: "#262626",
          controlBackgroundColor: "#FFFFFF",
          controlForegroundColor: "#262626",
        };
        window.dispatchEvent(new Event("focus"));
      });
      await page.locator("[data-theme='light']").first().waitFor();
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(255, 255, 255)");
      await expect(page.locator("[data-theme='dark']").count()).resolves.toBe(0);
    } finally {
      await pane.close();
    }
  });
});
