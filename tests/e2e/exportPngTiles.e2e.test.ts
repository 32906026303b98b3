/**
 * The pane's PNG of a chart wider than a canvas at 2× (issue 11 §2): drawn in tiles on canvases within the browser's
 * limits and stitched band by band into one PNG of the stated size, every tile drawn, the same layout as the chart's
 * scaled-down picture (the SVG the pane exports, drawn small by resvg); the pane says it was tiled.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bandsOf, CANVAS_LIMITS, planPng } from "../../src/chart/export/pngTiles";
import { renderPng } from "../../src/cli/renderPng";
import { translate } from "../../src/i18n";
import { blankTiles, compareLayouts, decodePng } from "../chart/export/decodePng";
import { csvFile, openCsvChart } from "./support/chartPage";
import { exportAs } from "./support/exportDialog";
import { openPane, paneSessionForFile, SCREENSHOTS } from "./support/paneBrowser";

const session = paneSessionForFile();
jest.setTimeout(600_000);

/** A top position with 20 managers of two reports each: about 9,400 px wide, so 18,800 px at 2× (past 16,384). */
function wideOrgCsv(): Buffer {
  const lines = ["Position ID,Title,Department,Reports To,Name"];
  lines.push("T0,Chief Executive,Office,,Ada Top");
  for (let m = 1; m <= 20; m++) {
    lines.push(`M${m},Manager ${m},Dept ${m % 7},T0,Person M${m}`);
    for (let r = 1; r <= 2; r++) lines.push(`R${m}-${r},Analyst ${m}.${r},Dept ${m % 7},M${m},Person R${m}-${r}`);
  }
  return csvFile(lines);
}

test("a chart beyond a canvas: tiles stitched into one PNG at 2×, every tile drawn, the layout of the small picture, and the pane says so", async () => {
  const pane = await openPane(session, { locale: "en-US", viewport: { width: 1280, height: 800 } });
  const { page } = pane;
  try {
    await openCsvChart(page, "wide.csv", wideOrgCsv(), "T0");
    const whole = { scope: "whole", depth: "0" };
    const svg = (await exportAs(page, "en", "svg", whole)).bytes.toString("utf8");
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
    expect(width * 2).toBeGreaterThan(CANVAS_LIMITS.maxSide);

    const png = await exportAs(page, "en", "png", whole);
    const plan = planPng(width, height, CANVAS_LIMITS);
    expect(plan.mode).toBe("tiled");
    expect(png.bytes.readUInt32BE(16)).toBe(Math.ceil(width * 2));
    expect(png.bytes.readUInt32BE(20)).toBe(Math.ceil(height * 2));
    await expect(page.getByTestId("export-status").textContent()).resolves.toBe(
      `${translate("en", "export.pngTiled", { tiles: plan.tiles, width: plan.width.toLocaleString("en-US"), height: plan.height.toLocaleString("en-US") })} ${translate("en", "export.downloaded", { file: "org-chart.png" })}`,
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, "export-png-tiled.png"), png.bytes);
    const big = decodePng(new Uint8Array(png.bytes));
    // The scaled-down rendering of the same SVG: cards and lines in the same places (text faces may differ).
    const scaled = await renderPng(svg, width, height, { stitched: { maxSide: Math.ceil(width / 4), maxArea: 1e9 } });
    const small = decodePng(scaled.bytes);
    const factor = 2 / scaled.plan.scale;
    // Every tile where the chart has something is drawn (a tile the canvas failed on would be white).
    const tiles = bandsOf(plan.width, plan.height, plan.bandHeight, plan.tileSide).flatMap((band) => band.tiles);
    const { covering, blank } = blankTiles(big, small, factor, tiles);
    expect(blank).toBe(0);
    expect(covering).toBeGreaterThanOrEqual(plan.tiles / 2);
    const layout = compareLayouts(big, small, factor);
    expect(layout.meanDifference).toBeLessThan(12);
    expect(layout.farOff).toBeLessThan(0.03);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
});
