import { Resvg } from "@resvg/resvg-js";
import { encodePng } from "../chart/export/pngEncoder";
import {
  bandPixels,
  CANVAS_LIMITS,
  planPng,
  type PixelRect,
  type PngPlan,
  type SurfaceLimits,
} from "../chart/export/pngTiles";
import { exportFontPaths } from "./exportFontsFromPackage";

/** The tile's pixels as resvg drew them, cut or padded (white) to exactly the tile's size. */
function exactTile(pixels: Uint8Array, width: number, height: number, tile: PixelRect): Uint8Array {
  if (width === tile.width && height === tile.height) return pixels;
  const out = new Uint8Array(tile.width * tile.height * 4).fill(255);
  const columns = Math.min(width, tile.width) * 4;
  for (let row = 0; row < Math.min(height, tile.height); row++)
    out.set(pixels.subarray(row * width * 4, row * width * 4 + columns), row * tile.width * 4);
  return out;
}

/**
 * The SVG drawn as a PNG with resvg (a Rust SVG renderer, prebuilt for each platform in its npm packages), as the pane
 * draws it (`src/chart/export/pngTiles`): 2× on one surface when that fits a canvas; else in tiles (one parse of the
 * SVG, each tile its view box cropped) stitched band by band into one PNG at 2×, up to the stitched maximum; only
 * beyond that smaller. The plan comes back so that the user is told which. Text is drawn with the fonts the PDF
 * embeds (Noto Sans SC), not the system's.
 */
export async function renderPng(
  svg: string,
  width: number,
  height: number,
  limits: { surface?: SurfaceLimits; stitched?: SurfaceLimits; tileSide?: number; bandPixels?: number } = {},
): Promise<{ bytes: Uint8Array; plan: PngPlan }> {
  const plan = planPng(width, height, limits.surface ?? CANVAS_LIMITS, limits);
  const fonts = exportFontPaths();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: plan.scale },
    background: "#ffffff",
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
  });
  if (plan.mode === "whole") return { bytes: new Uint8Array(resvg.render().asPng()), plan };
  const box = resvg.getBBox();
  if (box === undefined) throw new Error("the chart's SVG has nothing to draw");
  const bytes = await encodePng(
    plan.width,
    plan.height,
    bandPixels(plan, async (tile, scale) => {
      box.x = tile.x / scale;
      box.y = tile.y / scale;
      box.width = tile.width / scale;
      box.height = tile.height / scale;
      resvg.cropByBBox(box);
      const image = resvg.render();
      return exactTile(new Uint8Array(image.pixels), image.width, image.height, tile);
    }),
  );
  return { bytes, plan };
}
