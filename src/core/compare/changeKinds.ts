import type { ChangeKind } from "./planComparison";

const KIND_NAMES: readonly ChangeKind[] = ["unchanged", "changed", "moved", "added"];

/**
 * Plan position ID → its change kind, read from one byte per position (see `positionChanges`' KIND_* codes) through
 * the plan's ID index: no map of 100,000 entries is built. Answers like a `ReadonlyMap`.
 */
export class ChangeKindMap implements ReadonlyMap<string, ChangeKind> {
  constructor(
    private readonly indexById: ReadonlyMap<string, number>,
    private readonly kinds: Uint8Array,
  ) {}

  get size(): number {
    return this.kinds.length;
  }

  get(id: string): ChangeKind | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : KIND_NAMES[this.kinds[index]];
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  /** The kind of the plan position at `index` (the plan model's position index). */
  kindAt(index: number): ChangeKind {
    return KIND_NAMES[this.kinds[index]];
  }

  forEach(
    callback: (value: ChangeKind, key: string, map: ReadonlyMap<string, ChangeKind>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, index] of this.indexById) callback.call(thisArg, KIND_NAMES[this.kinds[index]], id, this);
  }

  *entries(): MapIterator<[string, ChangeKind]> {
    for (const [id, index] of this.indexById) yield [id, KIND_NAMES[this.kinds[index]]];
  }

  *keys(): MapIterator<string> {
    for (const id of this.indexById.keys()) yield id;
  }

  *values(): MapIterator<ChangeKind> {
    for (const index of this.indexById.values()) yield KIND_NAMES[this.kinds[index]];
  }

  [Symbol.iterator](): MapIterator<[string, ChangeKind]> {
    return this.entries();
  }

  /** As JSON: an object of ID → kind for the positions that are not unchanged. */
  toJSON(): Record<string, ChangeKind> {
    const out: Record<string, ChangeKind> = {};
    for (const [id, index] of this.indexById) if (this.kinds[index] !== 0) out[id] = KIND_NAMES[this.kinds[index]];
    return out;
  }
}
