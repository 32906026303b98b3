import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Median and range of the measured runs of one operation, in milliseconds. */
export interface TimingSummary {
  samples: number[];
  median: number;
  min: number;
  max: number;
}

export function summarizeTimings(samples: readonly number[]): TimingSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { samples: [...samples], median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * A function that forces a full garbage collection, so that one operation's garbage is not collected
 * during the next one's timing. Uses `global.gc` when node runs with --expose-gc, else turns the flag
 * on at run time; undefined only if neither works.
 */
export function garbageCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A named operation to time; it returns a value so that its work cannot be optimised away. */
export interface Contender {
  name: string;
  run: () => unknown;
}

/**
 * Wall-clock time, and the process's CPU time (user + system, all threads: GC helpers included) over
 * the same call. On a shared machine the wall clock also counts the time other processes had the
 * core; CPU time does not, so it is the steadier of the two.
 */
export interface CallTimings {
  wall: TimingSummary;
  cpu: TimingSummary;
}

export interface InterleavedTimings {
  /** Per contender, in the order given. */
  timings: CallTimings[];
  /** Keeps the results alive; never read. */
  sink: unknown[];
}

/**
 * Times the contenders against each other in the same process: `warmups` untimed rounds, then
 * `runs` measured rounds in which the contenders alternate who goes first; with `gc`, a full collection
 * before every timed call.
 */
export function timeInterleaved(
  contenders: readonly Contender[],
  runs: number,
  warmups: number,
  gc?: () => void,
): InterleavedTimings {
  const sink: unknown[] = [];
  for (let w = 0; w < warmups; w++) for (const contender of contenders) sink[0] = contender.run();
  const wall = contenders.map((): number[] => []);
  const cpu = contenders.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    const order = contenders.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = contenders[i].run();
      const elapsed = performance.now() - start;
      const cpuUsed = process.cpuUsage(cpuStart);
      sink[0] = result;
      wall[i].push(elapsed);
      cpu[i].push((cpuUsed.user + cpuUsed.system) / 1000);
    }
  }
  return {
    timings: contenders.map((_, i) => ({ wall: summarizeTimings(wall[i]), cpu: summarizeTimings(cpu[i]) })),
    sink,
  };
}
