import { StatsInputError } from '../errors.ts';
import { describe } from './validate.ts';

/** Validates the common sampler arguments (rng function, integer n >= 0). */
export function checkSampler(fn: string, rng: unknown, n: unknown): void {
  if (typeof rng !== 'function')
    throw new StatsInputError('INVALID_OPTION', fn, 'rng to be a function from createRng', describe(rng));
  if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
    throw new StatsInputError('INVALID_OPTION', fn, 'n >= 0 (an integer)', describe(n));
  }
}

/** Validates a finite parameter (and optionally > 0). */
export function checkParam(fn: string, name: string, value: unknown, positive: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new StatsInputError('NON_FINITE', fn, `a finite ${name}`, describe(value));
  if (positive && !(value > 0)) throw new StatsInputError('INVALID_OPTION', fn, `${name} > 0`, describe(value));
  return value;
}

/** One standard normal draw by Box–Muller (uses two uniforms, keeps no state). */
export function standardNormal(rng: () => number): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
