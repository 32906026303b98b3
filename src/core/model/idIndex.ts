/**
 * Position ID → position index (the order IDs were added in), as an open-addressing hash table over
 * a typed array. It answers like a `ReadonlyMap<string, number>`; the parser fills it for every row,
 * where a `Map` spends much of its time growing and rehashing (measured: about a quarter faster).
 */
/** Int32s per slot: index + 1, hash, offset of the key's characters, length. */
const SLOT = 4;

export class IdIndex implements ReadonlyMap<string, number> {
  /**
   * (index + 1, hash, offset in {@link chars}, length) per slot, side by side so one cache line answers a probe: a
   * key's text is only compared when the hashes agree (at 100,000 IDs, reading the text of every other key on the
   * way was a cache miss each), and then against the copy of its characters in {@link chars}, not the key's string
   * (one memory read where the string was two: the list of keys, then the string somewhere in the heap). 0 as
   * index + 1 is an empty slot.
   */
  private slots: Int32Array;
  /** Every key's characters (UTF-16 code units), one after the other. */
  private chars: Uint16Array;
  private charsUsed = 0;
  private mask: number;
  /** Keys by index; made at the expected size once (growing it was garbage), entries from {@link size} on unused. */
  private readonly keysInOrder: string[];
  private count = 0;
  /** A seed per table, so that no sheet can be crafted to make every ID collide. */
  private readonly seed = (Math.random() * 0x100000000) >>> 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size <<= 1;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
    this.keysInOrder = new Array<string>(expected);
    this.chars = new Uint16Array(Math.max(64, expected * 8));
  }

  get size(): number {
    return this.count;
  }

  /** Adds `key` as the next index unless it is there; returns the index it already has, or undefined when added. */
  addIfAbsent(key: string): number | undefined {
    const hash = hashOf(key, this.seed);
    const { slots, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const at = slot * SLOT;
      const entry = slots[at];
      if (entry === 0) break;
      if (slots[at + 1] === hash && this.holds(at, key)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const index = this.count++;
    if (index < this.keysInOrder.length) this.keysInOrder[index] = key;
    else this.keysInOrder.push(key);
    const at = slot * SLOT;
    slots[at] = index + 1;
    slots[at + 1] = hash;
    slots[at + 2] = this.copyChars(key);
    slots[at + 3] = key.length;
    if (this.count * 2 * SLOT > slots.length) this.grow(); // at most half full
    return undefined;
  }

  get(key: string): number | undefined {
    const hash = hashOf(key, this.seed);
    const { slots, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const at = slot * SLOT;
      const entry = slots[at];
      if (entry === 0) return undefined;
      if (slots[at + 1] === hash && this.holds(at, key)) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.count; i++) callback.call(thisArg, i, this.keysInOrder[i], this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.count; i++) yield [this.keysInOrder[i], i];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.count; i++) yield this.keysInOrder[i];
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.count; i++) yield i;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** Whether the key in the slot at `at` is `key`: same length, same characters. */
  private holds(at: number, key: string): boolean {
    const { slots, chars } = this;
    const length = key.length;
    if (slots[at + 3] !== length) return false;
    const from = slots[at + 2];
    for (let i = 0; i < length; i++) if (chars[from + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Copies the key's characters to the end of {@link chars}; returns where they start. */
  private copyChars(key: string): number {
    const from = this.charsUsed;
    const end = from + key.length;
    if (end > this.chars.length) {
      let size = this.chars.length * 2;
      while (size < end) size *= 2;
      const chars = new Uint16Array(size);
      chars.set(this.chars.subarray(0, from));
      this.chars = chars;
    }
    const { chars } = this;
    for (let i = 0; i < key.length; i++) chars[from + i] = key.charCodeAt(i);
    this.charsUsed = end;
    return from;
  }

  private grow(): void {
    const old = this.slots;
    const size = (old.length / SLOT) * 2;
    const slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += SLOT) {
      if (old[s] === 0) continue;
      let slot = old[s + 1] & mask;
      while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(s, s + SLOT), slot * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, from a seeded start. */
function hashOf(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
