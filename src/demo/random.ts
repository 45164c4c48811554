/**
 * Small seeded pseudo-random number generator (mulberry32) with helpers.
 * Everything in the demo generator draws from instances of {@link Rng} so
 * that the output depends only on the seed.
 */

/** Deterministic random source. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[]): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit FNV-1a hash, used to turn a string label into a seed. */
export function hashSeed(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Creates a mulberry32 generator from a numeric seed or a string label. */
export function createRng(seed: number | string): Rng {
  let state = (typeof seed === "string" ? hashSeed(seed) : seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`empty range [${min}, ${max}]`);
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick from an empty array");
      return items[int(0, items.length - 1)] as T;
    },
    weightedIndex(weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (!(total > 0)) throw new RangeError("weights must have a positive sum");
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

/**
 * Picks `count` distinct indices from `weights` without replacement, each
 * draw proportional to the weight (Efraimidis–Spirakis keys).
 */
export function weightedSample(rng: Rng, weights: readonly number[], count: number): Set<number> {
  if (count > weights.length) throw new RangeError(`cannot sample ${count} of ${weights.length}`);
  const keyed = weights.map((w, index) => ({ index, key: Math.pow(rng.next(), 1 / Math.max(w, 1e-9)) }));
  keyed.sort((a, b) => b.key - a.key || a.index - b.index);
  return new Set(keyed.slice(0, count).map((k) => k.index));
}
