import { describe, expect, it } from 'vitest';
import * as stats from '../src/index.ts';

describe('public API (the names the site and widgets import)', () => {
  it.each([
    'ksTwoSample',
    'sortedSample',
    'wasserstein1',
    'psi',
    'jensenShannonDistance',
    'chiSquareHomogeneity',
    'quantiles',
    'quantileDelta',
    'emptyShare',
    'histogram',
    'ecdf',
    'driftReport',
    'createRng',
    'clean',
    'fitReference',
    'ksPermutationTest',
    'kolmogorovSf',
    'smirnovSf',
    'l1Binned',
    'erfc',
    'chiSquareSf',
    'chiSquareQuantile',
    'twoProportionZTest',
    'twoProportionPower',
    'twoProportionSampleSize',
    'sampleNormal',
    'sampleLognormal',
    'sampleMixture',
    'sampleCategorical',
    'sortFloat64',
    'isEmptyValue',
    'tvd',
    'lInfinity',
    'hellingerDistance',
    'klDivergence',
    'dkwBand',
    'ecdfBand',
    'quantileDeltaBootstrap',
  ])('exports %s as a function', (name) => {
    expect(typeof (stats as Record<string, unknown>)[name]).toBe('function');
  });
  it('exports StatsInputError', () => {
    expect(new stats.StatsInputError('EMPTY_SAMPLE', 'f', 'x', 'y')).toBeInstanceOf(Error);
  });
});
