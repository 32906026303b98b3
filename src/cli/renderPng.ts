import { Resvg } from "@resvg/resvg-js";
import { exportFontPaths } from "./exportFontsFromPackage";

/** Largest PNG side and area written (Chromium's canvas limits, so the picture opens anywhere a browser does). */
export const PNG_MAX_SIDE = 32_767;
export const PNG_MAX_AREA = 268_435_456;

/**
 * The SVG drawn as a PNG with resvg (a Rust SVG renderer, prebuilt for each platform in its npm packages), at 2×
 * unless that would pass {@link PNG_MAX_SIDE} or {@link PNG_MAX_AREA}; then at the largest scale that fits, which it
 * returns so that the user is told. Text is drawn with the fonts the PDF embeds (Noto Sans SC), not the system's.
 */
export function renderPng(svg: string, width: number, height: number): { bytes: Uint8Array; scale: number } {
  let scale = 2;
  scale = Math.min(scale, PNG_MAX_SIDE / width, PNG_MAX_SIDE / height, Math.sqrt(PNG_MAX_AREA / (width * height)));
  const fonts = exportFontPaths();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
  });
  return { bytes: new Uint8Array(resvg.render().asPng()), scale };
}
