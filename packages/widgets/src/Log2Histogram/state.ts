import type { StateSpec } from '../shared/url-state';

/** Longest pasted text kept in the URL (characters); longer pastes stay on the page only. */
export const MAX_LINK_DATA = 2000;

/** URL params of the log2 histogram (`lh.*`). */
export const log2HistogramSpec = {
  source: { kind: 'enum', label: 'Data', default: 'sample', values: ['sample', 'paste'] },
  seed: { kind: 'number', label: 'Seed', default: 7, min: 0, max: 1_000_000, integer: true },
  n: { kind: 'number', label: 'Sample size', default: 1000, min: 1, max: 100_000, integer: true },
  median: { kind: 'number', label: 'Median latency (µs)', default: 120, min: 1, max: 10_000_000 },
  sigma: { kind: 'number', label: 'Spread (σ of log latency)', default: 0.8, min: 0.05, max: 3 },
  data: {
    kind: 'string',
    label: 'Pasted numbers',
    default: '',
    maxLength: MAX_LINK_DATA,
    pattern: /^[-+0-9.eE,;\s]*$/,
  },
} as const satisfies StateSpec;

export const LOG2_HISTOGRAM_PREFIX = 'lh';
