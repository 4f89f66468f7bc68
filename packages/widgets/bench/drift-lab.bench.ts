// `pnpm --filter @confnotes/widgets bench`: one Drift Lab recompute after a slider step at
// n = m = 10,000 (target < 16 ms, one 60 Hz frame). The reference is fitted once, as in the widget.
import { bench, describe } from 'vitest';
import { analyse, fitSample } from '../src/DriftLab/analysis';
import { currentSample, referenceSample, type SampleParams } from '../src/DriftLab/samples';

const params: SampleParams = {
  preset: 'input-shift',
  shift: 0.5,
  spread: 1.3,
  empty: 0.02,
  affected: 0,
  nReference: 10_000,
  nCurrent: 10_000,
  seed: 1,
};
const fitted = fitSample(referenceSample(params.nReference, params.seed), 0);
const options = { ksMethod: 'asymp' as const, thresholds: 'fixed' as const, overrides: {} };
let step = 0;

describe('Drift Lab slider step, n = m = 10,000', () => {
  bench('new current sample + full drift report + ECDFs', () => {
    step = (step + 1) % 40;
    analyse(fitted, currentSample({ ...params, shift: step / 20 }), options);
  });
  bench('sample-size-aware thresholds', () => {
    step = (step + 1) % 40;
    analyse(fitted, currentSample({ ...params, shift: step / 20 }), { ...options, thresholds: 'sample-size-aware' });
  });
});
