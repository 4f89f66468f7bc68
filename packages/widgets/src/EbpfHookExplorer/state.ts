import type { StateSpec } from '../shared/url-state';
import { QUESTION_IDS } from './questions';

/** URL params of the hook explorer (`he.*`). */
export const hookExplorerSpec = {
  q: { kind: 'enum', label: 'Question', default: QUESTION_IDS[0] ?? 'syscalls', values: QUESTION_IDS },
} as const satisfies StateSpec;

export const HOOK_EXPLORER_PREFIX = 'he';
