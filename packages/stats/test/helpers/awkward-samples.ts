import { createRng } from '../../src/create-rng.ts';

/** Shapes of seeded test samples that stress sorting and merge walks. */
export type AwkwardKind = 'normal' | 'ties' | 'subnormal' | 'huge' | 'zeros' | 'mixed-magnitude';

/** The kinds {@link awkwardSample} draws, in a fixed order for test tables. */
export const AWKWARD_KINDS: readonly AwkwardKind[] = [
  'normal',
  'ties',
  'subnormal',
  'huge',
  'zeros',
  'mixed-magnitude',
];

/**
 * A deterministic sample of n finite doubles of one awkward kind: heavy ties (a coarse grid),
 * subnormals (and ±0 beside them), values near ±MAX_VALUE, only ±0 and ±1, or magnitudes spread
 * over 80 decades. `order` then presents it shuffled, ascending or descending.
 */
export function awkwardSample(
  seed: number,
  n: number,
  kind: AwkwardKind,
  order: 'shuffled' | 'ascending' | 'descending' = 'shuffled',
): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng();
    const sign = rng() < 0.5 ? -1 : 1;
    if (kind === 'normal') out[i] = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * rng());
    else if (kind === 'ties') out[i] = Math.floor(u * 7) - 3;
    else if (kind === 'subnormal') out[i] = u < 0.1 ? sign * 0 : sign * Number.MIN_VALUE * Math.floor(u * 2 ** 40);
    else if (kind === 'huge') out[i] = sign * Number.MAX_VALUE * (0.5 + u / 2);
    else if (kind === 'zeros') out[i] = u < 0.8 ? sign * 0 : sign;
    else out[i] = sign * u * 10 ** Math.floor(rng() * 80 - 40);
  }
  if (order === 'ascending') out.sort();
  if (order === 'descending') out.sort().reverse();
  return out;
}

/** True when two arrays hold the same doubles bit for bit, in order (so −0 differs from +0). */
export function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
