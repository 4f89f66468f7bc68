/** Reads back what `formatDuration` prints ("2 h 5 min", "43.2 s", "1.5 d") as seconds, for tests. */
export function parseDuration(text: string): number {
  const units: Record<string, number> = { ms: 0.001, s: 1, min: 60, h: 3600, d: 86_400 };
  const parts = [...text.matchAll(/([\d.]+) (ms|s|min|h|d)\b/g)];
  if (parts.length === 0) throw new Error(`not a duration: ${text}`);
  const total = parts.reduce((sum, [, value, unit]) => sum + Number(value) * (units[unit ?? ''] ?? Number.NaN), 0);
  return text.startsWith('-') ? -total : total;
}
