import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftLabSpec } from '../../src/DriftLab/state';
import { holdoutSpec } from '../../src/HoldoutCalculator/state';
import { mlTestScoreSpec } from '../../src/MlTestScore/state';
import { simSpec } from '../../src/SilentFailureSim/state';
import { decodeState, type StateSpec } from '../../src/shared/url-state';

const specs: [string, StateSpec, string][] = [
  ['Drift Lab', driftLabSpec, 'dl'],
  ['holdout', holdoutSpec, 'ho'],
  ['ML Test Score', mlTestScoreSpec, 'mts'],
  ['simulator', simSpec, 'sfs'],
];

describe.each(specs)('%s URL state', (_name, spec, prefix) => {
  it('never throws and always yields in-range, finite values on arbitrary params', () => {
    const keys = Object.keys(spec);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 300 })), (raw) => {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(raw)) params.set(`${prefix}.${k}`, v);
        const { state } = decodeState(spec, params, prefix);
        for (const [k, p] of Object.entries(spec)) {
          const v = (state as Record<string, unknown>)[k];
          if (p.kind === 'number') {
            expect(Number.isFinite(v)).toBe(true);
            expect(v as number).toBeGreaterThanOrEqual(p.min);
            expect(v as number).toBeLessThanOrEqual(p.max);
          }
          if (p.kind === 'enum') expect(p.values).toContain(v);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 1 MB param quickly', () => {
    const params = new URLSearchParams();
    for (const k of Object.keys(spec)) params.set(`${prefix}.${k}`, 'x'.repeat(1_000_000));
    const { notices } = decodeState(spec, params, prefix);
    expect(notices.length).toBe(Object.keys(spec).length);
  });
});
