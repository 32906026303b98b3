import type { Lang } from "../../src/i18n";
import { openPane, saveScreenshot, paneSessionForFile } from "./support/paneBrowser";
import { analyzeSample, fitsViewport, openTab, type PaneTabName } from "./support/paneViews";

const session = paneSessionForFile();

describe("the charts", () => {
  test("span bands and the layer pyramid draw the analysis' numbers, with text alternatives", async () => {
    const { analysis } = await analyzeSample("en");
    const pane = await openPane(session);
    const { page } = pane;
    try {
      await openTab(page, "overview");
      const spans = page.getByTestId("span-chart");
      const bands = await spans
        .locator("[data-band]")
        .evaluateAll((groups) =>
          groups.map((g) => [g.getAttribute("data-band"), Number(g.getAttribute("data-managers"))]),
        );
      expect(bands).toEqual(analysis.checks.spans.bands.map((band) => [band.band, band.managers]));
      await expect(spans.locator("[data-bar]").count()).resolves.toBe(
        analysis.checks.spans.bands.filter((band) => band.managers > 0).length,
      );
      // The default target 4–8: 4–7 lies inside it, 8–12 partly.
      await expect(spans.locator("[data-band='4–7']").getAttribute("data-fit")).resolves.toBe("within");
      await expect(spans.locator("[data-band='8–12']").getAttribute("data-fit")).resolves.toBe("partial");
      await expect(spans.locator("[data-band='2–3']").getAttribute("data-fit")).resolves.toBe("outside");
      // Real text in the SVG, an accessible name with the numbers, and the numbers as a table.
      await expect(spans.locator("svg text").first().textContent()).resolves.toBe("1");
      await expect(spans.getByRole("img").getAttribute("aria-label")).resolves.toContain(
        `2–3: ${analysis.checks.spans.bands[1].managers}`,
      );
      await expect(spans.locator("table tbody tr").count()).resolves.toBe(6);
      await expect(spans.locator("foreignObject").count()).resolves.toBe(0);
      await expect(page.getByTestId("span-stats").textContent()).resolves.toBe(
        `Managers: ${analysis.checks.spans.managers} · median span ${analysis.checks.spans.median} · mean ${analysis.checks.spans.mean}`,
      );

      const layers = page.getByTestId("layer-chart");
      const drawn = await layers
        .locator("[data-layer]")
        .evaluateAll((groups) =>
          groups.map((g) => [Number(g.getAttribute("data-layer")), Number(g.getAttribute("data-positions"))]),
        );
      expect(drawn).toEqual(analysis.checks.layers.layers.map((row) => [row.layer, row.positions]));
      await expect(layers.locator("[data-bar]").count()).resolves.toBe(analysis.checks.layers.layers.length);
      const third = analysis.checks.layers.layers[2];
      await expect(layers.locator("[data-layer='3'] text").last().textContent()).resolves.toBe(
        `${third.positions} · ${third.fte} FTE`,
      );
      // Bars centred on one line.
      const centres = await layers
        .locator("[data-bar]")
        .evaluateAll((bars) =>
          bars.map((bar) => Number(bar.getAttribute("x")) + Number(bar.getAttribute("width")) / 2),
        );
      for (const centre of centres) expect(centre).toBeCloseTo(centres[0], 5);
      await saveScreenshot(page, "overview-en");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test.each<Lang>(["en", "zh-CN"])(
    "the coverage heatmap (%s): one row per capability, one cell per department",
    async (lang) => {
      const { analysis } = await analyzeSample(lang);
      const { matrix } = analysis.coverage;
      const pane = await openPane(session, { locale: lang === "en" ? "en-US" : "zh-CN" });
      const { page } = pane;
      try {
        await openTab(page, "coverage");
        const heatmap = page.getByTestId("coverage-heatmap");
        await expect(heatmap.locator("[data-capability]").count()).resolves.toBe(matrix.rows.length);
        await expect(heatmap.locator("[data-department]").count()).resolves.toBe(matrix.departments.length);
        await expect(heatmap.locator("[data-cell]").count()).resolves.toBe(
          matrix.rows.length * matrix.departments.length,
        );
        const filled = matrix.rows.flatMap((row) => row.byDepartment).filter((cell) => cell.filledPositions > 0).length;
        const vacantOnly = matrix.rows
          .flatMap((row) => row.byDepartment)
          .filter((cell) => cell.filledPositions === 0 && cell.vacantPositions > 0).length;
        await expect(heatmap.locator("[data-cell='filled']").count()).resolves.toBe(filled);
        await expect(heatmap.locator("[data-cell='vacantOnly']").count()).resolves.toBe(vacantOnly);
        const uncovered = matrix.rows.filter(
          (row) => row.total.filledPositions + row.total.vacantPositions === 0,
        ).length;
        await expect(heatmap.locator("[data-coverage='uncovered']").count()).resolves.toBe(uncovered);
        // A tooltip per cell, and the whole matrix as a table for screen readers.
        const first = matrix.rows[0];
        const name = lang === "en" ? first.capability.en : first.capability.zh;
        await expect(heatmap.locator("[data-capability] [data-cell] title").first().textContent()).resolves.toContain(
          name,
        );
        await expect(heatmap.locator("[data-testid='coverage-table'] tbody tr").count()).resolves.toBe(
          matrix.rows.length,
        );
        await expect(heatmap.locator("[data-testid='coverage-table'] thead th").count()).resolves.toBe(
          matrix.departments.length + 2,
        );
        await expect(heatmap.locator("foreignObject").count()).resolves.toBe(0);
        // Chinese department names stand upright without their 部门.
        if (lang === "zh-CN") {
          await expect(heatmap.locator("[data-department='技术支持部门'] text").textContent()).resolves.toBe(
            "技术支持",
          );
        }
        await expect(fitsViewport(page)).resolves.toBe(true);
        expect(pane.errors).toEqual([]);
      } finally {
        await pane.close();
      }
    },
  );
});

describe("screenshots of the views, at 380 and 320 pixels", () => {
  const views: PaneTabName[] = ["checks", "coverage", "settings"];
  test.each([
    ["en", 380],
    ["zh-CN", 380],
    ["en", 320],
    ["zh-CN", 320],
  ] as const)("%s, %i px wide: nothing overflows sideways", async (lang, width) => {
    const pane = await openPane(session, {
      locale: lang === "en" ? "en-US" : "zh-CN",
      viewport: { width, height: 800 },
    });
    const { page } = pane;
    try {
      for (const view of views) {
        await openTab(page, view);
        await expect(fitsViewport(page)).resolves.toBe(true);
        await saveScreenshot(page, `${view}-${lang}${width === 380 ? "" : `-${width}`}`);
      }
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
