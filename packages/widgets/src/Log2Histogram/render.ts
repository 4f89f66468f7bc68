import type { Log2Bucket } from './buckets';

/** Width of the longest bar, as in bpftrace's text output. */
export const BAR_WIDTH = 52;

/** Number of "@" for a count: the largest count fills the full width, others scale down (truncated). */
export function barLength(count: number, maxCount: number): number {
  return maxCount > 0 ? Math.floor((count / maxCount) * BAR_WIDTH) : 0;
}

/**
 * Prints buckets the way bpftrace prints a hist() map: a "@name:" line, then per bucket the label
 * left-aligned in 16 columns, the count right-aligned in 8, and the bar between "|" marks.
 */
export function renderHist(buckets: readonly Log2Bucket[], mapName = '@usecs'): string {
  const maxCount = buckets.reduce((m, b) => Math.max(m, b.count), 0);
  const lines = buckets.map((b) => {
    const bar = '@'.repeat(barLength(b.count, maxCount)).padEnd(BAR_WIDTH, ' ');
    return `${b.label.padEnd(16, ' ')}${String(b.count).padStart(8, ' ')} |${bar}|`;
  });
  return [`${mapName}:`, ...lines].join('\n');
}
