/** Values computed during the static build, one per key for the whole build. */
const buildCache = new Map<string, unknown>();

/** Whether this code runs in the static build (server-side rendering) rather than in a browser. */
export function isBuildTime(): boolean {
  return typeof window === 'undefined';
}

/**
 * During the static build, computes `compute()` once per `key` and returns that same value to
 * every later render: an island's default numbers are the same on each page that embeds it (a
 * talk page and its presentation deck render the same widgets), so the build pays for them once.
 * In the browser it simply calls `compute()`, so nothing is kept there.
 *
 * The value is shared between renders: treat it as read-only. `key` must name everything the
 * value depends on (the widget and its inputs).
 *
 * @param key      the widget and its inputs, e.g. `silent-failure-sim:{"seed":1}`
 * @param compute  a pure function of what `key` names
 * @example buildTimeOnce(`drift-fit:${n}:${seed}`, () => fitSample(referenceSample(n, seed), 0))
 */
export function buildTimeOnce<T>(key: string, compute: () => T): T {
  if (!isBuildTime()) return compute();
  if (!buildCache.has(key)) buildCache.set(key, compute());
  return buildCache.get(key) as T;
}
