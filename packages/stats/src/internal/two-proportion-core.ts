import { StatsInputError } from '../errors.ts';
import { normalQuantile } from './normal-quantile.ts';
import { describe } from './validate.ts';

/** Options of `twoProportionPower` and `twoProportionSampleSize`. */
export interface TwoProportionPowerOptions {
  /** Significance level α in (0, 1). Default 0.05. */
  alpha?: number;
  /** 'one-sided' tests one direction (e.g. a drop); 'two-sided' either. Default 'one-sided'. */
  alternative?: 'one-sided' | 'two-sided';
}

/** Checks p1, p2 and the options once for both power functions; returns α and the z critical value. */
export function checkPowerInputs(fn: string, p1: number, p2: number, options: TwoProportionPowerOptions) {
  for (const p of [p1, p2]) {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      throw new StatsInputError('INVALID_OPTION', fn, 'shares p1 and p2 in [0, 1]', describe(p));
    }
  }
  if (p1 === p2) throw new StatsInputError('INVALID_OPTION', fn, 'p1 ≠ p2', `${p1} and ${p2}`);
  const alpha = options.alpha ?? 0.05;
  if (!(typeof alpha === 'number' && alpha > 0 && alpha < 1)) {
    throw new StatsInputError('INVALID_OPTION', fn, 'alpha in (0, 1)', describe(alpha));
  }
  const sides = options.alternative === 'two-sided' ? 2 : 1;
  return { zAlpha: normalQuantile(1 - alpha / sides) };
}

/** √((p1 + p2)(q1 + q2)/2) and √(p1q1 + p2q2): the null and alternative standard deviations. */
export function powerSpreads(p1: number, p2: number) {
  return {
    sdNull: Math.sqrt(((p1 + p2) * (2 - p1 - p2)) / 2),
    sdAlt: Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)),
  };
}
