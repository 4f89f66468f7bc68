// The presentation's ?slide= parameter and the onboarding progress in localStorage are
// untrusted: they must never throw, never produce an impossible state, and explain resets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STORED_LENGTH, PROGRESS_VERSION, parseProgress } from '../src/onboarding/progress-store';
import { parseSlideParam } from '../src/present/slides';

describe('parseSlideParam', () => {
  it('always returns a slide within 1..count, with a notice whenever the input was not used as is', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 40 })), fc.integer({ min: 1, max: 60 }), (raw, count) => {
        const { slide, notice } = parseSlideParam(raw, count);
        expect(Number.isInteger(slide)).toBe(true);
        expect(slide).toBeGreaterThanOrEqual(1);
        expect(slide).toBeLessThanOrEqual(count);
        // "07" and "+7" name slide 7 as plainly as "7" does, so only a different number needs a notice.
        const asWritten = raw?.trim().replace(/^\+?0*(?=\d)/, '');
        if (raw !== null && raw !== '' && String(slide) !== asWritten) {
          expect(notice).toMatch(/slide/);
        }
      }),
      {
        numRuns: 500,
        examples: [
          ['01', 1],
          ['+007', 9],
          ['00', 3],
        ],
      },
    );
  });

  it('handles 1 MB of digits without hanging', () => {
    expect(parseSlideParam('9'.repeat(1_000_000), 5).slide).toBe(1);
  });
});

describe('parseProgress', () => {
  const steps = ['a', 'b', 'c'];

  it('never throws and only ever reports known steps as done', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.string(), fc.json())), (raw) => {
        const reading = parseProgress(raw, 'sre-onboarding', steps);
        for (const id of reading.done) expect(steps).toContain(id);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps valid progress and resets foreign or oversized data with a notice', () => {
    const ok = JSON.stringify({ version: PROGRESS_VERSION, path: 'sre-onboarding', done: ['a', 'c'] });
    expect([...parseProgress(ok, 'sre-onboarding', steps).done]).toEqual(['a', 'c']);
    const foreign = JSON.stringify({ version: PROGRESS_VERSION, path: 'other', done: ['a'] });
    expect(parseProgress(foreign, 'sre-onboarding', steps).notice).toMatch(/reset/);
    expect(parseProgress('x'.repeat(MAX_STORED_LENGTH + 1), 'sre-onboarding', steps).notice).toMatch(/reset/);
  });
});
