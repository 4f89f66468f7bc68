import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/DriftLab/analysis';
import { chanceText } from '../../src/DriftLab/Charts';
import { BAND_LABEL, ecdfConfig } from '../../src/DriftLab/chart-configs';

const options = { ksMethod: 'asymp' as const, thresholds: 'fixed' as const, overrides: {} };
const range = (n: number, shift = 0) => Array.from({ length: n }, (_, i) => i / n + shift);

describe('ecdfConfig', () => {
  it('draws the reference ECDF ± its DKW half-width, clipped to [0, 1]', () => {
    const view = analyse(range(200), range(150, 0.05), options);
    const sets = ecdfConfig(view).data.datasets;
    const ref = sets.find((d) => d.label === 'Reference ECDF')?.data as { x: number; y: number }[];
    const upper = sets.find((d) => d.label === BAND_LABEL)?.data as { x: number; y: number }[];
    const lower = sets.find((d) => d.label === `${BAND_LABEL} (lower edge)`)?.data as { x: number; y: number }[];
    const eps = view.dkw?.reference as number;
    expect(eps).toBeGreaterThan(0);
    ref.forEach((p, i) => {
      expect(upper[i]?.y).toBeCloseTo(Math.min(1, p.y + eps), 14);
      expect(lower[i]?.y).toBeCloseTo(Math.max(0, p.y - eps), 14);
    });
  });

  it('has no band when there are no ECDFs', () => {
    const view = analyse([1, 2, 3], [null], options);
    expect(ecdfConfig(view).data.datasets.some((d) => d.label === BAND_LABEL)).toBe(false);
  });
});

describe('chanceText', () => {
  it('says a gap beyond both half-widths is unlikely to be sampling noise', () => {
    expect(chanceText(0.3, { reference: 0.1, current: 0.12 })).toMatch(
      /more than 0\.22 at most 10%.*sampling noise alone is an unlikely explanation/,
    );
  });
  it('says a gap within them cannot be told from noise by the bands', () => {
    expect(chanceText(0.2, { reference: 0.1, current: 0.12 })).toMatch(/cannot tell this gap from sampling noise/);
  });
  it('says tiny samples cannot rule out chance at all', () => {
    expect(chanceText(0.9, { reference: 0.6, current: 0.6 })).toMatch(/chance alone could explain any gap/);
  });
});
