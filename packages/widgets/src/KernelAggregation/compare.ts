import { formatNumber } from '../shared/format';

/** How the in-kernel map compares with exporting every event on one cost. */
export type CostDirection = 'less' | 'more' | 'same' | 'both-zero' | 'map-zero' | 'export-zero';

/** Words for one cost: "less"/"fewer" and its noun. */
export interface CostWords {
  /** Noun of the quantity ("CPU", "bytes"). */
  noun: string;
  /** Comparative for a smaller amount ("less" for CPU, "fewer" for bytes). */
  less: string;
}

/** The comparison, as a direction, a factor ≥ 1 (NaN without one) and a phrase for a sentence. */
export interface CostComparison {
  direction: CostDirection;
  /** max/min of the two costs (≥ 1); NaN when either is 0. */
  factor: number;
  /** Completes "Counting in the kernel ships/uses …", e.g. "400× fewer bytes", "2× more CPU". */
  phrase: string;
}

/**
 * Compares the map's cost with exporting's, worded in the right direction: "2× less CPU" when
 * the map is cheaper, "2× more CPU" when it costs more, never "0.5× less" or "infinitely less".
 *
 * @param exportCost - cost of exporting every event (≥ 0)
 * @param mapCost - cost of counting in a kernel map (≥ 0)
 * @example compareCost(0.1, 0.2, { noun: 'CPU', less: 'less' }).phrase // "2× more CPU"
 */
export function compareCost(exportCost: number, mapCost: number, words: CostWords): CostComparison {
  const { noun, less } = words;
  if (exportCost === 0 && mapCost === 0) {
    return { direction: 'both-zero', factor: Number.NaN, phrase: `no ${noun}, and neither does exporting every event` };
  }
  if (mapCost === 0) {
    return { direction: 'map-zero', factor: Number.NaN, phrase: `no ${noun} at all, where exporting needs some` };
  }
  if (exportCost === 0) {
    return { direction: 'export-zero', factor: Number.NaN, phrase: `more ${noun}, where exporting needs none` };
  }
  const factor = Math.max(exportCost, mapCost) / Math.min(exportCost, mapCost);
  const shown = formatNumber(factor, 3);
  if (shown === '1') return { direction: 'same', factor, phrase: `about the same ${noun}` };
  const direction = mapCost < exportCost ? 'less' : 'more';
  return { direction, factor, phrase: `${shown}× ${direction === 'less' ? less : 'more'} ${noun}` };
}
