/** 97.5 % standard normal quantile. */
export const Z975 = 1.959963984540054;

/** Wilson score interval for k successes in n trials at z (default 95 %), clamped to [0, 1]. */
export function wilsonInterval(k: number, n: number, z = Z975): [number, number] {
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}
