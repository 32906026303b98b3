/** Reused rows of the dynamic-programming table (names are short; they grow when needed). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The characters of a text as numbers: UTF-16 units, or code points when the text has surrogate pairs. */
export function charactersOf(text: string): ArrayLike<number> {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return Array.from(text, (character) => character.codePointAt(0)!);
  }
  const units = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein restricted: insertions, deletions,
 * substitutions and swaps of two neighbouring characters, each costing 1) between two texts,
 * counted in characters (code points), so a Chinese character is one character. With `max`, stops
 * as soon as the distance surely exceeds it and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  return characterDistance(charactersOf(a), charactersOf(b), max);
}

/** {@link editDistance} over texts already split into characters ({@link charactersOf}). */
export function characterDistance(s: ArrayLike<number>, t: ArrayLike<number>, max = Infinity): number {
  if (s.length === 0 || t.length === 0) return Math.min(s.length + t.length, max + 1);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const width = t.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  // Three rows of the table: two back (for swaps), one back, current.
  let [before, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  let previousBest = 0;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && before[j - 2] + 1 < best)
        best = before[j - 2] + 1;
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // A row's least value is at least the least of the row before and (through a swap) of the one
    // before that plus 1: once two rows in a row are over the limit, every later row is.
    if (rowBest > max && previousBest > max) return max + 1;
    previousBest = rowBest;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[t.length], max + 1);
}
