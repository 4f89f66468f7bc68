import { StatsInputError } from './errors.ts';
import { describe } from './internal/validate.ts';

/**
 * Deterministic uniform random number generator (xoshiro128** seeded through splitmix32).
 *
 * Plain English: the same seed always yields the same sequence, in Node, browsers and Workers,
 * so demos, permutation tests and bootstraps are reproducible. All randomness in this package
 * goes through it; never Math.random.
 *
 * Reference: D. Blackman, S. Vigna (2021), "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4). Complexity: O(1) per draw; period 2^128 − 1.
 *
 * @param seed - any finite number (its low 32 bits of the integer part and the fraction are mixed in)
 * @returns a function returning uniform doubles in [0, 1) with 53 random bits
 * @throws StatsInputError INVALID_OPTION for a non-finite seed
 * @example
 * const rng = createRng(42); rng(); // same value on every run
 */
export function createRng(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new StatsInputError('INVALID_OPTION', 'createRng', 'a finite numeric seed', describe(seed));
  }
  let sm = (Math.floor(seed) ^ Math.round((seed % 1) * 0x7fffffff)) >>> 0;
  const splitmix = (): number => {
    sm = (sm + 0x9e3779b9) >>> 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
