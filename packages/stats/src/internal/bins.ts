import { lowerBound, quantileSorted7, upperBound } from './sorted-stats.ts';

/** A binning of the real line: inner edges (open outer ends) or one bin per category value. */
export interface Binning {
  kind: 'intervals' | 'categories' | 'closed-intervals';
  /** intervals: ascending inner edges e₁…e_{B−1}; closed-intervals: all B+1 edges; categories: the values. */
  edges: number[];
}

/** Number of distinct values of an ascending array, stopping early past `limit`. */
export function distinctCountSorted(s: Float64Array, limit: number): number {
  let count = s.length > 0 ? 1 : 0;
  for (let i = 1; i < s.length && count <= limit; i++) if (s[i] !== s[i - 1]) count++;
  return count;
}

/** Distinct values of the union of two ascending arrays, ascending. */
export function unionValues(a: Float64Array, b: Float64Array): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    out.push(v);
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return out;
}

/** Inner edges at the type-7 reference quantiles k/B, duplicates removed (open outer bins). */
export function referenceQuantileEdges(ref: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const e = quantileSorted7(ref, k / bins);
    if (edges.length === 0 || e > (edges[edges.length - 1] as number)) edges.push(e);
  }
  return edges;
}

/** Inner edges of B equal-width bins over [min, max] of the reference (open outer bins). */
export function equalWidthEdges(ref: Float64Array, bins: number): number[] {
  const lo = ref[0] as number;
  const hi = ref[ref.length - 1] as number;
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const e = Number.isFinite(hi - lo) ? lo + ((hi - lo) * k) / bins : lo * (1 - k / bins) + hi * (k / bins);
    if (edges.length === 0 || e > (edges[edges.length - 1] as number)) edges.push(e);
  }
  return hi > lo ? edges : [];
}

/** numpy.linspace(start, stop, num) including numpy's exact last point. */
export function linspace(start: number, stop: number, num: number): number[] {
  const div = num - 1;
  const step = (stop - start) / div;
  const out: number[] = [];
  const finite = Number.isFinite(step);
  for (let i = 0; i < num; i++) out.push(finite ? i * step + start : start * (1 - i / div) + stop * (i / div));
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** numpy.histogram_bin_edges(combined, bins='sturges') for two ascending samples. */
export function sturgesEdges(a: Float64Array, b: Float64Array): number[] {
  let lo = Math.min(a[0] as number, b[0] as number);
  let hi = Math.max(a[a.length - 1] as number, b[b.length - 1] as number);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const n = a.length + b.length;
  const range = hi - lo;
  const width = range / (Math.log2(n) + 1);
  const count = Number.isFinite(range) ? Math.max(1, Math.ceil(range / width)) : Math.ceil(Math.log2(n) + 1);
  return linspace(lo, hi, count + 1);
}

/** Counts of an ascending sample in each bin of a binning. O(B log n). */
export function countSorted(s: Float64Array, binning: Binning): number[] {
  const e = binning.edges;
  const counts: number[] = [];
  if (binning.kind === 'categories') {
    for (const v of e) counts.push(upperBound(s, v) - lowerBound(s, v));
  } else if (binning.kind === 'intervals') {
    let prev = 0;
    for (const edge of e) {
      const lb = lowerBound(s, edge);
      counts.push(lb - prev);
      prev = lb;
    }
    counts.push(s.length - prev);
  } else {
    for (let k = 0; k + 1 < e.length; k++) {
      const left = lowerBound(s, e[k] as number);
      const right = k + 2 === e.length ? upperBound(s, e[k + 1] as number) : lowerBound(s, e[k + 1] as number);
      counts.push(right - left);
    }
  }
  return counts;
}

/** Lower/upper bound of bin k for display. */
export function binBounds(binning: Binning, k: number): { lower: number; upper: number } {
  const e = binning.edges;
  if (binning.kind === 'categories') return { lower: e[k] as number, upper: e[k] as number };
  if (binning.kind === 'closed-intervals') return { lower: e[k] as number, upper: e[k + 1] as number };
  return {
    lower: k === 0 ? Number.NEGATIVE_INFINITY : (e[k - 1] as number),
    upper: k === e.length ? Number.POSITIVE_INFINITY : (e[k] as number),
  };
}
