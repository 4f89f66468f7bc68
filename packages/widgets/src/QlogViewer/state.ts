import type { StateSpec } from '../shared/url-state';
import { EXAMPLE_IDS } from './examples';

/** URL params of the qlog viewer (`qv.*`). */
export const qlogViewerSpec = {
  example: { kind: 'enum', label: 'Example trace', default: 'good', values: EXAMPLE_IDS },
  event: {
    kind: 'enum',
    label: 'Event type',
    default: 'all',
    values: ['all', 'packet_sent', 'packet_received', 'packet_lost'],
  },
  dir: { kind: 'enum', label: 'Direction', default: 'both', values: ['both', 'client', 'server'] },
  frame: { kind: 'string', label: 'Frame type', default: '', maxLength: 40, pattern: /^[a-z0-9_]*$/ },
  marked: { kind: 'boolean', label: 'Only highlighted packets', default: false },
} as const satisfies StateSpec;

export const QLOG_VIEWER_PREFIX = 'qv';
