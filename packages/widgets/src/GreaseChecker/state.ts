import type { StateSpec } from '../shared/url-state';

/** URL prefix of the GREASE checker: `?gr.v=0x40`. */
export const GREASE_PREFIX = 'gr';

/** URL state: the identifier being checked (decimal or 0x hex; range-checked by the parser). */
export const greaseSpec = {
  v: {
    kind: 'string',
    label: 'Identifier',
    default: '0x40',
    maxLength: 24,
    pattern: /^(0x[0-9a-fA-F]{1,16}|[0-9]{1,19})$/,
  },
} as const satisfies StateSpec;
