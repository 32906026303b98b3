import { SPAN_BANDS, type SpanSummary } from "./orgChecks";

/**
 * Managers by span band (1 · 2–3 · 4–7 · 8–12 · 13–16 · 17+), the median and mean span and the widest,
 * over managers only: an individual contributor has no span (not a span of 0). The median of an even
 * count is the mean of the two middle spans. Counting, not sorting: linear in the positions.
 */
export function summarizeSpans(span: Int32Array): SpanSummary {
  let managers = 0;
  let total = 0;
  let widest = 0;
  for (let i = 0; i < span.length; i++) {
    const s = span[i];
    if (s === 0) continue;
    managers++;
    total += s;
    if (s > widest) widest = s;
  }
  const countBySpan = new Int32Array(widest + 1);
  for (let i = 0; i < span.length; i++) if (span[i] > 0) countBySpan[span[i]]++;
  const bands = SPAN_BANDS.map(({ band, min, max }) => {
    let count = 0;
    for (let s = min; s <= Math.min(max ?? widest, widest); s++) count += countBySpan[s];
    return { band, min, max, managers: count };
  });
  return {
    managers,
    bands,
    median: managers === 0 ? null : medianOf(countBySpan, managers),
    mean: managers === 0 ? null : total / managers,
    widest,
  };
}

/** The span at a 0-based rank among the managers, from counts per span. */
function spanAtRank(countBySpan: Int32Array, rank: number): number {
  let seen = 0;
  for (let s = 1; s < countBySpan.length; s++) {
    seen += countBySpan[s];
    if (seen > rank) return s;
  }
  return countBySpan.length - 1;
}

function medianOf(countBySpan: Int32Array, managers: number): number {
  const middle = Math.floor(managers / 2);
  if (managers % 2 === 1) return spanAtRank(countBySpan, middle);
  return (spanAtRank(countBySpan, middle - 1) + spanAtRank(countBySpan, middle)) / 2;
}
