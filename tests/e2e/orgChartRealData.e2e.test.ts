import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildOrgModel } from "../../src/core";
import { openWorkbookFile } from "../../src/files";
import { CHART, CHART_CARDS, cardOf, csvFile, drawnCardIds, openCsvChart, pressZoom } from "./support/chartPage";
import { openFileInPane, openPane, paneSessionForFile, saveScreenshot } from "./support/paneBrowser";

const session = paneSessionForFile();
const DATASET = path.join(__dirname, "..", "fixtures", "datasets", "d3-org-chart-sample.csv");

describe("the chart on data it was not written for", () => {
  test("a real HR export with foreign headers (d3-org-chart's sample): every position charted, top first", async () => {
    const bytes = readFileSync(DATASET);
    // What the pane will make of it, through the same file adapter and core.
    const opened = await openWorkbookFile(new Uint8Array(bytes), "d3-org-chart-sample.csv");
    if (!opened.ok) throw new Error(opened.problem.code);
    const read = await opened.source.readPositions();
    if (!read.ok) throw new Error(read.problem.code);
    const { model } = buildOrgModel(read.grid);
    expect(model.positions.length).toBeGreaterThan(50);
    const top = model.positions[model.roots[0]];
    const pane = await openPane(session, { viewport: { width: 1280, height: 900 } });
    try {
      await openCsvChart(pane.page, "d3-org-chart-sample.csv", bytes, top.id);
      await pressZoom(pane.page, "zoom-fit");
      // Fitted, the chart may be drawn as blocks: zoom back in on the top card, which must carry its title.
      await pressZoom(pane.page, "zoom-in");
      await expect(cardOf(pane.page, top.id).locator(":scope > title").textContent()).resolves.toContain(top.title);
      // The windowed row list holds one row per position.
      await expect(pane.page.locator("[data-testid='sheet-rows'] h3").textContent()).resolves.toContain(
        String(model.positions.length),
      );
      await saveScreenshot(pane.page, "org-chart-real-export");
      expect(pane.errors).toEqual([]);
      expect(pane.blockedRequests).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("hostile cells: markup, huge and right-to-left text, emoji, a cycle and unknown managers draw as plain text", async () => {
    const long = "Very long title ".repeat(400);
    const csv = csvFile([
      "Position ID,Title,Reports To,Name,Department",
      `H1,"<svg onload=alert(1)><script>alert(2)</script>",,"<img src=x onerror=alert(3)>",<b>Ops</b>`,
      `H2,"${long}",H1,"مدير العمليات",Ops`,
      `H3,👩‍💻 Engineer 🚀,H1,"Zoë \u200bNull\u0007Bell",Ops`,
      `H4,Loop A,H5,A,Ops`,
      `H5,Loop B,H4,B,Ops`,
      `H6,Orphan,NOBODY,C,`,
      `H7,,H1,,Ops`,
    ]);
    const pane = await openPane(session, { viewport: { width: 1280, height: 900 } });
    try {
      await pane.page.evaluate(() => {
        (window as unknown as { alerted: boolean }).alerted = false;
        window.alert = () => {
          (window as unknown as { alerted: boolean }).alerted = true;
        };
      });
      await openCsvChart(pane.page, "hostile.csv", csv, "H1");
      await pressZoom(pane.page, "zoom-fit");
      const ids = await drawnCardIds(pane.page);
      // Every row is a card: the cycle and the orphan hang under the virtual top, with findings.
      expect([...ids].sort()).toEqual(["H1", "H2", "H3", "H4", "H5", "H6", "H7"]);
      // Nothing in the chart was made from cell text but text.
      await expect(pane.page.locator(`${CHART} script, ${CHART} img, ${CHART} foreignObject`).count()).resolves.toBe(0);
      await expect(pane.page.locator(`${CHART} svg svg`).count()).resolves.toBe(0);
      await expect(pane.page.evaluate(() => (window as unknown as { alerted: boolean }).alerted)).resolves.toBe(false);
      // The markup is shown as the text it is; the huge title is cut to the card, in full in the tooltip.
      await expect(cardOf(pane.page, "H1").locator("text.oc-card-title").textContent()).resolves.toContain("<svg");
      const title = await cardOf(pane.page, "H2").locator("text.oc-card-title").textContent();
      expect(title!.length).toBeLessThan(80);
      await expect(cardOf(pane.page, "H2").locator(":scope > title").textContent()).resolves.toContain(long.trim());
      // Every card stays inside its own box: no text runs past the card's edge.
      const overflow = await pane.page.locator(CHART_CARDS).evaluateAll((cards) =>
        cards.flatMap((card) => {
          const body = card.querySelector(".oc-card-body")!.getBoundingClientRect();
          return Array.from(card.querySelectorAll("text"))
            .filter((text) => text.getAttribute("display") !== "none")
            .filter((text) => text.getBoundingClientRect().right > body.right + 1)
            .map((text) => `${card.getAttribute("data-position-id")}: ${text.textContent}`);
        }),
      );
      expect(overflow).toEqual([]);
      // The top card is dark: its badges and its collapse control stay readable on it.
      const top = await pane.page.locator(`${CHART} [data-card='0']`).evaluate((card) => {
        const fill = (selector: string) => getComputedStyle(card.querySelector(selector)!).fill;
        return {
          toggle: [fill(".oc-card-toggle text"), fill(".oc-card-toggle rect")],
          badge: [fill(".oc-card-badge text"), fill(".oc-card-body")],
        };
      });
      expect(top.toggle[0]).not.toBe(top.toggle[1]);
      expect(top.badge[0]).not.toBe(top.badge[1]);
      await saveScreenshot(pane.page, "org-chart-hostile");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("headcount lines: a row with Number of Posts and a second sheet's grade lines are each one card “3 × …”", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Staff").addRows([
      ["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Base Salary", "Number of Posts"],
      ["A", "Head of Content", "Content", null, "Ann Lee", 1, 600000, null],
      ["B", "Editor Lead", "Content", "A", "Bo Chen", 1, 300000, null],
      ["H", "Copy Editor", "Content", "B", null, 1, 96000, 3],
    ]);
    workbook.addWorksheet("Junior staff").addRows([
      [
        "Reporting Senior Post",
        "Grade",
        "Payscale Minimum",
        "Payscale Maximum",
        "Generic Job Title",
        "Number of Posts",
      ],
      ["B", "EO", 28000, 32000, "Executive Officer", 2],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const pane = await openPane(session, { viewport: { width: 1280, height: 900 } });
    try {
      const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      await openFileInPane(pane.page, "content.xlsx", xlsx, bytes);
      const line = cardOf(pane.page, "H");
      await line.waitFor({ state: "attached" });
      await expect(line.locator(":scope > title").textContent()).resolves.toContain("3 × Copy Editor");
      const joined = cardOf(pane.page, "B/Executive Officer/Junior staff!2");
      await joined.waitFor({ state: "attached" });
      await expect(joined.locator(":scope > title").textContent()).resolves.toContain("2 × Executive Officer");
      // The manager's direct reports count the posts: 3 + 2.
      await expect(cardOf(pane.page, "B").locator(":scope > title").textContent()).resolves.toContain(
        "5 direct reports",
      );
      await saveScreenshot(pane.page, "org-chart-headcount-lines");
      expect(pane.errors).toEqual([]);
      expect(pane.blockedRequests).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
