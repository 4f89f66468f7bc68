import type { StateSpec } from '../shared/url-state';

/** URL prefix of the stream-ID decoder: `?sid.id=7`. */
export const STREAM_ID_PREFIX = 'sid';

/** URL state: the stream ID being decoded (decimal or 0x hex; range-checked by the parser). */
export const streamIdSpec = {
  id: {
    kind: 'string',
    label: 'Stream ID',
    default: '7',
    maxLength: 24,
    pattern: /^(0x[0-9a-fA-F]{1,16}|[0-9]{1,19})$/,
  },
} as const satisfies StateSpec;
