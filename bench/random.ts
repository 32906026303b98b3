/** A seeded source of random numbers: the same seed gives the same sequence, on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Triangular on [min, max] with the given mode. */
  triangular(min: number, max: number, mode: number): number;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and fully deterministic. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    pickWeighted(items, weight) {
      let total = 0;
      for (const item of items) total += weight(item);
      let u = next() * total;
      for (const item of items) {
        u -= weight(item);
        if (u < 0) return item;
      }
      return items[items.length - 1];
    },
    normal() {
      const u = 1 - next(); // (0, 1]: log(0) is never taken
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    triangular(min, max, mode) {
      const u = next();
      const cut = (mode - min) / (max - min);
      return u < cut
        ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    },
  };
  return random;
}

/** The integers 0 … n-1 in a random order (Fisher–Yates). */
export function shuffledIndices(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}
