import { StatsInputError } from './errors.ts';
import { upperBound } from './internal/sorted-stats.ts';
import { finiteSample } from './internal/validate.ts';

/**
 * Counts of a sample in bins given by shared edges (numpy.histogram convention).
 *
 * Plain English: bar heights for a histogram whose bars are [e_k, e_{k+1}), the last one closed
 * [e_{B−1}, e_B]; values outside [e_0, e_B] are not counted. Use the same edges for reference and
 * current so their bars are comparable.
 *
 * Reference: numpy.histogram; docs/stats-conventions.md#histograms. Complexity: O(n log B).
 *
 * @param values - finite numbers, data units
 * @param edges - strictly increasing finite edges, length >= 2 (data units)
 * @returns edges.length − 1 counts (each >= 0, sum <= n)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (fewer than 2 edges or not increasing)
 * @example
 * histogram([1, 2, 2, 3, 4], [1, 2, 3, 4]); // [1, 2, 2]
 */
export function histogram(values: ArrayLike<number>, edges: ArrayLike<number>): number[] {
  const x = finiteSample(values, 'histogram', 'values');
  if (!edges || (edges.length ?? 0) < 2) {
    throw new StatsInputError(
      'INVALID_OPTION',
      'histogram',
      'edges of length >= 2 (bins >= 1)',
      String(edges?.length ?? 0),
    );
  }
  const e = finiteSample(edges, 'histogram', 'edges');
  for (let k = 1; k < e.length; k++) {
    if (!((e[k] as number) > (e[k - 1] as number))) {
      throw new StatsInputError(
        'INVALID_OPTION',
        'histogram',
        'strictly increasing edges',
        `${e[k - 1]} then ${e[k]} at index ${k}`,
      );
    }
  }
  const bins = e.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const first = e[0] as number;
  const last = e[bins] as number;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (v < first || v > last) continue;
    const k = v === last ? bins - 1 : upperBound(e, v) - 1;
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}
