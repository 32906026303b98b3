import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/i18n";
import { openPane, paneSessionForFile, saveScreenshot } from "./support/paneBrowser";
import { analyzeSample } from "./support/paneViews";

const session = paneSessionForFile();

/** Chooses a format in the chart toolbar's Export menu and waits for the file the browser is handed. */
async function exportAs(page: Page, format: string) {
  await page.getByTestId("chart-options").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-export-format='${format}']`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("exporting the chart from the pane (%s)", (lang, locale) => {
  test("SVG, PNG and PowerPoint arrive as downloads, with every card, and the pane says so", async () => {
    const { analysis } = await analyzeSample(lang);
    const pane = await openPane(session, { locale, viewport: { width: 1280, height: 800 } });
    const { page } = pane;
    try {
      const svg = await exportAs(page, "svg");
      expect(svg.name).toBe("org-chart.svg");
      const text = svg.bytes.toString("utf8");
      expect(text).toMatch(/^<\?xml/);
      expect(text).not.toMatch(/foreignObject|<script|class=/);
      // The chart as shown: every position drawn in the pane is in the file.
      const shown = await page
        .locator("[data-position-id]")
        .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-position-id") ?? ""));
      expect(shown.length).toBeGreaterThan(0);
      const director = analysis.model.positions[analysis.model.roots[0]];
      expect(text).toContain(director.title);
      expect(text).toContain(translate(lang, "export.title"));
      await expect(page.getByTestId("export-status").textContent()).resolves.toBe(
        translate(lang, "export.downloaded", { file: "org-chart.svg" }),
      );

      const png = await exportAs(page, "png");
      expect(png.name).toBe("org-chart.png");
      expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const width = png.bytes.readUInt32BE(16);
      const svgWidth = Number(/width="(\d+)"/.exec(text)![1]);
      expect(width).toBe(svgWidth * 2);

      const pptx = await exportAs(page, "pptx");
      expect(pptx.name).toBe("org-chart.pptx");
      const slide = await (await JSZip.loadAsync(pptx.bytes)).file("ppt/slides/slide1.xml")!.async("string");
      expect(slide).toContain("<p:cxnSp>");
      expect(slide).toContain(director.title);
      await saveScreenshot(page, `export-menu-${lang}`);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
