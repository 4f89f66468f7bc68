import { StatsInputError } from '../errors.ts';

/** Formats a value for an error message without dumping huge arrays. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `array of length ${value.length}`;
  return typeof value;
}

/**
 * Copies a numeric sample into a fresh Float64Array, throwing EMPTY_SAMPLE for an empty sample and
 * NON_FINITE for NaN, ±Infinity or non-numbers. O(n).
 */
export function finiteSample(values: ArrayLike<number>, fn: string, name: string): Float64Array {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new StatsInputError('EMPTY_SAMPLE', fn, `${name} to be an array of numbers`, describe(values));
  }
  const n = values.length;
  if (n === 0) throw new StatsInputError('EMPTY_SAMPLE', fn, `a non-empty ${name}`, 'length 0');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new StatsInputError('NON_FINITE', fn, `finite numbers in ${name}`, `${describe(v)} at index ${i}`);
    }
    out[i] = v;
  }
  return out;
}

/** Throws INVALID_OPTION unless `value` is one of `allowed`; returns it narrowed. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fn: string, name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new StatsInputError('INVALID_OPTION', fn, `${name} to be one of ${allowed.join(', ')}`, describe(value));
}

/** Throws INVALID_OPTION unless `value` is an integer >= min. */
export function integerAtLeast(value: unknown, min: number, fn: string, name: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  throw new StatsInputError('INVALID_OPTION', fn, `${name} >= ${min} (an integer)`, describe(value));
}

/** Throws INVALID_OPTION unless `value` is a finite number inside [min, max]. */
export function numberInRange(value: unknown, min: number, max: number, fn: string, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  throw new StatsInputError('INVALID_OPTION', fn, `${name} in [${min}, ${max}]`, describe(value));
}

/** Throws INVALID_OPTION unless `value` is a number strictly between 0 and 1. */
export function openUnitInterval(value: unknown, fn: string, name: string): number {
  if (typeof value === 'number' && value > 0 && value < 1) return value;
  throw new StatsInputError('INVALID_OPTION', fn, `${name} in (0, 1)`, describe(value));
}

/**
 * Validates a vector of counts or probabilities: non-empty, finite, non-negative, positive sum.
 * Returns a Float64Array copy.
 */
export function distribution(values: ArrayLike<number>, fn: string, name: string): Float64Array {
  const out = finiteSample(values, fn, name);
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i] as number;
    if (v < 0) {
      throw new StatsInputError('NOT_A_DISTRIBUTION', fn, `non-negative entries in ${name}`, `${v} at index ${i}`);
    }
    total += v;
  }
  if (!(total > 0))
    throw new StatsInputError('NOT_A_DISTRIBUTION', fn, `${name} to have a positive sum`, String(total));
  return out;
}

/** Throws LENGTH_MISMATCH unless both vectors have the same length. */
export function sameLength(a: ArrayLike<number>, b: ArrayLike<number>, fn: string): void {
  if (a.length !== b.length) {
    throw new StatsInputError(
      'LENGTH_MISMATCH',
      fn,
      'both vectors to have the same length',
      `${a.length} and ${b.length}`,
    );
  }
}

/** Validates a probability vector (each in [0, 1]); internal helper shared with quantileDelta. */
export function checkedProbabilities(probabilities: ArrayLike<number>, fn: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < (probabilities?.length ?? 0); i++) {
    const p = probabilities[i] as number;
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      throw new StatsInputError('INVALID_OPTION', fn, 'probabilities in [0, 1]', `${describe(p)} at index ${i}`);
    }
    out.push(p);
  }
  return out;
}
