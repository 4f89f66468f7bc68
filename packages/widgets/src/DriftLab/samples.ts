import { createRng, sampleMixture, sampleNormal } from '@confnotes/stats';
import { FILTER_CAP_SD, type PresetId, REFERENCE, RELEASE_BUMP } from './config';

/** Everything that decides the two samples. */
export interface SampleParams {
  preset: PresetId;
  /** Current mean shift in reference sds. */
  shift: number;
  /** Current sd as a multiple of the reference sd (> 0). */
  spread: number;
  /** Share of empty outputs in the current window, 0 … 0.95. */
  empty: number;
  /** Share of rows the unit bug or the bad release affects, 0 … 1. */
  affected: number;
  nReference: number;
  nCurrent: number;
  seed: number;
}

/** A sample of outputs: finite numbers, or null for an empty output. */
export type RawSample = (number | null)[];

function withEmpties(values: Float64Array, share: number, rng: () => number): RawSample {
  const out: RawSample = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = rng() < share ? null : (values[i] as number);
  return out;
}

/** The reference window: normal(100, 15) with 2 % empty outputs, seeded. */
export function referenceSample(nReference: number, seed: number): RawSample {
  const rng = createRng(seed);
  return withEmpties(sampleNormal(rng, nReference, REFERENCE.mean, REFERENCE.sd), REFERENCE.empty, rng);
}

/** The current window for a preset; its own seeded stream, so changing it leaves the reference alone. */
export function currentSample(p: SampleParams): RawSample {
  const rng = createRng(p.seed + 7919);
  const mean = REFERENCE.mean + p.shift * REFERENCE.sd;
  const sd = REFERENCE.sd * p.spread;
  let values: Float64Array;
  if (p.preset === 'bad-release' && p.affected > 0) {
    values = sampleMixture(rng, p.nCurrent, [
      { weight: 1 - p.affected, mean, sd },
      { weight: p.affected, mean: RELEASE_BUMP.mean + p.shift * REFERENCE.sd, sd: RELEASE_BUMP.sd * p.spread },
    ]);
  } else {
    values = sampleNormal(rng, p.nCurrent, mean, sd);
  }
  if (p.preset === 'filter') {
    const cap = REFERENCE.mean + FILTER_CAP_SD * REFERENCE.sd;
    for (let i = 0; i < values.length; i++) values[i] = Math.min(values[i] as number, cap);
  }
  if (p.preset === 'unit-bug') {
    for (let i = 0; i < values.length; i++) if (rng() < p.affected) values[i] = (values[i] as number) * 1000;
  }
  return withEmpties(values, p.empty, rng);
}
