/** Number formatting shared by the widgets: same rounding everywhere a number is shown. */

/** Significant-digit formatting that never prints NaN: non-finite input prints an em dash. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(digits - 1);
  return Number(value.toPrecision(digits)).toLocaleString('en-GB', { maximumSignificantDigits: digits });
}

/** 0.1234 → "12.3%" */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

/** Durations in seconds → "2 h 5 min", "43.2 min", "850 ms". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const abs = Math.abs(seconds);
  if (abs < 1) return `${Math.round(seconds * 1000)} ms`;
  if (abs < 60) return `${Number(seconds.toPrecision(3))} s`;
  if (abs < 3600) return `${Number((seconds / 60).toPrecision(3))} min`;
  if (abs < 86_400) {
    const h = Math.floor(abs / 3600);
    const m = Math.round((abs - h * 3600) / 60);
    return `${seconds < 0 ? '-' : ''}${h} h${m ? ` ${m} min` : ''}`;
  }
  return `${Number((seconds / 86_400).toPrecision(3))} d`;
}
