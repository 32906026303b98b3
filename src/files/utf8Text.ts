/**
 * Text made from a span of UTF-8 bytes, without decoding the whole file first: the CSV reader makes one string per
 * cell it keeps. Node's Buffer decodes spans natively (its `latin1Slice`/`utf8Slice`, fast); in a browser a
 * TextDecoder does. Short ASCII spans (IDs, codes, numbers, dates) are made from their char codes directly, which
 * beats both.
 */

/** The part of Node's Buffer used here (undocumented but long-standing methods of `Buffer.prototype`). */
interface NodeBufferSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

interface BufferConstructorLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array & Partial<NodeBufferSlices>;
}

/** One-character texts for each ASCII byte (the engine shares these already; no call needed). */
const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** Decodes spans of one byte array. `ascii`: the caller has seen that every byte of the span is below 0x80. */
export class Utf8Text {
  private readonly node: NodeBufferSlices | undefined;
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly bytes: Uint8Array) {
    this.node = nodeBufferOf(bytes);
  }

  /** The text of bytes `start`..`end` (valid UTF-8; `ascii` when all of them are ASCII). */
  text(start: number, end: number, ascii: boolean): string {
    const length = end - start;
    if (length === 0) return "";
    if (ascii) {
      const b = this.bytes;
      // Spans up to 12 bytes (most cells of a sheet) from their char codes in one call: no call into the runtime, no
      // view made, no part strings joined (an 8-character ID is one string, not three).
      switch (length) {
        case 1:
          return ASCII_CHARS[b[start]];
        case 2:
          return String.fromCharCode(b[start], b[start + 1]);
        case 3:
          return String.fromCharCode(b[start], b[start + 1], b[start + 2]);
        case 4:
          return String.fromCharCode(b[start], b[start + 1], b[start + 2], b[start + 3]);
        case 5:
          return String.fromCharCode(b[start], b[start + 1], b[start + 2], b[start + 3], b[start + 4]);
        case 6:
          return String.fromCharCode(b[start], b[start + 1], b[start + 2], b[start + 3], b[start + 4], b[start + 5]);
        case 7:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
          );
        case 8:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
            b[start + 7],
          );
        case 9:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
            b[start + 7],
            b[start + 8],
          );
        case 10:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
            b[start + 7],
            b[start + 8],
            b[start + 9],
          );
        case 11:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
            b[start + 7],
            b[start + 8],
            b[start + 9],
            b[start + 10],
          );
        case 12:
          return String.fromCharCode(
            b[start],
            b[start + 1],
            b[start + 2],
            b[start + 3],
            b[start + 4],
            b[start + 5],
            b[start + 6],
            b[start + 7],
            b[start + 8],
            b[start + 9],
            b[start + 10],
            b[start + 11],
          );
      }
      if (this.node) return this.node.latin1Slice(start, end);
    } else if (this.node) return this.node.utf8Slice(start, end);
    return this.decoder.decode(this.bytes.subarray(start, end));
  }
}

/** A Node Buffer over the same memory (no copy), or undefined outside Node. */
function nodeBufferOf(bytes: Uint8Array): NodeBufferSlices | undefined {
  const maybe = bytes as Uint8Array & Partial<NodeBufferSlices>;
  if (typeof maybe.latin1Slice === "function" && typeof maybe.utf8Slice === "function")
    return maybe as NodeBufferSlices;
  const NodeBuffer = (globalThis as { Buffer?: BufferConstructorLike }).Buffer;
  if (!NodeBuffer || typeof NodeBuffer.from !== "function") return undefined;
  const view = NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return typeof view.latin1Slice === "function" && typeof view.utf8Slice === "function"
    ? (view as NodeBufferSlices)
    : undefined;
}
