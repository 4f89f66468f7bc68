import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, type StateSpec, widgetUrl } from '../src/shared/url-state';

const spec = {
  shift: { kind: 'number', label: 'Shift', default: 0, min: -5, max: 5 },
  n: { kind: 'number', label: 'Sample size', default: 1000, min: 20, max: 100_000, integer: true },
  preset: { kind: 'enum', label: 'Preset', default: 'none', values: ['none', 'unit-bug'] },
  exact: { kind: 'boolean', label: 'Exact p-value', default: false },
  name: { kind: 'string', label: 'Name', default: 'svc', maxLength: 10, pattern: /^[a-z]+$/ },
} as const satisfies StateSpec;

describe('decodeState', () => {
  it('returns defaults and no notices for an empty query', () => {
    expect(decodeState(spec, new URLSearchParams(''), 'dl')).toEqual({ state: defaultState(spec), notices: [] });
  });

  it('round-trips every kind of value exactly', () => {
    const state = { shift: -1.25, n: 5000, preset: 'unit-bug' as const, exact: true, name: 'api' };
    const params = encodeState(spec, state, 'dl', new URLSearchParams());
    expect(decodeState(spec, params, 'dl')).toEqual({ state, notices: [] });
  });

  it('omits default values from the URL', () => {
    expect(encodeState(spec, defaultState(spec), 'dl', new URLSearchParams('other=1')).toString()).toBe('other=1');
  });

  it('clamps out-of-range numbers with a notice naming the param', () => {
    const { state, notices } = decodeState(spec, new URLSearchParams('dl.shift=99&dl.n=3'), 'dl');
    expect(state.shift).toBe(5);
    expect(state.n).toBe(20);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('Shift');
  });

  it('falls back to defaults for garbage, with notices', () => {
    const q = new URLSearchParams('dl.shift=abc&dl.preset=evil&dl.exact=maybe&dl.name=<script>');
    const { state, notices } = decodeState(spec, q, 'dl');
    expect(state).toEqual(defaultState(spec));
    expect(notices).toHaveLength(4);
  });

  it('ignores params of other widgets', () => {
    expect(decodeState(spec, new URLSearchParams('xx.shift=2'), 'dl').state.shift).toBe(0);
  });
});

describe('widgetUrl', () => {
  it('keeps the page, replaces this widget params and sets the anchor', () => {
    const url = widgetUrl(
      'https://x.test/a/?dl.shift=1&keep=1#top',
      spec,
      { ...defaultState(spec), shift: 2 },
      'dl',
      'drift-lab',
    );
    expect(url).toBe('https://x.test/a/?keep=1&dl.shift=2#drift-lab');
  });
});
