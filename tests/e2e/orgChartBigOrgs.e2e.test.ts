import ExcelJS from "exceljs";
import {
  accessibleName,
  cardIsInView,
  cardOf,
  chainCsv,
  chartBox,
  chartScale,
  distinctPx,
  drawnCards,
  isInside,
  openChartOptions,
  openCsvChart,
  pressZoom,
  searchChart,
} from "./support/chartPage";
import { openFileInPane, openPane, saveScreenshot, paneSessionForFile, type OpenedPane } from "./support/paneBrowser";

const session = paneSessionForFile();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const REPORTS = 200;

/** One manager (W0) and 200 reports (W1…W200), none of whom manage anyone, as an .xlsx written by exceljs. */
async function wideSpanWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Positions");
  sheet.addRow(["Position ID", "Title", "Department", "Reports To", "Name", "Grade"]);
  sheet.addRow(["W0", "Head of Support", "Support", null, "Mei Lin", "Director"]);
  for (let i = 1; i <= REPORTS; i++)
    sheet.addRow([`W${i}`, `Agent ${i}`, "Support", "W0", `Person ${i}`, "Specialist"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openWideSpan(pane: OpenedPane): Promise<void> {
  await openFileInPane(pane.page, "wide-span.xlsx", XLSX, await wideSpanWorkbook());
  await cardOf(pane.page, "W0").waitFor({ state: "attached" });
  await cardOf(pane.page, "W1").waitFor({ state: "attached" });
}

describe("a manager with 200 reports", () => {
  test("compact mode stacks the reports in at most 4 columns; without it they stand in one row", async () => {
    // Tall enough to see all 200 stacked cards with their titles: the chart opens on all of it (the scale ≥ 0.4).
    const pane = await openPane(session, { viewport: { width: 800, height: 3400 } });
    const { page } = pane;
    try {
      await openWideSpan(pane);
      const scale = await chartScale(page);
      expect(scale).toBeGreaterThanOrEqual(0.4);
      const drawn = await drawnCards(page);
      const reports = drawn.filter((card) => card.id !== "W0");
      expect(reports).toHaveLength(REPORTS);
      const manager = drawn.find((card) => card.id === "W0")!;
      const columns = distinctPx(reports.map((card) => card.x));
      expect(columns.length).toBeGreaterThan(1);
      expect(columns.length).toBeLessThanOrEqual(4);
      // The block is bounded: no wider than 4 cards and their lanes, and centred under the manager.
      const width = (columns[columns.length - 1] - columns[0]) * scale + manager.box.width;
      expect(width).toBeLessThanOrEqual(4 * (manager.box.width + 40 * scale));
      const blockCentre =
        (Math.min(...reports.map((c) => c.box.x)) + Math.max(...reports.map((c) => c.box.x + c.box.width))) / 2;
      expect(Math.abs(blockCentre - (manager.box.x + manager.box.width / 2))).toBeLessThan(manager.box.width);
      // Every report below the manager, no two cards overlapping.
      for (const card of reports) expect(card.box.y).toBeGreaterThan(manager.box.y + manager.box.height);
      const boxes = drawn.map((card) => card.box);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap ? `${drawn[i].id} overlaps ${drawn[j].id}` : "").toBe("");
        }
      // Each column is a stack: reports of a column at distinct heights.
      for (const x of columns) {
        const ys = reports.filter((card) => Math.round(card.x) === x).map((card) => Math.round(card.y));
        expect(new Set(ys).size).toBe(ys.length);
      }
      await saveScreenshot(page, "org-chart-wide-span-compact");

      // Compact mode off: the reports stand side by side in one row.
      await openChartOptions(page);
      await page.getByTestId("compact-toggle").click();
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => {
        const ys = new Set(
          Array.from(document.querySelectorAll("[data-testid='org-chart'] [data-card]"))
            .filter((card) => card.getAttribute("data-position-id") !== "W0")
            .map((card) => /translate\([^,]+,\s*(-?[\d.]+)\)/.exec(card.getAttribute("transform") ?? "")?.[1]),
        );
        return ys.size === 1;
      });
      const row = (await drawnCards(page)).filter((card) => card.id !== "W0");
      expect(distinctPx(row.map((card) => card.x)).length).toBeGreaterThan(4);
      expect(distinctPx(row.map((card) => card.y))).toHaveLength(1);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("in the narrow pane: the top of the block, readable", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      await openWideSpan(pane);
      const drawn = await drawnCards(page);
      expect(distinctPx(drawn.filter((card) => card.id !== "W0").map((card) => card.x)).length).toBeLessThanOrEqual(4);
      expect(isInside((await cardOf(page, "W0").boundingBox())!, await chartBox(page))).toBe(true);
      await expect(accessibleName(page, cardOf(page, "W0"))).resolves.toContain(`${REPORTS} direct reports`);
      // The top of the block at a scale where reduced cards show their titles.
      expect(await chartScale(page)).toBeGreaterThanOrEqual(1 / 3);
      await expect(cardOf(page, "W0").locator(".oc-card-title").textContent()).resolves.not.toBe("");
      await expect(cardOf(page, "W1").locator(".oc-card-title").textContent()).resolves.not.toBe("");
      await saveScreenshot(page, "org-chart-wide-span-pane");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("a reporting chain 200 layers deep", () => {
  test("opens without error; the deepest position is found by search, selected and shown in the chart's box", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      // Zoomed far out on the sample first: another workbook opens anew, at its top and readable.
      for (let i = 0; i < 3; i++) await pressZoom(page, "zoom-out");
      expect(await chartScale(page)).toBeLessThan(0.5);
      await openCsvChart(page, "deep.csv", chainCsv(200), "L1");
      await page.locator("[data-testid='org-chart'] [data-position-id='L2']").waitFor({ state: "attached" });
      expect(await chartScale(page)).toBeGreaterThanOrEqual(0.5);
      await expect(cardIsInView(page, "L1")).resolves.toBe(true);
      await expect(page.locator("[data-problem-code]").count()).resolves.toBe(0);
      await expect(cardOf(page, "L1").getAttribute("aria-level")).resolves.toBe("1");
      await expect(cardOf(page, "L200").count()).resolves.toBe(0);

      const result = await searchChart(page, "L200", "L200");
      await expect(result.textContent()).resolves.toContain("Lead 200");
      await result.click();
      const card = cardOf(page, "L200");
      await page.locator("[data-position-id='L200'][aria-selected='true']").waitFor({ state: "attached" });
      await expect(card.getAttribute("aria-level")).resolves.toBe("200");
      await expect(card.locator("text.oc-card-title").textContent()).resolves.toBe("Lead 200");
      expect(isInside((await card.locator(".oc-card-body").boundingBox())!, await chartBox(page))).toBe(true);
      // Its manager sits right above it.
      const above = (await drawnCards(page)).find((c) => c.id === "L199");
      if (above) expect(above.box.y).toBeLessThan((await card.boundingBox())!.y);
      await saveScreenshot(page, "org-chart-chain-200");

      // Up the chain with the keyboard from the deepest card.
      await card.focus();
      await page.keyboard.press("ArrowUp");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-position-id"))).resolves.toBe("L199");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
