import { formatDuration, formatNumber } from '../shared/format';

/** A log timestamp in milliseconds, precise enough for a ladder row: "0.2", "1.84", "27,573". */
export function formatMs(ms: number): string {
  return formatNumber(ms, 6);
}

/** A span of time in milliseconds for prose: "5.2 ms", "27.6 s". */
export function formatSpan(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return Math.abs(ms) < 1000 ? `${formatNumber(ms, 3)} ms` : formatDuration(ms / 1000);
}
