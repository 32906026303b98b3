/** Cells a column is sampled on before deciding whether its texts repeat enough to be shared. */
const SAMPLE_CELLS = 4096;
/** A column keeps sharing when at most this share of its sampled cells are texts not seen before in it. */
const MAX_NEW_SHARE = 0.25;
/**
 * From this length on, V8 makes a part of a string a view into the whole (a "sliced string") rather than a copy:
 * one such cell kept alive keeps the whole file's text alive with it.
 */
const SLICE_MIN_LENGTH = 13;

/** A copy of `text` that does not point into a bigger string (a part of one is flattened, then cut). */
function detached(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (text + " ").slice(0, -1);
}

/**
 * Keeps the cells of a whole sheet read from a CSV file small in memory:
 * - the cells of a column that repeat (department, grade, status, title, manager…) become one string each, so a
 *   million rows hold a few hundred thousand strings rather than one per cell (a third of the memory, and far
 *   less for the garbage collector to walk); a column whose texts mostly differ (IDs, names) is left alone after
 *   a sample of its cells;
 * - no cell kept points into the file's text, so the text (hundreds of MB for a whole sheet) is freed once read.
 */
export class CellInterner {
  /** Per column: its texts by themselves, or null once the column is left alone. */
  private readonly columns: (Map<string, string> | null)[] = [];
  private readonly sampled: number[] = [];

  /** Replaces each cell of `row` by the first equal text of its column (or a detached copy), in place. */
  row(row: string[]): string[] {
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      // "" and one-character texts are shared by the engine already.
      if (text.length <= 1) continue;
      let texts = this.columns[c];
      if (texts === undefined) {
        texts = this.columns[c] = new Map();
        this.sampled[c] = 0;
      }
      if (texts === null) {
        if (text.length >= SLICE_MIN_LENGTH) row[c] = detached(text);
        continue;
      }
      const known = texts.get(text);
      if (known !== undefined) row[c] = known;
      else texts.set(text, (row[c] = detached(text)));
      if (
        this.sampled[c] < SAMPLE_CELLS &&
        ++this.sampled[c] === SAMPLE_CELLS &&
        texts.size > SAMPLE_CELLS * MAX_NEW_SHARE
      )
        this.columns[c] = null;
    }
    return row;
  }
}
