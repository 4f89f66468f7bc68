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

/** Running state of the walk: the extremes of F₁ − F₂ so far and where they were attained. */
interface WalkState {
  maxS: number;
  minS: number;
  maxLocA: number;
  maxLocB: number;
  minLocA: number;
  minLocB: number;
  hMax: number;
  hMin: number;
}

/**
 * Walks two ascending samples once, evaluating both right-continuous ECDFs after consuming all
 * copies of each distinct pooled value, with scipy's float differences i/n₁ − j/n₂. O(n₁ + n₂).
 * Inputs must be sorted and finite.
 *
 * Fast path: within a run of values from one sample only, F₁ − F₂ moves one way strictly (each
 * step changes it by at least 1/max(n₁, n₂), far above rounding), so only the run's last value can
 * set a new extreme on that side and none on the other; the walk jumps to it. Where a run could
 * still fill in a missing location of an equal extreme (the first steps only), it goes value by
 * value. Each ECDF value is divided out only when its sample advanced.
 */
export function ksWalk(a: Float64Array, b: Float64Array): KsWalk {
  const n1 = a.length;
  const n2 = b.length;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  const st: WalkState = {
    maxS: Number.NEGATIVE_INFINITY,
    minS: Number.POSITIVE_INFINITY,
    maxLocA: Number.NaN,
    maxLocB: Number.NaN,
    minLocA: Number.NaN,
    minLocB: Number.NaN,
    hMax: 0,
    hMin: 0,
  };
  let i = 0;
  let j = 0;
  let fa = 0;
  let fb = 0;
  let ties = false;
  while (i < n1 || j < n2) {
    const x = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x < y && !Number.isNaN(st.maxLocA)) {
      let k = i + 1;
      while (k < n1 && (a[k] as number) < y) {
        if (a[k] === a[k - 1]) ties = true;
        k++;
      }
      i = k;
      fa = i / n1;
      const diff = fa - fb;
      if (diff > st.maxS) {
        st.maxS = diff;
        st.maxLocA = firstOfGroup(a, i);
        st.maxLocB = Number.NaN;
        st.hMax = i * n2g - j * n1g;
      }
      continue;
    }
    if (y < x && !Number.isNaN(st.minLocB)) {
      let k = j + 1;
      while (k < n2 && (b[k] as number) < x) {
        if (b[k] === b[k - 1]) ties = true;
        k++;
      }
      j = k;
      fb = j / n2;
      const diff = fa - fb;
      if (diff < st.minS) {
        st.minS = diff;
        st.minLocA = Number.NaN;
        st.minLocB = firstOfGroup(b, j);
        st.hMin = j * n1g - i * n2g;
      }
      continue;
    }
    const v = Math.min(x, y);
    const inA = x === v;
    const inB = y === v;
    const before = i + j;
    if (inA) {
      i++;
      while (i < n1 && a[i] === v) i++;
      fa = i / n1;
    }
    if (inB) {
      j++;
      while (j < n2 && b[j] === v) j++;
      fb = j / n2;
    }
    if (i + j - before > 1) ties = true;
    update(st, fa - fb, v, inA, inB, i * n2g - j * n1g);
  }
  const dMinus = -st.minS < 0 ? 0 : Math.min(-st.minS, 1);
  return {
    dPlus: st.maxS,
    dMinus,
    locPlus: Number.isNaN(st.maxLocA) ? st.maxLocB : st.maxLocA,
    locMinus: Number.isNaN(st.minLocA) ? st.minLocB : st.minLocA,
    hPlus: st.hMax,
    hMinus: dMinus === 0 ? 0 : st.hMin,
    hasTies: ties,
  };
}

/**
 * The value of the group of equal values ending at index end − 1, as the plain walk names it: its
 * first copy. Only zeros differ between copies (−0 sorts before +0), so only they are scanned.
 */
function firstOfGroup(s: Float64Array, end: number): number {
  const last = s[end - 1] as number;
  if (last !== 0) return last;
  let k = end - 1;
  while (k > 0 && s[k - 1] === 0) k--;
  return s[k] as number;
}

/** One evaluation point of the walk: diff = F₁ − F₂ after value v, h = its lattice numerator. */
function update(st: WalkState, diff: number, v: number, inA: boolean, inB: boolean, h: number): void {
  if (diff > st.maxS) {
    st.maxS = diff;
    st.maxLocA = inA ? v : Number.NaN;
    st.maxLocB = inB ? v : Number.NaN;
    st.hMax = h;
  } else if (diff === st.maxS) {
    if (inA && Number.isNaN(st.maxLocA)) st.maxLocA = v;
    if (inB && Number.isNaN(st.maxLocB)) st.maxLocB = v;
  }
  if (diff < st.minS) {
    st.minS = diff;
    st.minLocA = inA ? v : Number.NaN;
    st.minLocB = inB ? v : Number.NaN;
    st.hMin = -h;
  } else if (diff === st.minS) {
    if (inA && Number.isNaN(st.minLocA)) st.minLocA = v;
    if (inB && Number.isNaN(st.minLocB)) st.minLocB = v;
  }
}
