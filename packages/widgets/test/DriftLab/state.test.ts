import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOverrides, driftLabSpec, encodeOverrides } from '../../src/DriftLab/state';
import { clampTypedNumber } from '../../src/shared/clamp-typed-number';
import { decodeState } from '../../src/shared/url-state';

describe('Drift Lab URL state', () => {
  it('round-trips the overrides and drops unreadable parts with a notice', () => {
    const o = { psi: { warn: 0.05, alert: 0.2 }, ks: { warn: 0.1, alert: 0.01 } };
    expect(decodeOverrides(encodeOverrides(o))).toEqual({ overrides: o, notices: [] });
    const bad = decodeOverrides('psi*0.1*x_zz*1*2_js*0.1*0.2');
    expect(bad.overrides).toEqual({ jensenShannon: { warn: 0.1, alert: 0.2 } });
    expect(bad.notices).toHaveLength(2);
  });

  it('clamps out-of-range params with a notice', () => {
    const { state, notices } = decodeState(
      driftLabSpec,
      new URLSearchParams('dl.nref=5&dl.shift=9&dl.preset=nope'),
      'dl',
    );
    expect(state.nref).toBe(20);
    expect(state.shift).toBe(3);
    expect(state.preset).toBe('input-shift');
    expect(notices).toHaveLength(3);
  });

  it('clamps typed-in sizes to their spec (the shared rule the size fields use)', () => {
    expect(clampTypedNumber('200000', driftLabSpec.nref)).toEqual({
      value: 100_000,
      notice: expect.stringMatching(/outside/),
    });
    expect(clampTypedNumber('abc', driftLabSpec.nref).value).toBeNull();
    expect(clampTypedNumber('99.6', driftLabSpec.nref)).toEqual({ value: 100, notice: null });
  });

  it('never throws on arbitrary override codes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (code) => {
        const { overrides } = decodeOverrides(code);
        for (const t of Object.values(overrides)) {
          expect(Number.isFinite(t.warn)).toBe(true);
          expect(Number.isFinite(t.alert)).toBe(true);
        }
      }),
    );
    expect(decodeOverrides('psi*1*x_'.repeat(100_000)).notices.length).toBeLessThanOrEqual(6);
  });
});
