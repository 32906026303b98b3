import type { Position } from "../../core/model/position";
import type { PositionIndex } from "../../core/model/orgModel";

/**
 * Position ID → index, built on first use: the pane's thread gets a model from the analysis worker without paying
 * for a map of 100,000 IDs before the chart's first frame (the chart needs it only when a position is looked up).
 */
export class LazyIdIndex implements ReadonlyMap<string, PositionIndex> {
  private built: Map<string, PositionIndex> | undefined;

  constructor(private readonly positions: readonly Position[]) {}

  /** Builds the index a slice at a time, letting the thread do other work between slices. */
  async buildInSlices(pause: () => Promise<void>, slice = 20_000): Promise<void> {
    if (this.built !== undefined) return;
    const map = new Map<string, PositionIndex>();
    for (let start = 0; start < this.positions.length; start += slice) {
      if (start > 0) await pause();
      const end = Math.min(this.positions.length, start + slice);
      for (let i = start; i < end; i++) map.set(this.positions[i].id, i);
    }
    this.built ??= map;
  }

  private map(): Map<string, PositionIndex> {
    if (this.built === undefined) {
      const map = new Map<string, PositionIndex>();
      for (let i = 0; i < this.positions.length; i++) map.set(this.positions[i].id, i);
      this.built = map;
    }
    return this.built;
  }

  get size(): number {
    return this.map().size;
  }
  get(key: string): PositionIndex | undefined {
    return this.map().get(key);
  }
  has(key: string): boolean {
    return this.map().has(key);
  }
  forEach(callback: (value: PositionIndex, key: string, map: ReadonlyMap<string, PositionIndex>) => void): void {
    this.map().forEach((value, key) => callback(value, key, this));
  }
  entries(): MapIterator<[string, PositionIndex]> {
    return this.map().entries();
  }
  keys(): MapIterator<string> {
    return this.map().keys();
  }
  values(): MapIterator<PositionIndex> {
    return this.map().values();
  }
  [Symbol.iterator](): MapIterator<[string, PositionIndex]> {
    return this.map()[Symbol.iterator]();
  }
}
