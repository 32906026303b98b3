/**
 * Position ID → position index (the order IDs were added in), as an open-addressing hash table over
 * a typed array. It answers like a `ReadonlyMap<string, number>`; the parser fills it for every row,
 * where a `Map` spends much of its time growing and rehashing (measured: about a quarter faster).
 */
/**
 * Int32s per slot (32 bytes, half a cache line): index + 1, hash, length, then the key's characters two to an
 * int32 when it has at most {@link INLINE_CHARS} of them, else the offset of its characters in `chars`.
 */
const SLOT = 8;
/** Where a slot's key (or the offset of a longer key's characters) starts. */
const KEY_AT = 3;
/** Keys of up to this many UTF-16 code units are kept in their slot (most IDs: `P0012345`, `E-2024-0042`). */
const INLINE_CHARS = (SLOT - KEY_AT) * 2;

export class IdIndex implements ReadonlyMap<string, number> {
  /**
   * (index + 1, hash, length, key) per slot, side by side so one cache line answers a probe: a key's text is only
   * compared when the hashes agree (at 100,000 IDs, reading the text of every other key on the way was a cache miss
   * each), and then against the characters kept in the slot itself, not the key's string: at 100,000 IDs a lookup
   * was two cache misses one after the other (the slot, then the key's characters kept apart), 0.24 µs; now one.
   * 0 as index + 1 is an empty slot.
   */
  private slots: Int32Array;
  /** The characters (UTF-16 code units) of the keys too long for their slot, one after the other. */
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
    this.chars = new Uint16Array(64);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `key` as the next index unless it is there; returns the index it already has, or undefined when added. */
  addIfAbsent(key: string): number | undefined {
    return this.addHashedIfAbsent(key, hashOf(key, this.seed));
  }

  /** {@link addIfAbsent} for a key already hashed ({@link hashOf}). */
  addHashedIfAbsent(key: string, hash: number): number | undefined {
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
    slots[at + 2] = key.length;
    if (key.length <= INLINE_CHARS) {
      const length = key.length;
      for (let i = 0; i < length; i += 2)
        slots[at + KEY_AT + (i >> 1)] = key.charCodeAt(i) | (i + 1 < length ? key.charCodeAt(i + 1) << 16 : 0);
    } else slots[at + KEY_AT] = this.copyChars(key);
    if (this.count * 2 * SLOT > slots.length) this.grow(); // at most half full
    return undefined;
  }

  /**
   * Reads the first slot a key of `hash` is looked for in, and returns what it holds (to be used, so that the read
   * is kept). A loop over many hashes that does only this has their cache misses in flight together, where lookups
   * one by one wait for each in turn (see ManagerKeys.prefetch).
   */
  touch(hash: number): number {
    return this.slots[(hash & this.mask) * SLOT];
  }

  /** The hash this index files `key` under (see {@link getHashed}). */
  hashOf(key: string): number {
    return hashOf(key, this.seed);
  }

  get(key: string): number | undefined {
    return this.getHashed(key, hashOf(key, this.seed));
  }

  /** {@link get} for a key already hashed ({@link hashOf}). */
  getHashed(key: string, hash: number): number | undefined {
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
    const { slots } = this;
    const length = key.length;
    if (slots[at + 2] !== length) return false;
    if (length <= INLINE_CHARS) {
      for (let i = 0; i < length; i += 2) {
        const pair = key.charCodeAt(i) | (i + 1 < length ? key.charCodeAt(i + 1) << 16 : 0);
        if (slots[at + KEY_AT + (i >> 1)] !== pair) return false;
      }
      return true;
    }
    const { chars } = this;
    const from = slots[at + KEY_AT];
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
