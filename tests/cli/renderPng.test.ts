import { chartBasis } from "../../src/chart/chartBasis";
import { exportFontsMeasurer, svgExport } from "../../src/chart/export/exportFiles";
import { bandsOf, CANVAS_LIMITS } from "../../src/chart/export/pngTiles";
import { readExportFonts } from "../../src/cli/exportFontsFromPackage";
import { renderPng } from "../../src/cli/renderPng";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { translatorFor } from "../../src/i18n";
import { blankTiles, compareLayouts, decodePng, inkIn } from "../chart/export/decodePng";

jest.setTimeout(600_000);

/** The whole chart of a reporting chain `layers` deep (one card wide, so tall), as the command line draws it. */
async function chainChart(layers: number) {
  const fonts = await readExportFonts();
  const rows = [["Position ID", "Title", "Reports To", "Name"]];
  for (let i = 1; i <= layers; i++) rows.push([`L${i}`, `Lead ${i}`, i === 1 ? "" : `L${i - 1}`, `Person ${i}`]);
  const positions = { sheetName: "Positions", firstRow: 1, firstColumn: 1, rows };
  const basis = chartBasis(analyzeWorkbook({ positions }, { lang: "en" }));
  const context = {
    lang: "en" as const,
    translate: translatorFor("en"),
    measure: exportFontsMeasurer(fonts),
    date: new Date(0),
  };
  return svgExport(basis, { view: "positions" }, context);
}

test("a chart taller than a canvas at 2× is drawn in tiles and stitched: the stated size, every tile drawn, the layout of the scaled-down picture", async () => {
  const { svg, drawing } = await chainChart(70);
  expect(drawing.height * 2).toBeGreaterThan(CANVAS_LIMITS.maxSide);
  const tiled = await renderPng(svg, drawing.width, drawing.height);
  expect(tiled.plan).toMatchObject({ mode: "tiled", scale: 2 });
  const bytes = Buffer.from(tiled.bytes);
  expect(bytes.readUInt32BE(16)).toBe(Math.ceil(drawing.width * 2));
  expect(bytes.readUInt32BE(20)).toBe(Math.ceil(drawing.height * 2));
  const big = decodePng(tiled.bytes);
  const { plan } = tiled;
  const tiles = bandsOf(plan.width, plan.height, plan.bandHeight, plan.tileSide).flatMap((band) => band.tiles);
  expect(tiles.length).toBeGreaterThan(4);
  expect(inkIn(big, { x: 0, y: 0, width: big.width, height: big.height })).toBeGreaterThan(0.01);

  // The same chart scaled down to ½ (a stitched maximum it cannot reach at 2×): drawn by the other path, one scale.
  const scaled = await renderPng(svg, drawing.width, drawing.height, {
    stitched: { maxSide: Math.ceil(drawing.height / 2), maxArea: CANVAS_LIMITS.maxArea },
  });
  expect(scaled.plan.mode).toBe("scaled");
  const small = decodePng(scaled.bytes);
  const factor = 2 / scaled.plan.scale;
  // Every tile where the chart has something is drawn (a tile resvg failed on would be white)…
  const { covering, blank } = blankTiles(big, small, factor, tiles);
  expect(blank).toBe(0);
  expect(covering).toBeGreaterThanOrEqual(tiles.length / 2);
  // …and cards, lines and text are where the small picture has them: block averages within a few levels.
  const { meanDifference, farOff } = compareLayouts(big, small, factor);
  expect(meanDifference).toBeLessThan(6);
  expect(farOff).toBeLessThan(0.01);
  // …and a picture shifted by half a card would not match (the comparison can fail).
  const shifted = { ...small, rgba: small.rgba.slice(small.width * 4 * 30), height: small.height - 30 };
  expect(compareLayouts(big, shifted, factor).meanDifference).toBeGreaterThan(meanDifference * 2);
});

test("a tile boundary falls inside the cards without a seam: tiles of 500 px give the picture one surface gives", async () => {
  const { svg, drawing } = await chainChart(20);
  const whole = decodePng((await renderPng(svg, drawing.width, drawing.height)).bytes);
  const tiled = await renderPng(svg, drawing.width, drawing.height, {
    surface: { maxSide: 500, maxArea: 500 * 500 },
    tileSide: 500,
  });
  expect(tiled.plan.mode).toBe("tiled");
  expect(tiled.plan.tiles).toBeGreaterThan(4);
  const stitched = decodePng(tiled.bytes);
  expect([stitched.width, stitched.height]).toEqual([whole.width, whole.height]);
  let differing = 0;
  for (let i = 0; i < whole.rgba.length; i += 4)
    if (Math.abs(whole.rgba[i] - stitched.rgba[i]) + Math.abs(whole.rgba[i + 1] - stitched.rgba[i + 1]) > 24)
      differing++;
  expect(differing / (whole.rgba.length / 4)).toBeLessThan(0.001);
});
