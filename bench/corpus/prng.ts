/**
 * Seeded pseudo-random numbers, so the same seed always yields the same corpus
 * (benchmarks compare runs, and a cached corpus must be reproducible).
 */

/** A source of uniform floats in [0, 1) with a few convenience draws. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Uniform element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast, and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() needs a non-empty array');
      return item;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Draws items with Zipf-like frequencies: rank r has weight 1 / (r + 2.7)^s,
 * Mandelbrot's correction for the head. Uses Walker's alias method, so each
 * draw costs one random number and two small-table lookups (tables stay in
 * cache, which matters when generating ~100 million words).
 */
export function createZipfSampler<T>(items: readonly T[], exponent = 1): (random: Random) => T {
  const count = items.length;
  const weights = items.map((_, rank) => 1 / Math.pow(rank + 2.7, exponent));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const scaled = new Float64Array(weights.map((w) => (w / total) * count));
  const probability = new Float64Array(count).fill(1);
  const alias = new Int32Array(count).map((_, i) => i);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const less = small.pop() as number;
    const more = large.pop() as number;
    probability[less] = scaled[less] as number;
    alias[less] = more;
    scaled[more] = (scaled[more] as number) + (scaled[less] as number) - 1;
    ((scaled[more] as number) < 1 ? small : large).push(more);
  }
  return (random) => {
    const u = random.next() * count;
    const column = Math.floor(u);
    return items[u - column < (probability[column] as number) ? column : (alias[column] as number)] as T;
  };
}
