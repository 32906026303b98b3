/** A PNG decoded to RGBA by a real decoder (UPNG, through pdf-lib's package): what the tests read pictures with. */
export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const UPNG = require("@pdf-lib/upng").default ?? require("@pdf-lib/upng");
  const image = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return { width: image.width, height: image.height, rgba: new Uint8Array(UPNG.toRGBA8(image)[0]) };
}

/** Share of the pixels in a rectangle of an RGBA picture that are not near white (ink). */
export function inkIn(
  image: { width: number; rgba: Uint8Array },
  rect: { x: number; y: number; width: number; height: number },
): number {
  let ink = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++)
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const at = (y * image.width + x) * 4;
      if (image.rgba[at] < 200 || image.rgba[at + 1] < 200 || image.rgba[at + 2] < 200) ink++;
    }
  return ink / (rect.width * rect.height);
}

/**
 * How far a big picture's layout is from a small one's: the mean luminance of the `factor` × `factor` block of `big`
 * under each pixel of `small`, against that pixel's (mean absolute difference, 0–255, and the share more than 64 off).
 */
export function compareLayouts(
  big: { width: number; height: number; rgba: Uint8Array },
  small: { width: number; height: number; rgba: Uint8Array },
  factor: number,
): { meanDifference: number; farOff: number } {
  const luminance = (rgba: Uint8Array, at: number) => (rgba[at] + rgba[at + 1] + rgba[at + 2]) / 3;
  let total = 0;
  let farOff = 0;
  let count = 0;
  for (let y = 0; y < small.height; y++)
    for (let x = 0; x < small.width; x++) {
      let sum = 0;
      let n = 0;
      for (let by = Math.floor(y * factor); by < Math.min(big.height, Math.floor((y + 1) * factor)); by++)
        for (let bx = Math.floor(x * factor); bx < Math.min(big.width, Math.floor((x + 1) * factor)); bx++) {
          sum += luminance(big.rgba, (by * big.width + bx) * 4);
          n++;
        }
      if (n === 0) continue;
      const difference = Math.abs(sum / n - luminance(small.rgba, (y * small.width + x) * 4));
      total += difference;
      if (difference > 64) farOff++;
      count++;
    }
  return { meanDifference: total / count, farOff: farOff / count };
}

/**
 * The tiles of a stitched picture against the same chart drawn small: how many tiles cover something (ink in the small
 * picture under them) and how many of those came out blank (a tile the canvas or renderer failed on is white).
 */
export function blankTiles(
  big: { width: number; rgba: Uint8Array },
  small: { width: number; rgba: Uint8Array },
  factor: number,
  tiles: ReadonlyArray<{ x: number; y: number; width: number; height: number }>,
): { covering: number; blank: number } {
  let covering = 0;
  let blank = 0;
  for (const tile of tiles) {
    const under = {
      x: Math.floor(tile.x / factor),
      y: Math.floor(tile.y / factor),
      width: Math.max(1, Math.floor(tile.width / factor)),
      height: Math.max(1, Math.floor(tile.height / factor)),
    };
    if (inkIn(small, under) < 0.002) continue;
    covering++;
    if (inkIn(big, tile) < 0.001) blank++;
  }
  return { covering, blank };
}
