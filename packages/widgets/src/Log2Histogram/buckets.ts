/**
 * bpftrace's hist() bucket maths: power-of-two buckets over integers.
 * Index 0 holds negative values "(..., 0)", index 1 holds 0 "[0]", index 2 holds 1 "[1]", and
 * index k + 2 (k ≥ 1) holds [2^k, 2^(k+1)), labelled with K/M/G/T/P/E suffixes for powers of 1024.
 */

/** A bucket as the histogram prints it. */
export interface Log2Bucket {
  /** Bucket index (0 = negatives, 1 = zero, 2 = one, k + 2 = [2^k, 2^(k+1))). */
  index: number;
  /** Label exactly as bpftrace prints it, e.g. "[4, 8)" or "[1K, 2K)". */
  label: string;
  /** Smallest value in the bucket (-Infinity for negatives). */
  low: number;
  /** Largest value in the bucket (inclusive). */
  high: number;
  count: number;
}

/** Index of the bucket an integer falls into (values are truncated toward zero first). */
export function log2BucketIndex(value: number): number {
  const v = Math.trunc(value);
  if (v < 0) return 0;
  if (v === 0) return 1;
  let k = Math.floor(Math.log2(v));
  // Correct floating-point rounding near powers of two.
  while (k > 0 && 2 ** k > v) k--;
  while (2 ** (k + 1) <= v) k++;
  return k + 2;
}

const SUFFIXES = ['', 'K', 'M', 'G', 'T', 'P', 'E'];

/** 2^power written the bpftrace way: 1, 2, …, 512, 1K, 2K, …, 512K, 1M, … */
export function powerLabel(power: number): string {
  const decade = Math.min(Math.floor(power / 10), SUFFIXES.length - 1);
  return `${2 ** (power - 10 * decade)}${SUFFIXES[decade]}`;
}

/** The printed label of a bucket index. */
export function bucketLabel(index: number): string {
  if (index === 0) return '(..., 0)';
  if (index === 1) return '[0]';
  if (index === 2) return '[1]';
  return `[${powerLabel(index - 2)}, ${powerLabel(index - 1)})`;
}

function bounds(index: number): { low: number; high: number } {
  if (index === 0) return { low: Number.NEGATIVE_INFINITY, high: -1 };
  if (index === 1) return { low: 0, high: 0 };
  return { low: 2 ** (index - 2), high: 2 ** (index - 1) - 1 };
}

/**
 * Counts values into log2 buckets and returns the buckets bpftrace would print: from the first
 * to the last non-empty bucket, including empty ones in between. Empty input gives [].
 */
export function log2Histogram(values: ArrayLike<number>): Log2Bucket[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const index = log2BucketIndex(values[i] as number);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const indices = [...counts.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const out: Log2Bucket[] = [];
  for (let index = first; index <= last; index++) {
    out.push({ index, label: bucketLabel(index), ...bounds(index), count: counts.get(index) ?? 0 });
  }
  return out;
}
