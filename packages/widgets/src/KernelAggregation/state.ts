import type { StateSpec } from '../shared/url-state';

/**
 * URL params of the aggregation calculator (`ka.*`). The defaults are illustrative
 * assumptions, not benchmark results: users enter costs measured on their own systems.
 */
export const kernelAggregationSpec = {
  rate: { kind: 'number', label: 'Events per second', default: 100_000, min: 1, max: 1e9 },
  eventBytes: { kind: 'number', label: 'Bytes per exported event', default: 64, min: 1, max: 65_536, integer: true },
  copyNs: { kind: 'number', label: 'CPU cost per event exported (ns)', default: 1000, min: 0, max: 1e7 },
  countNs: { kind: 'number', label: 'CPU cost per event counted in a map (ns)', default: 100, min: 0, max: 1e7 },
  keys: { kind: 'number', label: 'Distinct map keys', default: 1000, min: 1, max: 1e8, integer: true },
  entryBytes: {
    kind: 'number',
    label: 'Bytes per map entry (key + value)',
    default: 16,
    min: 1,
    max: 65_536,
    integer: true,
  },
  interval: { kind: 'number', label: 'Map read interval (s)', default: 1, min: 0.01, max: 3600 },
  cores: { kind: 'number', label: 'CPU cores', default: 8, min: 1, max: 4096, integer: true },
} as const satisfies StateSpec;

export const KERNEL_AGGREGATION_PREFIX = 'ka';
