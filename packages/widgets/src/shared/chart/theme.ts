/** Series colours that keep ≥ 3:1 contrast against both Starlight themes' backgrounds. */
export const seriesColors = {
  reference: '#2563eb',
  current: '#c2410c',
  third: '#15803d',
  fourth: '#7c3aed',
} as const;

/** Reads a CSS custom property from the page (theme-aware axis and grid colours). */
export function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
