/**
 * A PNG written band by band (the stitched picture of a chart too big for one canvas): 8-bit RGB (the chart is drawn
 * on opaque white), each row filtered "Up" (the chart's cards and gaps repeat row after row, so most bytes become
 * zero), deflated as the rows come by the platform's zlib (`CompressionStream("deflate")`, RFC 1950, in every browser
 * the pane supports and in Node), so only one band of pixels and the compressed bytes are ever in memory. Format per
 * the PNG specification (W3C, 3rd edition): signature, IHDR, IDAT chunks, IEND, each chunk with its CRC-32.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Compressed bytes per IDAT chunk. */
const IDAT_BYTES = 1 << 20;

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The PNG of a `width` × `height` picture whose RGBA rows come in bands, top to bottom (each band `height` rows of
 * `width` × 4 bytes, alpha ignored: the picture is opaque).
 */
export async function encodePng(
  width: number,
  height: number,
  bands: AsyncIterable<{ height: number; rgba: Uint8Array | Uint8ClampedArray }>,
): Promise<Uint8Array> {
  const stream = new CompressionStream("deflate");
  const writer = stream.writable.getWriter();
  const compressed = collect(stream.readable as ReadableStream<Uint8Array>);
  const rowBytes = 1 + width * 3;
  let previous = new Uint8Array(width * 3);
  let current = new Uint8Array(width * 3);
  let rows = 0;
  for await (const band of bands) {
    const out = new Uint8Array(rowBytes * band.height);
    const rgba = band.rgba;
    for (let row = 0; row < band.height; row++) {
      let o = row * rowBytes;
      out[o++] = 2; // filter "Up": each byte minus the one above it
      let i = row * width * 4;
      for (let x = 0; x < width * 3; x += 3, i += 4) {
        const r = rgba[i];
        const g = rgba[i + 1];
        const b = rgba[i + 2];
        current[x] = r;
        current[x + 1] = g;
        current[x + 2] = b;
        out[o++] = (r - previous[x]) & 0xff;
        out[o++] = (g - previous[x + 1]) & 0xff;
        out[o++] = (b - previous[x + 2]) & 0xff;
      }
      [previous, current] = [current, previous];
    }
    rows += band.height;
    await writer.write(out);
  }
  await writer.close();
  if (rows !== height) throw new Error(`the PNG's bands held ${rows} rows, not ${height}`);
  const zlib = concat(await compressed);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, adaptive filtering, not interlaced
  const parts = [new Uint8Array(SIGNATURE), chunk("IHDR", header)];
  for (let at = 0; at < zlib.length; at += IDAT_BYTES) parts.push(chunk("IDAT", zlib.subarray(at, at + IDAT_BYTES)));
  parts.push(chunk("IEND", new Uint8Array(0)));
  return concat(parts);
}
