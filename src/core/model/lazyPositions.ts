import { registerPositionStore } from "./positionFields";
import { PositionRecord } from "./positionRecord";
import type { PositionStore } from "./positionStore";

/**
 * The positions of one parse, made on first read. The analysis (the links, the checks, the coverage) reads the
 * parse's {@link PositionStore} by index and never asks for them: at 100,000 rows, 100,000 position objects kept
 * alive were a tenth of `buildOrgModel` (allocated, then copied by the young-generation collector) and, at a whole
 * sheet's million, 48 MB more for every full collection to mark. The pane, the report sheets and the command line
 * read them as before; the first read makes them all (the same objects on every later read).
 */
export class LazyPositions {
  private made: PositionRecord[] | undefined;

  constructor(private readonly store: PositionStore) {}

  get positions(): PositionRecord[] {
    if (this.made === undefined) {
      const { store } = this;
      const made: PositionRecord[] = [];
      for (let p = 0; p < store.size; p++) made.push(new PositionRecord(store, p));
      registerPositionStore(made, store);
      this.made = made;
    }
    return this.made;
  }
}
