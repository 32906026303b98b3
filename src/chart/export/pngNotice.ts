import type { Translate } from "../../i18n";
import { PNG_MAX_AREA, PNG_MAX_SIDE, type PngPlan } from "./pngTiles";

const grouped = (value: number): string => value.toLocaleString("en-US");

/**
 * What the user is told about a PNG that was not drawn whole at 2× (the pane's notice, the command line's message):
 * drawn in tiles and stitched, or, beyond the largest picture written, scaled down. Nothing for a whole one.
 */
export function pngNotice(plan: PngPlan, t: Translate): string | undefined {
  if (plan.mode === "whole") return undefined;
  const size = { width: grouped(plan.width), height: grouped(plan.height), tiles: plan.tiles };
  if (plan.mode === "tiled") return t("export.pngTiled", size);
  return t("export.pngScaled", {
    ...size,
    scale: Math.round((plan.scale / 2) * 100),
    factor: plan.scale.toFixed(2),
    maxSide: grouped(PNG_MAX_SIDE),
    maxPixels: Math.floor(PNG_MAX_AREA / 1_000_000),
  });
}
