import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { IdIndex } from "./idIndex";

/** Rows read ahead together. */
const AHEAD = 64;

// A module-local binding for the per-row read (tsx turns every read of an imported binding into a getter call).
const trimmed = trimmedText;

/**
 * The parser's rows read a few dozen ahead: their ID cells (trimmed) with their hashes in the ID index, the index
 * slot each ID goes to, and the texts of their other mapped cells, each in a tight loop of its own, so that their
 * cache misses overlap. At 100,000 rows the rows and their texts lie all over the heap and the index is 8 MB: read
 * row by row, each of those reads waited for memory in turn (0.1-0.2 µs each), most of what made 10 times the rows
 * take 15 times as long; the parser then finds them in the cache.
 */
export class RowsAhead {
  private readonly ids = new Array<string>(AHEAD).fill("");
  private readonly hashes = new Int32Array(AHEAD);
  private from = 0;
  private to = 0;
  /** What the reads ahead read last (kept so that those reads are not optimised away). */
  lastRead = 0;

  /** `columns`: the other mapped columns, whose cells the parser reads. */
  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly idColumn: number,
    private readonly columns: readonly number[],
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

  private readFrom(from: number): void {
    const { rows, idColumn, columns, index, ids, hashes } = this;
    const count = Math.min(rows.length - from, AHEAD);
    for (let k = 0; k < count; k++) ids[k] = trimmed(rows[from + k], idColumn);
    for (let k = 0; k < count; k++) hashes[k] = index.hashOf(ids[k]);
    let read = 0;
    for (let k = 0; k < count; k++) read ^= index.touch(hashes[k]);
    for (let m = 0; m < columns.length; m++) {
      const c = columns[m];
      for (let k = 0; k < count; k++) {
        const value = rows[from + k][c];
        if (typeof value === "string") read ^= value.length;
      }
    }
    this.from = from;
    this.to = from + count;
    this.lastRead = read;
  }
}
