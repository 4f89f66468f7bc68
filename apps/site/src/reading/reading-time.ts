/** Words per minute for reading technical prose (slower than the 238 wpm of fiction). */
export const READING_WORDS_PER_MINUTE = 200;

/**
 * Minutes to read `words` words, rounded up, at least 1.
 * @example readingMinutes(1000) // 5
 * @throws {RangeError} when words is negative or not finite
 */
export function readingMinutes(words: number, wordsPerMinute = READING_WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words < 0) {
    throw new RangeError(`readingMinutes requires a finite word count >= 0 (got ${words})`);
  }
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`readingMinutes requires wordsPerMinute > 0 (got ${wordsPerMinute})`);
  }
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** "1 min read", "12 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
