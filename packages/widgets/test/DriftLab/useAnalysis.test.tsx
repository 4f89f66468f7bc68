import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AnalysisOptions } from '../../src/DriftLab/analysis';
import type { ParsedColumn } from '../../src/DriftLab/parse';
import type { SampleParams } from '../../src/DriftLab/samples';
import {
  type AnalysisState,
  analysisDelay,
  type DataPair,
  SYNC_LIMIT,
  useAnalysis,
} from '../../src/DriftLab/useAnalysis';

const OPTIONS: AnalysisOptions = { ksMethod: 'asymp', thresholds: 'fixed', overrides: {} };

function params(n: number): SampleParams {
  return {
    preset: 'input-shift',
    shift: 0.5,
    spread: 1,
    empty: 0,
    affected: 0.1,
    nReference: n,
    nCurrent: n,
    seed: 1,
  };
}

function column(name: string, values: number[]): ParsedColumn {
  return { name, numbers: Float64Array.from(values), empty: 0, bad: 0, badRows: [] };
}

/** 60 reference values 0…59 and 40 current values 100…139: D = 1 exactly, unlike any preset. */
const DATA: DataPair = {
  reference: column(
    'ref',
    Array.from({ length: 60 }, (_, i) => i),
  ),
  current: column(
    'cur',
    Array.from({ length: 40 }, (_, i) => 100 + i),
  ),
};

/** Renders the hook and records what every render returned. */
function Probe({ p, data, seen }: { p: SampleParams; data: DataPair | null; seen: AnalysisState[] }) {
  seen.push(useAnalysis(p, OPTIONS, data));
  return null;
}

const last = (seen: AnalysisState[]) => seen[seen.length - 1] as AnalysisState;
const ks = (s: AnalysisState) => s.view?.report.ks?.statistic;

describe('useAnalysis', () => {
  for (const [label, n] of [
    ['a small preset (instant pass)', 200],
    ['a large preset (worker only)', SYNC_LIMIT],
  ] as const) {
    it(`never shows ${label}'s numbers as final for the user's own data`, async () => {
      const p = params(n);
      const seen: AnalysisState[] = [];
      const { rerender } = render(<Probe p={p} data={null} seen={seen} />);
      await waitFor(() => expect(last(seen).ksFinal).toBe(true), { timeout: 10_000 });
      const presetD = ks(last(seen));
      expect(presetD).toBeLessThan(1);

      const from = seen.length;
      rerender(<Probe p={p} data={DATA} seen={seen} />);
      await waitFor(() => expect(last(seen).ksFinal).toBe(true), { timeout: 10_000 });
      expect(ks(last(seen))).toBe(1);
      // Every render between the switch and the final result: no preset numbers, nothing final.
      for (const state of seen.slice(from, -1)) {
        expect(state.ksFinal).toBe(false);
        expect(state.view === null || ks(state) === 1).toBe(true);
      }
    });
  }

  it('keeps the previous own-data result on screen, pending, while new columns are computed', async () => {
    const p = params(200);
    const seen: AnalysisState[] = [];
    const { rerender } = render(<Probe p={p} data={DATA} seen={seen} />);
    await waitFor(() => expect(last(seen).ksFinal).toBe(true));
    const other: DataPair = { reference: DATA.reference, current: column('cur2', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) };
    const from = seen.length;
    rerender(<Probe p={p} data={other} seen={seen} />);
    const switched = seen[from] as AnalysisState;
    expect(switched.ksFinal).toBe(false);
    expect(switched.pending).toBe(true);
    expect(ks(switched)).toBe(1);
    await waitFor(() => expect(last(seen).ksFinal).toBe(true));
    expect(ks(last(seen))).toBeLessThan(1);
  });

  it("waits to coalesce slider steps on presets, but starts at once on the user's own data", () => {
    expect(analysisDelay(null)).toBeGreaterThan(0);
    expect(analysisDelay(DATA)).toBe(0);
  });
});
