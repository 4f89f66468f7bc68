// Test oracles: the straightforward versions of the merge walks, kept to check the tuned ones in
// src/internal against on seeded random inputs (they are not used by the package).
import { gcd, type KsWalk } from '../../src/internal/ks-walk.ts';

/**
 * The plain merge walk the fast {@link ksWalk} must agree with, value for value: it evaluates
 * the ECDFs after every distinct pooled value. Walks two ascending samples once, evaluating both right-continuous ECDFs after consuming all
 * copies of each distinct pooled value. O(n₁ + n₂). Inputs must be sorted and finite.
 */
export function ksWalkSimple(a: Float64Array, b: Float64Array): KsWalk {
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

/**
 * The plain W1 walk the fast `w1Sorted` must agree with bit for bit. W1 = ∫|F₁ − F₂| dt over the real line for two ascending finite samples: one merge walk that
 * adds |i/n₁ − j/n₂|·(gap to the next pooled value), Neumaier-compensated. O(n₁ + n₂).
 */
export function w1SortedSimple(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  let prev = Math.min(a[0] as number, b[0] as number);
  let diff = 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    if (diff !== 0) {
      const term = Math.abs(diff) * (v - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    diff = i / n1 - j / n2;
    prev = v;
  }
  return sum + comp;
}
