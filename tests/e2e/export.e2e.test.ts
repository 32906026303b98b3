import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/i18n";
import { exportAs, openExportDialog } from "./support/exportDialog";
import { openPane, paneSessionForFile, saveScreenshot } from "./support/paneBrowser";
import { analyzeSample } from "./support/paneViews";

const session = paneSessionForFile();
const dir = mkdtempSync(join(tmpdir(), "orgwright-export-e2e-"));

/** The URLs the page has fetched so far. */
function fetched(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
}

jest.setTimeout(300_000);

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("exporting the chart from the pane (%s)", (lang, locale) => {
  test("SVG, PNG, PowerPoint (one slide and a deck) and PDF arrive as downloads; the PDF's fonts load only then", async () => {
    const { analysis } = await analyzeSample(lang);
    const pane = await openPane(session, { locale, viewport: { width: 1280, height: 800 } });
    const { page } = pane;
    try {
      await page.locator("[data-position-id]").first().waitFor();
      // The first load fetches no export code, font or WebAssembly.
      for (const url of await fetched(page)) expect(url).not.toMatch(/\.ttf|\.wasm|export/);

      const svg = await exportAs(page, lang, "svg");
      expect(svg.name).toBe("org-chart.svg");
      const text = svg.bytes.toString("utf8");
      expect(text).toMatch(/^<\?xml/);
      expect(text).not.toMatch(/foreignObject|<script|class=/);
      const director = analysis.model.positions[analysis.model.roots[0]];
      expect(text).toContain(director.title);
      expect(text).toContain(translate(lang, "export.title"));
      await expect(page.getByTestId("export-status").textContent()).resolves.toBe(
        translate(lang, "export.downloaded", { file: "org-chart.svg" }),
      );
      // SVG, PNG and PowerPoint need no font file.
      for (const url of await fetched(page)) expect(url).not.toMatch(/\.ttf|\.wasm/);

      const png = await exportAs(page, lang, "png");
      expect(png.name).toBe("org-chart.png");
      expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const svgWidth = Number(/width="(\d+)"/.exec(text)![1]);
      expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);

      const pptx = await exportAs(page, lang, "pptx", { deck: "slide" });
      expect(pptx.name).toBe("org-chart.pptx");
      const zip = await JSZip.loadAsync(pptx.bytes);
      const slide = await zip.file("ppt/slides/slide1.xml")!.async("string");
      expect(slide).toContain("<p:cxnSp>");
      expect(slide).toContain(director.title);
      expect(zip.file("ppt/slides/slide2.xml")).toBeNull();

      // The deck: the departments overview first, then the org and a slide per department head's team.
      const deck = await exportAs(page, lang, "pptx", { deck: "deck" });
      const deckZip = await JSZip.loadAsync(deck.bytes);
      const slides = Object.keys(deckZip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
      expect(slides.length).toBeGreaterThan(2);
      const overview = await deckZip.file("ppt/slides/slide1.xml")!.async("string");
      expect(overview).toContain(translate(lang, "export.overview"));
      await expect(page.getByTestId("export-status").textContent()).resolves.toBe(
        translate(lang, "export.slidesWritten", { file: "org-chart.pptx", slides: slides.length }),
      );

      // The PDF: the first one fetches the fonts and hb-subset; its text is selectable, in the chart's language.
      const pdf = await exportAs(page, lang, "pdf", { paper: "A3", pages: "poster" });
      expect(pdf.name).toBe("org-chart.pdf");
      expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const after = await fetched(page);
      expect(after.some((url) => url.endsWith("NotoSansSC-Regular.ttf"))).toBe(true);
      expect(after.some((url) => url.endsWith("harfbuzz-subset.wasm"))).toBe(true);
      const file = join(dir, `pane-${lang}.pdf`);
      writeFileSync(file, pdf.bytes);
      const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      for (const position of analysis.model.positions)
        if (position.title.trim() !== "") expect(pdfText).toContain(position.title.replace(/\s+/g, ""));
      expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Page size:\s+1190\.5\d* x 841\.8\d* pts/);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("the export dialog fits a 350 px pane", async () => {
    const pane = await openPane(session, { locale, viewport: { width: 350, height: 700 } });
    const { page } = pane;
    try {
      await page.locator("[data-position-id]").first().waitFor();
      await openExportDialog(page);
      const box = await page.getByTestId("export-dialog").boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(350);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await saveScreenshot(page, `export-dialog-${lang}`);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
