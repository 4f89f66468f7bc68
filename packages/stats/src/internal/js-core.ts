/** JS distance of two validated non-negative vectors with positive sums. */
export function jsDistanceOfCounts(a: ArrayLike<number>, b: ArrayLike<number>, base: number): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    sa += a[i] as number;
    sb += b[i] as number;
  }
  let div = 0;
  for (let i = 0; i < a.length; i++) {
    const pi = (a[i] as number) / sa;
    const qi = (b[i] as number) / sb;
    const mi = (pi + qi) / 2;
    if (pi > 0) div += pi * Math.log(pi / mi);
    if (qi > 0) div += qi * Math.log(qi / mi);
  }
  const js = div / 2 / Math.log(base);
  return Math.sqrt(Math.max(js, 0));
}
