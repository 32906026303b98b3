/** Median and 95th percentile of per-frame costs, in milliseconds (usable in the page and in Node). */
export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
}

/** The value at quantile q (0–1) of sorted samples, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function frameStats(samples: readonly number[]): FrameStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { frames: sorted.length, median: median(sorted), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] };
}
