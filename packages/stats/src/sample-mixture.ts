import { StatsInputError } from './errors.ts';
import { checkParam, checkSampler, standardNormal } from './internal/sampler-checks.ts';
import { sampleCategorical } from './sample-categorical.ts';

/** One normal component of {@link sampleMixture}. */
export interface MixtureComponent {
  /** Relative weight (>= 0). */
  weight: number;
  /** Mean, data units. */
  mean: number;
  /** Standard deviation, data units (> 0). */
  sd: number;
}

/**
 * Draws n values from a mixture of normal components (e.g. a main mode plus a slow tail).
 *
 * Plain English: pick a component with probability proportional to its weight, then draw from
 * that normal — bimodal or heavy-shouldered demo data, reproducible with a seed.
 *
 * Reference: G. McLachlan, D. Peel (2000), Finite Mixture Models, §1.2 (composition sampling).
 * Complexity: O(n log K).
 *
 * @param rng - uniform [0, 1) source from {@link createRng}
 * @param n - number of draws (integer >= 0)
 * @param components - at least one component
 * @returns Float64Array of n values
 * @throws StatsInputError INVALID_OPTION, EMPTY_SAMPLE (no components), NON_FINITE, NOT_A_DISTRIBUTION
 * @example
 * sampleMixture(createRng(7), 100, [{ weight: 0.9, mean: 0, sd: 1 }, { weight: 0.1, mean: 5, sd: 1 }]);
 */
export function sampleMixture(rng: () => number, n: number, components: readonly MixtureComponent[]): Float64Array {
  checkSampler('sampleMixture', rng, n);
  if (!Array.isArray(components) || components.length === 0) {
    throw new StatsInputError(
      'EMPTY_SAMPLE',
      'sampleMixture',
      'at least one component',
      String(components?.length ?? 0),
    );
  }
  for (const c of components) {
    checkParam('sampleMixture', 'mean', c.mean, false);
    checkParam('sampleMixture', 'sd', c.sd, true);
  }
  const which = sampleCategorical(
    rng,
    n,
    components.map((c) => c.weight),
  );
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = components[which[i] as number] as MixtureComponent;
    out[i] = c.mean + c.sd * standardNormal(rng);
  }
  return out;
}
