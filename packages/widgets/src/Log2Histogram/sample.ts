import { createRng, sampleLognormal } from '@confnotes/stats';

/** Parameters of the seeded demo sample. */
export interface SampleOptions {
  seed: number;
  /** Number of latencies. */
  n: number;
  /** Median latency in microseconds. */
  medianUs: number;
  /** Spread: standard deviation of the log latency. */
  sigma: number;
}

/**
 * A reproducible, right-skewed latency sample in whole microseconds (lognormal with the given
 * median): illustrative data, not a measurement.
 */
export function seededLatencies({ seed, n, medianUs, sigma }: SampleOptions): number[] {
  const draws = sampleLognormal(createRng(seed), n, Math.log(medianUs), sigma);
  return Array.from(draws, (v) => Math.round(v));
}
