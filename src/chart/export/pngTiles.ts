/**
 * How a PNG of the chart is drawn: 2× by default; a picture beyond what one canvas (or one renderer's pixmap) holds is
 * drawn in tiles, band by band, and stitched into one PNG (`pngEncoder`), up to {@link PNG_MAX_SIDE} px a side and
 * {@link PNG_MAX_AREA} pixels; only beyond that is it scaled down (and still tiled). The result says which, so the
 * user is told.
 */

/** The largest stitched PNG side: 65,535 px, what 16-bit image dimensions hold (many viewers and editors stop there). */
export const PNG_MAX_SIDE = 65_535;
/** The largest stitched PNG: 512 M pixels (2 GB of pixels once decoded; the file itself is far smaller). */
export const PNG_MAX_AREA = 536_870_912;
/** The scale a PNG is drawn at when nothing limits it. */
export const PNG_SCALE = 2;

/** What one drawing surface holds: a canvas in the browser, a pixmap headless. */
export interface SurfaceLimits {
  maxSide: number;
  maxArea: number;
}

/**
 * One canvas, in the pane and (so that both draw the same picture) headless: 16,384 px a side and 268 M pixels, what
 * Chromium and Safari on the Mac allow (Chromium's side limit is larger in recent versions, WebKit's is not).
 */
export const CANVAS_LIMITS: SurfaceLimits = { maxSide: 16_384, maxArea: 268_435_456 };

/**
 * A tile's size: 4,096 px a side, 16 M pixels — within every browser's canvas (iOS Safari's area limit is 16,777,216)
 * and a modest pixmap for resvg.
 */
export const TILE_SIDE = 4_096;
/** Pixels of one band (the rows encoded at a time): bounds the memory a stitched PNG needs besides its bytes. */
export const BAND_PIXELS = 16_777_216;

export type PngMode = "whole" | "tiled" | "scaled";

export interface PngPlan {
  /** "whole": one surface at 2×; "tiled": tiles stitched at 2×; "scaled": beyond the stitched maximum, drawn smaller. */
  mode: PngMode;
  scale: number;
  /** The PNG's size in px. */
  width: number;
  height: number;
  /** The tiles drawn (1 when whole). */
  tiles: number;
  /** Rows per band (the last may be shorter); the whole height when whole. */
  bandHeight: number;
  /** The widest tile (px). */
  tileSide: number;
}

const fits = (width: number, height: number, limits: SurfaceLimits): boolean =>
  width <= limits.maxSide && height <= limits.maxSide && width * height <= limits.maxArea;

/** The largest scale (≤ `scale`) at which a `width` × `height` drawing fits `limits`. */
function scaleToFit(width: number, height: number, scale: number, limits: SurfaceLimits): number {
  let fitted = Math.min(
    scale,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
  // Whole pixels: step down until the rounded-up size fits too.
  while (fitted > 0 && !fits(Math.ceil(width * fitted), Math.ceil(height * fitted), limits)) fitted *= 0.999;
  return fitted;
}

/**
 * The PNG of a `width` × `height` px drawing: at 2× (or `scale`) on one surface when it fits `surface`; else in tiles
 * of at most `tileSide` stitched, when 2× is within `stitched`; else scaled down to fit `stitched`, in tiles.
 */
export function planPng(
  width: number,
  height: number,
  surface: SurfaceLimits,
  options: { stitched?: SurfaceLimits; tileSide?: number; bandPixels?: number; scale?: number } = {},
): PngPlan {
  const preferred = options.scale ?? PNG_SCALE;
  const stitched = options.stitched ?? { maxSide: PNG_MAX_SIDE, maxArea: PNG_MAX_AREA };
  const tileSide = Math.min(options.tileSide ?? TILE_SIDE, surface.maxSide);
  const bandPixels = options.bandPixels ?? BAND_PIXELS;
  const w2 = Math.ceil(width * preferred);
  const h2 = Math.ceil(height * preferred);
  if (fits(w2, h2, surface))
    return { mode: "whole", scale: preferred, width: w2, height: h2, tiles: 1, bandHeight: h2, tileSide: w2 };
  const scale = fits(w2, h2, stitched) ? preferred : scaleToFit(width, height, preferred, stitched);
  const pngWidth = Math.ceil(width * scale);
  const pngHeight = Math.ceil(height * scale);
  // A band holds at most `bandPixels`, and each of its tiles fits the surface (its side and its area).
  const bandHeight = Math.max(
    1,
    Math.min(tileSide, pngHeight, Math.floor(surface.maxArea / tileSide), Math.floor(bandPixels / pngWidth)),
  );
  const bands = bandsOf(pngWidth, pngHeight, bandHeight, tileSide);
  const tiles = bands.reduce((sum, band) => sum + band.tiles.length, 0);
  return {
    mode: scale < preferred ? "scaled" : "tiled",
    scale,
    width: pngWidth,
    height: pngHeight,
    tiles,
    bandHeight,
    tileSide,
  };
}

/** A rectangle of the PNG, in px. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bands of a PNG (rows `y` to `y + height`), each cut into tiles at most `tileSide` wide. */
export function bandsOf(
  width: number,
  height: number,
  bandHeight: number,
  tileSide: number,
): Array<{ y: number; height: number; tiles: PixelRect[] }> {
  const bands: Array<{ y: number; height: number; tiles: PixelRect[] }> = [];
  for (let y = 0; y < height; y += bandHeight) {
    const rows = Math.min(bandHeight, height - y);
    const tiles: PixelRect[] = [];
    for (let x = 0; x < width; x += tileSide) tiles.push({ x, y, width: Math.min(tileSide, width - x), height: rows });
    bands.push({ y, height: rows, tiles });
  }
  return bands;
}

/** Draws one tile of the PNG (px at the plan's scale) and gives its RGBA pixels, row by row, opaque. */
export type DrawTile = (tile: PixelRect, scale: number) => Promise<Uint8Array | Uint8ClampedArray>;

/**
 * The RGBA rows of each band of a tiled plan, in order: its tiles drawn by `drawTile` and laid side by side. One band
 * is in memory at a time.
 */
export async function* bandPixels(
  plan: PngPlan,
  drawTile: DrawTile,
): AsyncGenerator<{ y: number; height: number; rgba: Uint8Array }> {
  for (const band of bandsOf(plan.width, plan.height, plan.bandHeight, plan.tileSide)) {
    const rgba = new Uint8Array(plan.width * band.height * 4);
    for (const tile of band.tiles) {
      const pixels = await drawTile(tile, plan.scale);
      const tileRow = tile.width * 4;
      for (let row = 0; row < tile.height; row++)
        rgba.set(pixels.subarray(row * tileRow, (row + 1) * tileRow), (row * plan.width + tile.x) * 4);
    }
    yield { y: band.y, height: band.height, rgba };
  }
}
