export type { ChiSquareOptions, ChiSquareResult } from './chi-square-homogeneity.ts';
export { chiSquareHomogeneity } from './chi-square-homogeneity.ts';
export { chiSquareQuantile } from './chi-square-quantile.ts';
export { chiSquareSf } from './chi-square-sf.ts';
export type { CleanResult, DroppedCounts } from './clean.ts';
export { clean } from './clean.ts';
export { createRng } from './create-rng.ts';
export type { DkwBandResult } from './dkw-band.ts';
export { dkwBand } from './dkw-band.ts';
export type { DriftReportOptions } from './drift-report.ts';
export { driftReport } from './drift-report.ts';
export type {
  DriftEmptyShare,
  DriftHistogram,
  DriftMetric,
  DriftMetricId,
  DriftReport,
  DriftThreshold,
  DriftVerdict,
  FittedReference,
  ThresholdMode,
} from './drift-report-types.ts';
export { ecdf } from './ecdf.ts';
export type { EcdfBandResult } from './ecdf-band.ts';
export { ecdfBand } from './ecdf-band.ts';
export type { EmptyShareResult } from './empty-share.ts';
export { emptyShare } from './empty-share.ts';
export { erfc } from './erfc.ts';
export type { StatsErrorCode } from './errors.ts';
export { StatsInputError } from './errors.ts';
export type { FitReferenceOptions } from './fit-reference.ts';
export { fitReference } from './fit-reference.ts';
export { hellingerDistance } from './hellinger-distance.ts';
export { histogram } from './histogram.ts';
export { isEmptyValue } from './is-empty-value.ts';
export type { JensenShannonOptions } from './jensen-shannon-distance.ts';
export { jensenShannonDistance } from './jensen-shannon-distance.ts';
export type { KlDivergenceOptions } from './kl-divergence.ts';
export { klDivergence } from './kl-divergence.ts';
export { kolmogorovSf } from './kolmogorov-sf.ts';
export type { KsPermutationOptions, KsPermutationResult } from './ks-permutation-test.ts';
export { ksPermutationTest } from './ks-permutation-test.ts';
export type { KsAlternative, KsMethod, KsOptions, KsResult } from './ks-two-sample.ts';
export { ksTwoSample } from './ks-two-sample.ts';
export { lInfinity } from './l-infinity.ts';
export { l1Binned } from './l1-binned.ts';
export type { PsiBin, PsiBinning, PsiOptions, PsiResult } from './psi.ts';
export { psi } from './psi.ts';
export type { QuantileDeltaRow } from './quantile-delta.ts';
export { quantileDelta } from './quantile-delta.ts';
export type { QuantileDeltaBootstrapOptions, QuantileDeltaBootstrapRow } from './quantile-delta-bootstrap.ts';
export { quantileDeltaBootstrap } from './quantile-delta-bootstrap.ts';
export { quantiles } from './quantiles.ts';
export { sampleCategorical } from './sample-categorical.ts';
export { sampleLognormal } from './sample-lognormal.ts';
export type { MixtureComponent } from './sample-mixture.ts';
export { sampleMixture } from './sample-mixture.ts';
export { sampleNormal } from './sample-normal.ts';
export { smirnovSf } from './smirnov-sf.ts';
export { sortFloat64 } from './sort-float64.ts';
export type { SampleTally, SortedSample } from './sorted-sample.ts';
export { sortedSample } from './sorted-sample.ts';
export { tvd } from './tvd.ts';
export type { TwoProportionPowerOptions } from './two-proportion-power.ts';
export { twoProportionPower } from './two-proportion-power.ts';
export { twoProportionSampleSize } from './two-proportion-sample-size.ts';
export type { TwoProportionZTestResult } from './two-proportion-z-test.ts';
export { twoProportionZTest } from './two-proportion-z-test.ts';
export type { Wasserstein1Result } from './wasserstein1.ts';
export { wasserstein1 } from './wasserstein1.ts';
