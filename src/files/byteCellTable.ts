import type { Utf8Text } from "./utf8Text";

/** Every this many cells, a column is checked for whether its texts repeat enough to be shared. */
const SAMPLE_CELLS = 4096;
/**
 * A column keeps sharing while at most this share of its cells so far were texts not seen before in it: IDs
 * (every one new) are given up on after the first sample; names, dates and capability lists, which repeat more
 * the more rows are read, are shared (up to {@link MAX_SHARED_TEXTS} texts).
 */
const MAX_NEW_SHARE = 0.9;
/**
 * A column is given up on once it holds this many different texts, however often they repeat: a look-up in a
 * larger table misses the processor's caches (its slots, then the bytes of the text's first cell, far back in the
 * file) and costs more than decoding the cell. A whole sheet's names (170,000 texts for a million cells) were a
 * fifth of the read; its capability lists (20,000), dates (6,600) and the small columns stay shared.
 */
export const MAX_SHARED_TEXTS = 32768;
const INITIAL_SLOTS = 64;

/**
 * The texts of one CSV column found by their bytes: a cell whose bytes were seen before in the column gets the
 * same string, and no string is made for it at all (a whole sheet's department, grade, status, title… cells are
 * a few hundred strings, not millions). A column whose texts are nearly all different (IDs) is given up on after
 * a sample of its cells, and one with too many different texts (names) once it holds {@link MAX_SHARED_TEXTS}:
 * {@link sharing} turns false and the reader decodes its cells one by one.
 */
export class ByteCellTable {
  /** False once the column's sample showed its texts mostly differ, or it held too many different texts. */
  sharing = true;
  private sampled = 0;
  private size = 0;
  private mask = INITIAL_SLOTS - 1;
  /** Per slot: the hash of its bytes, where they start in the file and how many they are; -1 start = empty. */
  private hashes = new Int32Array(INITIAL_SLOTS);
  private starts = new Int32Array(INITIAL_SLOTS).fill(-1);
  private lengths = new Int32Array(INITIAL_SLOTS);
  private texts: string[] = new Array<string>(INITIAL_SLOTS).fill("");
  /** The same bytes, read four at a time where a cell is compared with the one seen before. */
  private readonly words: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly decode: Utf8Text,
  ) {
    this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The text of bytes `start`..`end` (valid UTF-8 with no escaped quotes), the same string as before if seen. */
  text(start: number, end: number, ascii: boolean): string {
    const { bytes, words } = this;
    const length = end - start;
    let hash = 0x811c9dc5 ^ length;
    let i = start;
    for (; i + 4 <= end; i += 4) hash = Math.imul(hash ^ words.getInt32(i), 0x01000193);
    for (; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    // Bytes read four at a time reach only the high bits of the hash; the slot is taken from the low ones.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    let slot = hash & this.mask;
    for (;;) {
      const at = this.starts[slot];
      if (at < 0) break;
      if (this.hashes[slot] === hash && this.lengths[slot] === length && sameBytes(bytes, words, at, start, length)) {
        this.sample();
        return this.texts[slot];
      }
      slot = (slot + 1) & this.mask;
    }
    const text = this.decode.text(start, end, ascii);
    this.hashes[slot] = hash;
    this.starts[slot] = start;
    this.lengths[slot] = length;
    this.texts[slot] = text;
    if (++this.size > MAX_SHARED_TEXTS) this.giveUp();
    else {
      if (this.size * 2 > this.mask) this.grow();
      this.sample();
    }
    return text;
  }

  private sample(): void {
    if (++this.sampled % SAMPLE_CELLS === 0 && this.size > this.sampled * MAX_NEW_SHARE) {
      this.giveUp();
    }
  }

  /** From here on the reader decodes the column's cells one by one (the texts already shared stay so). */
  private giveUp(): void {
    this.sharing = false;
    this.texts = [];
    this.hashes = this.starts = this.lengths = new Int32Array(0);
  }

  private grow(): void {
    const { hashes, starts, lengths, texts } = this;
    const slots = (this.mask + 1) * 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots).fill(-1);
    this.lengths = new Int32Array(slots);
    this.texts = new Array<string>(slots).fill("");
    for (let old = 0; old < starts.length; old++) {
      if (starts[old] < 0) continue;
      let slot = hashes[old] & this.mask;
      while (this.starts[slot] >= 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hashes[old];
      this.starts[slot] = starts[old];
      this.lengths[slot] = lengths[old];
      this.texts[slot] = texts[old];
    }
  }
}

function sameBytes(bytes: Uint8Array, words: DataView, a: number, b: number, length: number): boolean {
  let i = 0;
  for (; i + 4 <= length; i += 4) if (words.getInt32(a + i) !== words.getInt32(b + i)) return false;
  for (; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}
