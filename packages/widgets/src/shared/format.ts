/** Number formatting shared by the widgets: same rounding everywhere a number is shown. */

/** One en-GB formatter per digit count: `toLocaleString` would build a new one on every call. */
const significantFormats = new Map<number, Intl.NumberFormat>();

function significantFormat(digits: number): Intl.NumberFormat {
  let format = significantFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: digits });
    significantFormats.set(digits, format);
  }
  return format;
}

/** Significant-digit formatting that never prints NaN: non-finite input prints an em dash. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(digits - 1);
  return significantFormat(digits).format(Number(value.toPrecision(digits)));
}

/** 0.1234 → "12.3%" */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

/**
 * Durations in seconds → "850 ms", "43.2 s", "43.2 min", "2 h 5 min", "3.5 d".
 * Rounding carries into the next unit: 7,170 s is "2 h", not "1 h 60 min"; 59.99 s is "1 min".
 * Below 1 s whole milliseconds; below 1 h three significant digits; below 1 d whole minutes;
 * then three significant digits of days.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  if (abs < 1) {
    const ms = Math.round(abs * 1000);
    if (ms < 1000) return `${sign}${ms} ms`;
  }
  if (abs < 60) {
    const s = Number(abs.toPrecision(3));
    if (s < 60) return `${sign}${s} s`;
  }
  if (abs < 3600) {
    const min = Number((abs / 60).toPrecision(3));
    if (min < 60) return `${sign}${min} min`;
  }
  if (abs < 86_400) {
    const totalMinutes = Math.round(abs / 60);
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    if (h < 24) return `${sign}${h} h${m ? ` ${m} min` : ''}`;
  }
  return `${sign}${Number((abs / 86_400).toPrecision(3))} d`;
}
