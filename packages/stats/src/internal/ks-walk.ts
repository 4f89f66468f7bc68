/** Everything one merge walk over two sorted samples tells about their ECDF difference. */
export interface KsWalk {
  /** max_t F₁(t) − F₂(t) (>= 0), as the float i/n₁ − j/n₂ scipy computes. */
  dPlus: number;
  /** max_t F₂(t) − F₁(t) clipped to [0, 1]. */
  dMinus: number;
  /** scipy's statistic_location for D⁺ / D⁻ (first maximiser in sorted-ref-then-sorted-cur order). */
  locPlus: number;
  locMinus: number;
  /** Exact lattice numerators: D⁺ = hPlus/lcm, D⁻ = hMinus/lcm with lcm = n₁n₂/gcd. */
  hPlus: number;
  hMinus: number;
  /** True when any value occurs more than once in the pooled sample. */
  hasTies: boolean;
}

/** Greatest common divisor of two positive integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Walks two ascending samples once, evaluating both right-continuous ECDFs after consuming all
 * copies of each distinct pooled value. O(n₁ + n₂). Inputs must be sorted and finite.
 */
export function ksWalk(a: Float64Array, b: Float64Array): KsWalk {
  const n1 = a.length;
  const n2 = b.length;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let i = 0;
  let j = 0;
  let maxS = Number.NEGATIVE_INFINITY;
  let minS = Number.POSITIVE_INFINITY;
  let maxLocA = Number.NaN;
  let maxLocB = Number.NaN;
  let minLocA = Number.NaN;
  let minLocB = Number.NaN;
  let hMax = 0;
  let hMin = 0;
  let ties = false;
  while (i < n1 || j < n2) {
    const x = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    const inA = x === v;
    const inB = y === v;
    const before = i + j;
    if (inA) {
      i++;
      while (i < n1 && a[i] === v) i++;
    }
    if (inB) {
      j++;
      while (j < n2 && b[j] === v) j++;
    }
    if (i + j - before > 1) ties = true;
    const diff = i / n1 - j / n2;
    if (diff > maxS) {
      maxS = diff;
      maxLocA = inA ? v : Number.NaN;
      maxLocB = inB ? v : Number.NaN;
      hMax = i * n2g - j * n1g;
    } else if (diff === maxS) {
      if (inA && Number.isNaN(maxLocA)) maxLocA = v;
      if (inB && Number.isNaN(maxLocB)) maxLocB = v;
    }
    if (diff < minS) {
      minS = diff;
      minLocA = inA ? v : Number.NaN;
      minLocB = inB ? v : Number.NaN;
      hMin = j * n1g - i * n2g;
    } else if (diff === minS) {
      if (inA && Number.isNaN(minLocA)) minLocA = v;
      if (inB && Number.isNaN(minLocB)) minLocB = v;
    }
  }
  const dMinus = -minS < 0 ? 0 : Math.min(-minS, 1);
  return {
    dPlus: maxS,
    dMinus,
    locPlus: Number.isNaN(maxLocA) ? maxLocB : maxLocA,
    locMinus: Number.isNaN(minLocA) ? minLocB : minLocA,
    hPlus: hMax,
    hMinus: dMinus === 0 ? 0 : hMin,
    hasTies: ties,
  };
}
