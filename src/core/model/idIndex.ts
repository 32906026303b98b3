/**
 * Position ID → index, as an open-addressing hash table over typed arrays. It answers like a
 * `ReadonlyMap<string, number>`; the parser builds it for every row of 100,000, where a `Map` spends
 * most of its time growing and rehashing (measured: about a quarter faster, see docs/benchmarks.md).
 */
export class IdIndex implements ReadonlyMap<string, number> {
  private slots: Int32Array;
  private mask: number;
  private readonly keysInOrder: string[] = [];
  private readonly valuesInOrder: number[] = [];
  /** A seed per table, so that no sheet can be crafted to make every ID collide. */
  private readonly seed = (Math.random() * 0x100000000) >>> 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keysInOrder.length;
  }

  /** Adds `key` → `value` unless the key is there; returns the value already there, or undefined when added. */
  addIfAbsent(key: string, value: number): number | undefined {
    let slot = hashOf(key, this.seed) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.keysInOrder[entry - 1] === key) return this.valuesInOrder[entry - 1];
      slot = (slot + 1) & this.mask;
    }
    this.keysInOrder.push(key);
    this.valuesInOrder.push(value);
    this.slots[slot] = this.keysInOrder.length;
    if (this.keysInOrder.length * 2 > this.slots.length) this.grow();
    return undefined;
  }

  get(key: string): number | undefined {
    let slot = hashOf(key, this.seed) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return undefined;
      if (this.keysInOrder[entry - 1] === key) return this.valuesInOrder[entry - 1];
      slot = (slot + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.keysInOrder.forEach((key, i) => callback.call(thisArg, this.valuesInOrder[i], key, this));
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.keysInOrder.length; i++) yield [this.keysInOrder[i], this.valuesInOrder[i]];
  }

  keys(): MapIterator<string> {
    return this.keysInOrder[Symbol.iterator]() as MapIterator<string>;
  }

  values(): MapIterator<number> {
    return this.valuesInOrder[Symbol.iterator]() as MapIterator<number>;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.keysInOrder.length; i++) {
      let slot = hashOf(this.keysInOrder[i], this.seed) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }
}

/** FNV-1a over UTF-16 code units, from a seeded start. */
function hashOf(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
