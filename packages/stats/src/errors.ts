/** Machine-readable reason a stats function rejected its input. */
export type StatsErrorCode =
  | 'EMPTY_SAMPLE'
  | 'NON_FINITE'
  | 'LENGTH_MISMATCH'
  | 'NOT_A_DISTRIBUTION'
  | 'INVALID_OPTION';

/**
 * Typed error thrown by every public function of `@confnotes/stats` on invalid input.
 *
 * Plain English: the numbers you passed cannot give a meaningful answer; `code` says why and the
 * message names the function, the condition and the offending value
 * (`<function> requires <condition> (got <value>)`).
 *
 * @example
 * try { psi([1, 2], [3], { bins: 1 }); } catch (e) { if (e instanceof StatsInputError) e.code; } // 'INVALID_OPTION'
 */
export class StatsInputError extends Error {
  override readonly name = 'StatsInputError';
  /** Why the input was rejected. */
  readonly code: StatsErrorCode;

  /**
   * @param code - machine-readable reason
   * @param fn - public function that rejected the input
   * @param condition - what the function requires, in words
   * @param got - the offending value, already formatted
   */
  constructor(code: StatsErrorCode, fn: string, condition: string, got: string) {
    super(`${fn} requires ${condition} (got ${got})`);
    this.code = code;
  }
}
