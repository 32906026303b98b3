import type { OrgModel, PositionIndex } from "../model/orgModel";
import { normalizeSearchText } from "./normalizeSearchText";
import { FIELD_SEPARATOR, searchIndexOf, type SearchIndex } from "./searchIndex";

/** The position whose part of the index holds `offset` (binary search over the parts' starts). */
function positionAt(index: SearchIndex, offset: number, from: number): number {
  let low = from;
  let high = index.start.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (index.start[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Positions whose name, title or ID contains `query`, best first: an exact ID, then a name, title or ID starting
 * with the query, then one containing it; ties in sheet order. Comparison ignores case, width ("Ａ１" finds "A1")
 * and surrounding spaces; Chinese finds substrings ("运营" finds "运营总监"). The first search of a model builds
 * its index (each position's fields read once); later searches scan one string and stop once `limit` are found.
 */
export function searchPositions(model: OrgModel, query: string, limit = 50): PositionIndex[] {
  const q = normalizeSearchText(query);
  if (q === "" || limit <= 0 || model.positions.length === 0) return [];
  const index = searchIndexOf(model);
  const { text, start } = index;
  const first = text.indexOf(q);
  if (first === -1) return [];
  const found = new Set<number>();
  const results: number[] = [];
  const take = (p: number): void => {
    if (results.length < limit && !found.has(p)) {
      found.add(p);
      results.push(p);
    }
  };

  // Exact IDs: the whole ID field ("\0id\0" at the start of a position's part).
  const whole = FIELD_SEPARATOR + q + FIELD_SEPARATOR;
  let p = 0;
  for (let k = text.indexOf(whole); k !== -1 && results.length < limit; k = text.indexOf(whole, k + 1)) {
    p = positionAt(index, k, p);
    if (start[p] === k) take(p);
  }

  // Prefixes: the query right after a field separator.
  const prefix = FIELD_SEPARATOR + q;
  p = 0;
  for (let k = text.indexOf(prefix); k !== -1 && results.length < limit; k = text.indexOf(prefix, start[p + 1])) {
    p = positionAt(index, k, p);
    take(p);
  }

  // Substrings: every prefix is already taken when the loop above ran to the end.
  p = 0;
  for (let k = first; k !== -1 && results.length < limit;) {
    p = positionAt(index, k, p);
    take(p);
    k = text.indexOf(q, start[p + 1]);
  }
  return results;
}
