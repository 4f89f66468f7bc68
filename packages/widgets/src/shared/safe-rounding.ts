/**
 * Rounding in a stated direction, for advice that must still hold once rounded: a "back up at
 * least every …" interval rounds down, a "restore at … MB/s or more" rate rounds up. Each result
 * is a value the shared formatters print exactly, so the text shows the number that was checked.
 */

/** `k · step` printed without binary noise (0.1 · 3 → 0.3, not 0.30000000000000004). */
const multiple = (k: number, step: number) => Number((k * step).toPrecision(12));

/** The largest multiple of `step` that is ≤ x (x ≥ 0, step > 0). */
function multipleAtMost(x: number, step: number): number {
  let k = Math.floor(x / step);
  while (k > 0 && multiple(k, step) > x) k--;
  while (multiple(k + 1, step) <= x) k++;
  return multiple(k, step);
}

/** The smallest multiple of `step` that is ≥ x (x ≥ 0, step > 0). */
function multipleAtLeast(x: number, step: number): number {
  let k = Math.ceil(x / step);
  while (multiple(k, step) < x) k++;
  while (k > 0 && multiple(k - 1, step) >= x) k--;
  return multiple(k, step);
}

/** Step of the last kept digit when x (> 0) is written with `digits` significant digits. */
const significantStep = (x: number, digits: number) => 10 ** (Math.floor(Math.log10(x)) - digits + 1);

/**
 * x rounded down to `digits` significant digits (never above x).
 * @example significantAtMost(192.5, 3) // 192
 */
export function significantAtMost(x: number, digits = 3): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  return multipleAtMost(x, significantStep(x, digits));
}

/**
 * x rounded up to `digits` significant digits (never below x).
 * @example significantAtLeast(2222.2, 3) // 2230
 */
export function significantAtLeast(x: number, digits = 3): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  return multipleAtLeast(x, significantStep(x, digits));
}

/**
 * The largest duration (seconds) ≤ `seconds` that `formatDuration` prints without rounding:
 * whole ms below 1 s, three significant digits below 1 h, whole minutes below 1 d.
 * @example durationAtMost(192.5 * 60) // 11 520 (192 min, printed "3 h 12 min")
 */
export function durationAtMost(seconds: number): number {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return seconds;
  if (seconds < 1) return multipleAtMost(seconds, 0.001);
  if (seconds < 60) return significantAtMost(seconds);
  if (seconds < 3600) return atMostInUnit(seconds, 60, (m) => significantAtMost(m));
  if (seconds < 86_400) return multipleAtMost(seconds, 60);
  return atMostInUnit(seconds, 86_400, (d) => significantAtMost(d));
}

/**
 * The smallest duration (seconds) ≥ `seconds` that `formatDuration` prints without rounding.
 * @example durationAtLeast(119.7 * 60) // 7 200 ("2 h")
 */
export function durationAtLeast(seconds: number): number {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return seconds;
  // A value that rounds up across a unit boundary lands on the boundary itself (1 s, 1 min, 1 h,
  // 1 d), which is printed exactly too.
  if (seconds < 1) return multipleAtLeast(seconds, 0.001);
  if (seconds < 60) return significantAtLeast(seconds);
  if (seconds < 3600) return atLeastInUnit(seconds, 60, (m) => significantAtLeast(m));
  if (seconds < 86_400) return multipleAtLeast(seconds, 60);
  return atLeastInUnit(seconds, 86_400, (d) => significantAtLeast(d));
}

/** Rounds down in a larger unit, then steps back if converting to seconds overshot by one ulp. */
function atMostInUnit(seconds: number, unit: number, round: (x: number) => number): number {
  const inUnit = round(seconds / unit);
  const back = inUnit * unit;
  return back <= seconds ? back : round(inUnit - significantStep(inUnit, 3)) * unit;
}

/** Rounds up in a larger unit, then steps forward if converting to seconds undershot by one ulp. */
function atLeastInUnit(seconds: number, unit: number, round: (x: number) => number): number {
  const inUnit = round(seconds / unit);
  const back = inUnit * unit;
  return back >= seconds ? back : round(inUnit + significantStep(inUnit, 3)) * unit;
}
