import type { IdIndex } from "./idIndex";

/** In {@link ManagerKeys}' kinds: a blank Reports To, a manager's ID to look up, the position's own ID. */
const BLANK = 0;
const LOOKED_UP = 1;
const SELF = 2;

/**
 * Every position's Reports To as the ID index looks it up: blank, the position's own ID, or the hash to look up,
 * worked out while the parser has the cell's text in hand. Linking then reads these typed arrays in order and reads
 * the index's slots a few dozen positions ahead (see prefetch): at 100,000 positions going back to each Reports To
 * text and the position's own ID (to tell a self-report) one by one, then to the index's slot, was three cache misses
 * a position, each waited for in turn (the texts lie all over the heap, the index is 8 MB), most of linkHierarchy's
 * time.
 */
export class ManagerKeys {
  private readonly hash: Int32Array;
  private readonly kind: Uint8Array;
  /** What {@link prefetch} read last (kept so that its reads are not optimised away). */
  lastRead = 0;

  /** `capacity`: at least the number of positions that will be added. */
  constructor(
    private readonly index: IdIndex,
    private readonly reportsTo: readonly string[],
    capacity: number,
  ) {
    this.hash = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  /** Position `p` (ID `id`) reports to `reportsTo` ("" for none). */
  add(p: number, reportsTo: string, id: string): void {
    if (reportsTo.length === 0) return;
    this.kind[p] = reportsTo === id ? SELF : LOOKED_UP;
    this.hash[p] = this.index.hashOf(reportsTo);
  }

  /**
   * Reads the Reports To texts and the index's slots of positions `from` to `to` (excluded) in one tight loop, so
   * that their cache misses overlap (a lookup that waits for its slot of an 8 MB index takes about 0.14 µs); the
   * lookups of those positions that follow find them in the cache.
   */
  prefetch(from: number, to: number): void {
    const { hash, kind, index, reportsTo } = this;
    let read = 0;
    for (let p = from; p < to; p++) if (kind[p] === LOOKED_UP) read ^= index.touch(hash[p]) ^ reportsTo[p].length;
    this.lastRead = read;
  }

  /** Whether position `p`'s Reports To is blank. */
  isBlank(p: number): boolean {
    return this.kind[p] === BLANK;
  }

  /** Whether position `p`'s Reports To is its own ID. */
  isSelf(p: number): boolean {
    return this.kind[p] === SELF;
  }

  /** The index of the position whose ID is position `p`'s Reports To, or undefined. */
  managerOf(p: number): number | undefined {
    return this.index.getHashed(this.reportsTo[p], this.hash[p]);
  }
}
