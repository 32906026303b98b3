import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { IdIndex } from "./idIndex";

/** Rows whose IDs are read ahead together. */
const AHEAD = 64;

// A module-local binding for the per-row read (tsx turns every read of an imported binding into a getter call).
const trimmed = trimmedText;

/**
 * The ID cells of the parser's rows (trimmed), with their hashes in the ID index, read a few dozen rows ahead: one
 * tight loop over the next rows reads their ID cells and the index slot each ID goes to, so that their cache misses
 * overlap. At 100,000 rows the rows lie all over the heap and the index is 8 MB: row by row, each of those reads
 * waited for memory in turn (about 0.14 µs each), most of what made 10 times the rows take 15 times as long.
 */
export class IdsAhead {
  private readonly ids = new Array<string>(AHEAD).fill("");
  private readonly hashes = new Int32Array(AHEAD);
  private from = 0;
  private to = 0;
  /** What the slots read last held (kept so that those reads are not optimised away). */
  lastRead = 0;

  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly column: number,
    private readonly index: IdIndex,
  ) {}

  /** The trimmed ID cell of row `r` (rows are asked in order). */
  idOf(r: number): string {
    if (r >= this.to) this.readFrom(r);
    return this.ids[r - this.from];
  }

  /** The index's hash of {@link idOf}(r), for a row just asked. */
  hashOf(r: number): number {
    return this.hashes[r - this.from];
  }

  private readFrom(r: number): void {
    const { rows, column, index, ids, hashes } = this;
    const to = Math.min(rows.length, r + AHEAD);
    let read = 0;
    for (let k = 0; r + k < to; k++) {
      const id = trimmed(rows[r + k], column);
      const hash = index.hashOf(id);
      ids[k] = id;
      hashes[k] = hash;
      read ^= index.touch(hash);
    }
    this.from = r;
    this.to = to;
    this.lastRead = read;
  }
}
