import type { StateSpec } from '../shared/url-state';

/**
 * The page's own example: Features and data 6, Model development 5, ML infrastructure 4.5,
 * Monitoring 1 (two manual checks) → final score 1.
 */
export const EXAMPLE_BOARD = '2222220' + '2222200' + '2222100' + '1100000';

/** URL state of the ML Test Score calculator (prefix `mts`): the board as 28 digits 0/1/2. */
export const mlTestScoreSpec = {
  board: {
    kind: 'string',
    label: 'Test board',
    default: EXAMPLE_BOARD,
    maxLength: 28,
    pattern: /^[012]{28}$/,
  },
} as const satisfies StateSpec;

export const ML_TEST_SCORE_PREFIX = 'mts';
