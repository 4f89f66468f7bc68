import type { KsAlternative, KsMethod, KsResult } from '../ks-two-sample.ts';
import { ksAsymptoticP, ksExactP } from './ks-p-value.ts';
import { gcd, ksWalk } from './ks-walk.ts';

/** {@link ksTwoSample} on already validated, ascending samples (used by fitted reports). */
export function ksTwoSampleSorted(
  a: Float64Array,
  b: Float64Array,
  alternative: KsAlternative,
  method: KsMethod,
): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  const w = ksWalk(a, b);
  const useMinus = alternative === 'less' || (alternative === 'two-sided' && w.dMinus > w.dPlus);
  const statistic = useMinus ? w.dMinus : w.dPlus;
  const h = useMinus ? w.hMinus : w.hPlus;
  const twoSided = alternative === 'two-sided';
  const warnings: string[] = [];
  let used: 'exact' | 'asymp' =
    method === 'asymp' || (method === 'auto' && Math.max(n1, n2) > 10000) ? 'asymp' : 'exact';
  let pValue = Number.NaN;
  if (used === 'exact') {
    const exact = ksExactP(n1, n2, gcd(n1, n2), h, twoSided);
    if (typeof exact === 'number') pValue = exact;
    else {
      used = 'asymp';
      warnings.push(`Exact p-value not computed (${exact}); switched to asymp.`);
    }
  }
  if (used === 'asymp') pValue = ksAsymptoticP(n1, n2, statistic, twoSided);
  if (w.hasTies)
    warnings.push(
      'Samples contain ties: the KS p-value assumes continuous data and is conservative; use ksPermutationTest for a tie-aware p-value.',
    );
  return {
    statistic,
    pValue,
    method: used,
    location: useMinus ? w.locMinus : w.locPlus,
    sign: useMinus ? -1 : 1,
    hasTies: w.hasTies,
    nReference: n1,
    nCurrent: n2,
    warnings,
  };
}
