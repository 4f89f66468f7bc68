import { chiSquareQuantile } from '../chi-square-quantile.ts';
import type { PsiBinning, PsiResult } from '../psi.ts';
import {
  type Binning,
  binBounds,
  countSorted,
  distinctCountSorted,
  equalWidthEdges,
  referenceQuantileEdges,
  sturgesEdges,
  unionValues,
} from './bins.ts';

/** Chooses the bins of a PSI computation (docs/stats-conventions.md#psi-bins). */
export function psiBinning(
  ref: Float64Array,
  cur: Float64Array,
  bins: number,
  binning: PsiBinning,
  maxCategories: number,
): Binning {
  const categorical = distinctCountSorted(ref, maxCategories) <= maxCategories;
  if (categorical) return { kind: 'categories', edges: unionValues(ref, cur) };
  if (binning === 'evidently') return { kind: 'closed-intervals', edges: sturgesEdges(ref, cur) };
  if (binning === 'equal-width') return { kind: 'intervals', edges: equalWidthEdges(ref, bins) };
  return { kind: 'intervals', edges: referenceQuantileEdges(ref, bins) };
}

/** Evidently's zero fill: zeros become (min non-zero share)/1e6 if that is <= 1e-4, else 1e-4. */
function evidentlyFill(shares: number[]): number[] {
  let min = Number.POSITIVE_INFINITY;
  for (const s of shares) if (s > 0 && s < min) min = s;
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  return shares.map((s) => (s === 0 ? fill : s));
}

/** PSI from reference counts (already binned) and an ascending current sample. */
export function psiFromCounts(
  binning: Binning,
  refCounts: number[],
  nRef: number,
  cur: Float64Array,
  epsilon: number,
  evidently: boolean,
): PsiResult {
  const curCounts = countSorted(cur, binning);
  const m = cur.length;
  const rawRef = refCounts.map((c) => c / nRef);
  const rawCur = curCounts.map((c) => c / m);
  const r = evidently ? evidentlyFill(rawRef) : rawRef.map((s) => Math.max(s, epsilon));
  const c = evidently ? evidentlyFill(rawCur) : rawCur.map((s) => Math.max(s, epsilon));
  let value = 0;
  let emptyBins = 0;
  const bins = rawRef.map((refShare, k) => {
    const rk = r[k] as number;
    const ck = c[k] as number;
    const contribution = (ck - rk) * Math.log(ck / rk);
    value += contribution;
    if (refShare === 0 || rawCur[k] === 0) emptyBins++;
    return {
      ...binBounds(binning, k),
      refShare,
      curShare: rawCur[k] as number,
      contribution,
      refCount: refCounts[k] as number,
      curCount: curCounts[k] as number,
    };
  });
  const dof = bins.length - 1;
  const scale = 1 / nRef + 1 / m;
  return {
    value,
    bins,
    emptyBins,
    expectedUnderNull: dof * scale,
    criticalValue: dof > 0 ? scale * chiSquareQuantile(0.99, dof) : 0,
    band: value < 0.1 ? 'stable' : value < 0.25 ? 'moderate' : 'significant',
  };
}
