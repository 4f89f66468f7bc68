import type { StateSpec } from '../shared/url-state';
import { ALT_SVC_EXAMPLES } from './examples';

/** Longest header kept in the URL and accepted in the text field (characters). */
export const MAX_HEADER_LENGTH = 1000;

/** URL params of the Alt-Svc parser (`as.*`). */
export const altSvcSpec = {
  header: {
    kind: 'string',
    label: 'Alt-Svc header',
    default: ALT_SVC_EXAMPLES[0]?.header ?? '',
    maxLength: MAX_HEADER_LENGTH,
    // Header values are visible ASCII, spaces and tabs.
    pattern: /^[\t\x20-\x7e]*$/,
  },
} as const satisfies StateSpec;

export const ALT_SVC_PREFIX = 'as';
