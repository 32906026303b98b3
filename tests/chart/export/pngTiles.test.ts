import { encodePng } from "../../../src/chart/export/pngEncoder";
import { pngNotice } from "../../../src/chart/export/pngNotice";
import {
  bandPixels,
  bandsOf,
  CANVAS_LIMITS,
  PNG_MAX_AREA,
  PNG_MAX_SIDE,
  planPng,
} from "../../../src/chart/export/pngTiles";
import { translatorFor } from "../../../src/i18n";
import { decodePng } from "./decodePng";

describe("planning a chart's PNG", () => {
  test("a chart that fits one canvas at 2× is drawn whole", () => {
    expect(planPng(1000, 800, CANVAS_LIMITS)).toMatchObject({ mode: "whole", scale: 2, width: 2000, height: 1600 });
  });

  test("beyond a canvas but within the stitched maximum: tiles at 2×, each within a canvas, covering the picture", () => {
    const plan = planPng(2562, 30_000.5, CANVAS_LIMITS);
    expect(plan).toMatchObject({ mode: "tiled", scale: 2, width: 5124, height: 60_001 });
    const bands = bandsOf(plan.width, plan.height, plan.bandHeight, plan.tileSide);
    let area = 0;
    for (const band of bands)
      for (const tile of band.tiles) {
        expect(tile.width).toBeLessThanOrEqual(4096);
        expect(tile.height).toBeLessThanOrEqual(4096);
        expect(tile.width * tile.height).toBeLessThanOrEqual(16_777_216);
        area += tile.width * tile.height;
      }
    expect(area).toBe(plan.width * plan.height);
    expect(plan.tiles).toBe(bands.reduce((sum, band) => sum + band.tiles.length, 0));
  });

  test("beyond the stitched maximum: scaled down to the largest scale that fits, still tiled", () => {
    const tall = planPng(2562, 612_439, CANVAS_LIMITS);
    expect(tall.mode).toBe("scaled");
    expect(tall.height).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(tall.height).toBeGreaterThan(PNG_MAX_SIDE - 2);
    const big = planPng(40_000, 20_000, CANVAS_LIMITS);
    expect(big.mode).toBe("scaled");
    expect(big.width * big.height).toBeLessThanOrEqual(PNG_MAX_AREA);
    expect(big.width * big.height).toBeGreaterThan(PNG_MAX_AREA * 0.99);
  });

  test("the user is told which: tiled and stitched, or scaled, in both languages", () => {
    const tiled = planPng(2562, 30_000, CANVAS_LIMITS);
    const scaled = planPng(2562, 612_439, CANVAS_LIMITS);
    expect(pngNotice(planPng(100, 100, CANVAS_LIMITS), translatorFor("en"))).toBeUndefined();
    expect(pngNotice(tiled, translatorFor("en"))).toBe(
      `The chart is bigger than one canvas: it was drawn in ${tiled.tiles} tiles and stitched into one 5,124 × 60,000 px picture at 2×.`,
    );
    expect(pngNotice(tiled, translatorFor("zh-CN"))).toContain("拼接为一张 5,124 × 60,000 像素");
    expect(pngNotice(scaled, translatorFor("en"))).toMatch(
      /65,535 px a side, 536 million pixels\): it was scaled down to 5%/,
    );
    expect(pngNotice(scaled, translatorFor("zh-CN"))).toMatch(/已缩小到 5%/);
  });
});

test("the band-by-band encoder writes a PNG a real decoder reads back pixel for pixel", async () => {
  const width = 301;
  const height = 157;
  const pixel = (x: number, y: number) => [(x * 7 + y) & 255, (y * 13) & 255, (x ^ y) & 255];
  const plan = { ...planPng(width, height, { maxSide: 64, maxArea: 64 * 64 }, { scale: 1 }) };
  expect(plan.mode).toBe("tiled");
  // Tiles drawn from the pixel function: what a canvas or resvg gives for the tile's rectangle.
  const bytes = await encodePng(
    plan.width,
    plan.height,
    bandPixels(plan, async (tile) => {
      const rgba = new Uint8Array(tile.width * tile.height * 4);
      for (let y = 0; y < tile.height; y++)
        for (let x = 0; x < tile.width; x++)
          rgba.set([...pixel(tile.x + x, tile.y + y), 255], (y * tile.width + x) * 4);
      return rgba;
    }),
  );
  const image = decodePng(bytes);
  expect([image.width, image.height]).toEqual([width, height]);
  let wrong = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const [r, g, b] = pixel(x, y);
      if (image.rgba[at] !== r || image.rgba[at + 1] !== g || image.rgba[at + 2] !== b || image.rgba[at + 3] !== 255)
        wrong++;
    }
  expect(wrong).toBe(0);
});
