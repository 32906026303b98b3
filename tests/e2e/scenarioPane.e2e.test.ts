import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { operationsCenterWorkbook } from "../../src/core";
import { translate, type Lang } from "../../src/i18n";
import { cardBoxOf, cardOf, CHART } from "./support/chartPage";
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

/** The pane is idle: nothing being read or written. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") !== "true");
}

/** Creates a plan from the current table in the Plan tab, with the name the pane offers, and waits until it is shown. */
async function createPlan(page: Page, lang: Lang): Promise<string> {
  await openTab(page, "plan");
  await page.getByTestId("plan-new").click();
  const name = await page.getByTestId("new-plan-name").inputValue();
  expect(name).toBe(translate(lang, "ui.plan.defaultName", { number: 1 }));
  await page.getByTestId("new-plan-create").click();
  await page.getByTestId("plan-banner").waitFor();
  await page.locator("[data-plan-sheet][data-shown='true']").waitFor();
  await page.getByTestId("plan-summary").waitFor();
  return name;
}

/** The workbook as "Download .xlsx" saves it: the plan's sheet is in it. Reports To of each position, by sheet. */
async function downloadedReportsTo(page: Page, lang: Lang, sheet: string): Promise<Map<string, string>> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", { name: translate(lang, "ui.action.download") })
      .first()
      .click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as never);
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`no sheet ${sheet} in ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  let idColumn = 0;
  let reportsToColumn = 0;
  const managers = new Map<string, string>();
  worksheet.eachRow((row) => {
    const texts = (row.values as unknown[]).map((value) =>
      value === null || value === undefined ? "" : String(value),
    );
    // The header row (a plan's sheet has its note above the table).
    if (idColumn <= 0) {
      idColumn = texts.indexOf(translate(lang, "field.id"));
      reportsToColumn = texts.indexOf(translate(lang, "field.reportsTo"));
      return;
    }
    managers.set(texts[idColumn], texts[reportsToColumn] ?? "");
  });
  return managers;
}

/** The sheet the shown plan lives on (the banner names it). */
async function shownPlanSheet(page: Page): Promise<string> {
  return (await page.locator("[data-plan-sheet][data-shown='true']").getAttribute("data-plan-sheet"))!;
}

/** Drags a card onto another with the mouse, in steps (the chart tells a drag from a click by the distance). */
async function dragCard(page: Page, id: string, onto: string): Promise<void> {
  const from = await cardBoxOf(page, id);
  const to = await cardBoxOf(page, onto);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
}

describe("plans in the pane", () => {
  test.each(LANGS)(
    "%s: a plan from the sample, a card moved by drag and by keyboard, the sheet and the comparison follow; undo",
    async (lang, locale) => {
      const { analysis } = await analyzeSample(lang);
      const model = analysis.model;
      const managerOf = (id: string) => model.positions[model.indexById.get(id)!].reportsTo;
      expect(managerOf("OC-016")).toBe("OC-014");
      expect(managerOf("OC-019")).toBe("OC-017");

      // Wide enough for the whole sample to be drawn with its cards readable (both cards of the drag in view).
      pane = await openPane(session, { locale, viewport: { width: 2600, height: 1000 } });
      const { page } = pane;
      await createPlan(page, lang);
      const sheet = await shownPlanSheet(page);
      await expect(page.getByTestId("plan-banner").textContent()).resolves.toContain(sheet);
      await expect(page.locator("[data-plan-change]").count()).resolves.toBe(0);

      // Drag: OC-016 onto OC-011.
      await openTab(page, "chart");
      await page.getByTestId("plan-chart").waitFor();
      await cardOf(page, "OC-016").waitFor();
      await dragCard(page, "OC-016", "OC-011");
      await idle(page);
      await page.locator(`${CHART} [data-position-id='OC-016'][data-change='moved']`).waitFor();
      await saveScreenshot(page, `plan-chart-moved-${lang}`);

      // Keyboard: OC-019 picked up (M), the new manager chosen with the arrow keys (up to its manager OC-017, then up
      // to OC-010), dropped with Enter.
      await cardOf(page, "OC-019").click();
      await cardOf(page, "OC-019").focus();
      await page.keyboard.press("m");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Enter");
      await idle(page);
      await page.locator(`${CHART} [data-position-id='OC-019'][data-change='moved']`).waitFor();

      // Side by side (the pane is wide): the current org's chart beside the plan's, coloured by change.
      await page.locator("[data-plan-chart='both']").click();
      await page.locator("[data-chart-of='current'] [data-testid='org-chart'] [data-card]").first().waitFor();
      await page.locator("[data-chart-of='plan'] [data-position-id='OC-019'][data-change='moved']").waitFor();
      await saveScreenshot(page, `plan-side-by-side-${lang}`);
      await page.locator("[data-plan-chart='plan']").click();

      // The plan's sheet (the in-memory workbook, as downloaded) holds both moves; the user's table neither.
      const planManagers = await downloadedReportsTo(page, lang, sheet);
      expect(planManagers.get("OC-016")).toBe("OC-011");
      expect(planManagers.get("OC-019")).toBe("OC-010");
      const userManagers = await downloadedReportsTo(page, lang, operationsCenterWorkbook(lang)[0].name);
      expect(userManagers.get("OC-016")).toBe("OC-014");

      // The comparison lists the moves.
      await openTab(page, "plan");
      await page.locator("[data-plan-change='moved'] [data-change-id='OC-016']").waitFor();
      await expect(
        page.locator("[data-plan-change='moved'] [data-change-id='OC-016']").textContent(),
      ).resolves.toContain(translate(lang, "ui.plan.compare.movedFromTo", { before: "OC-014", after: "OC-011" }));
      await saveScreenshot(page, `plan-comparison-${lang}`);
      // Write comparison: the Plan comparison sheet is added to the workbook.
      await page.getByTestId("plan-write-comparison").click();
      await page
        .getByTestId("notice")
        .filter({ hasText: translate(lang, "compare.sheet.name") })
        .waitFor();

      // Undo (Ctrl+Z in the pane) takes the keyboard move back, then the drag.
      await page.keyboard.press("Control+z");
      await idle(page);
      await page.keyboard.press("Control+z");
      await idle(page);
      await page.locator("[data-plan-change='moved']").waitFor({ state: "detached" });
      const undone = await downloadedReportsTo(page, lang, sheet);
      expect(undone.get("OC-016")).toBe("OC-014");
      expect(undone.get("OC-019")).toBe("OC-017");

      // Back to the current org.
      await page.getByTestId("plan-back").click();
      await page.getByTestId("plan-banner").waitFor({ state: "detached" });
    },
  );

  test.each(LANGS)("%s: the Plan tab fits a 350 px pane", async (lang, locale) => {
    pane = await openPane(session, { locale, viewport: { width: 350, height: 800 } });
    const { page } = pane;
    await createPlan(page, lang);
    await expect(fitsViewport(page)).resolves.toBe(true);
    await saveScreenshot(page, `plan-350-${lang}`);
  });
});
