import type { OrgShapeSummary } from "./describeOrgShape";
import type { CallTimings, TimingSummary } from "./measure";

/** Our whole parse + validate must beat d3's `stratify()` alone on the same rows. */
export const MAX_RATIO_TO_STRATIFY = 1.0;
/** Time may grow at most this much faster than the rows: 10× the rows, at most 12× the time. */
export const MAX_SCALING_OVERHEAD = 1.2;

/** One org size's measurements. */
export interface SizeResult {
  size: number;
  shape: OrgShapeSummary;
  runs: number;
  warmups: number;
  /** Whether a full GC came before each timed call. */
  gcForced: boolean;
  /** `buildOrgModel(grid)`: detect columns, parse, link, findings. */
  ours: CallTimings;
  /** d3-hierarchy `stratify()` on `{id, parentId}` objects of the same rows. */
  stratify: CallTimings;
  /** Optional breakdown of `buildOrgModel` by stage (CPU ms per stage). */
  stages?: { name: string; timing: TimingSummary }[];
}

export interface TargetCheck {
  label: string;
  value: number;
  limit: number;
  pass: boolean;
}

/**
 * The targets are judged on CPU-time medians: on a shared machine the wall clock also counts time
 * other processes held the core, which lands on one contender or the other at random.
 */
function judged(timings: CallTimings): number {
  return timings.cpu.median;
}

/** ours / stratify of the medians, per size. */
export function ratioChecks(results: readonly SizeResult[]): TargetCheck[] {
  return results.map((result) => {
    const value = judged(result.ours) / judged(result.stratify);
    return {
      label: `N=${result.size}: buildOrgModel / stratify`,
      value,
      limit: MAX_RATIO_TO_STRATIFY,
      pass: value < MAX_RATIO_TO_STRATIFY,
    };
  });
}

/** Growth of our median time between consecutive sizes, against the growth of the rows. */
export function scalingChecks(results: readonly SizeResult[]): TargetCheck[] {
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const checks: TargetCheck[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [small, large] = [sorted[i - 1], sorted[i]];
    const value = judged(large.ours) / judged(small.ours);
    const limit = (large.size / small.size) * MAX_SCALING_OVERHEAD;
    checks.push({ label: `time(${large.size}) / time(${small.size})`, value, limit, pass: value <= limit });
  }
  return checks;
}

/** Growth of stratify's median time between consecutive sizes (for reference: no target). */
export function stratifyScaling(results: readonly SizeResult[]): { label: string; value: number }[] {
  const sorted = [...results].sort((a, b) => a.size - b.size);
  return sorted.slice(1).map((large, i) => ({
    label: `time(${large.size}) / time(${sorted[i].size})`,
    value: judged(large.stratify) / judged(sorted[i].stratify),
  }));
}
