// The site's own simulation behind the ML page's deep dive "how often each failure happened":
// how often fixed drift thresholds fire when nothing changed, and how often KS calls a tiny
// shift significant as windows grow. Seeded, so the page's figures can be checked by a test.
import { createRng, ksTwoSample, psi, sampleNormal, wasserstein1 } from '@confnotes/stats';

/** One setting of the simulation: window size per side, number of windows, shift in reference SDs. */
export interface WindowSetting {
  n: number;
  windows: number;
  shift: number;
}

/** How many of the windows raised each alarm. */
export interface WindowCounts {
  windows: number;
  /** PSI (ten bins at the reference deciles) above the 0.1 rule of thumb. */
  psiOver01: number;
  /** Wasserstein-1 divided by the reference's standard deviation above 0.1. */
  w1NormedOver01: number;
  /** Asymptotic two-sided KS p-value at or below 0.05. */
  ksSignificant: number;
}

/** The seed the page's figures were produced with. */
export const SIMULATION_SEED = 20231031;

/**
 * Draws `windows` pairs of normal samples of `n` values each (the current one shifted by `shift`
 * reference standard deviations) and counts the windows in which each alarm fires.
 */
export function countAlarms({ n, windows, shift }: WindowSetting, seed = SIMULATION_SEED): WindowCounts {
  const rng = createRng(seed + n);
  const counts: WindowCounts = { windows, psiOver01: 0, w1NormedOver01: 0, ksSignificant: 0 };
  for (let w = 0; w < windows; w++) {
    const reference = sampleNormal(rng, n);
    const current = sampleNormal(rng, n, shift);
    if (psi(reference, current, { bins: 10 }).value > 0.1) counts.psiOver01++;
    if (wasserstein1(reference, current).normedStd > 0.1) counts.w1NormedOver01++;
    if (ksTwoSample(reference, current, { method: 'asymp' }).pValue <= 0.05) counts.ksSignificant++;
  }
  return counts;
}

const grouped = new Intl.NumberFormat('en-US');

/** A count as the page writes it: "823 of 1,000 windows (82%)". */
export function asShare(count: number, windows: number): string {
  return `${grouped.format(count)} of ${grouped.format(windows)} windows (${Math.round((100 * count) / windows)}%)`;
}
