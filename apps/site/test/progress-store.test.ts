import { describe, expect, it } from 'vitest';
import { MAX_STORED_LENGTH, parseProgress, progressKey, serializeProgress } from '../src/onboarding/progress-store';

const steps = ['rep', 'ml', 'quic'];

describe('progress store', () => {
  it('uses a versioned key per path', () => {
    expect(progressKey('sre-onboarding')).toBe('confnotes:path:sre-onboarding:v1');
  });
  it('round-trips completed steps in path order', () => {
    const raw = serializeProgress('p', steps, new Set(['quic', 'rep']));
    expect(JSON.parse(raw)).toEqual({ version: 1, path: 'p', done: ['rep', 'quic'] });
    expect(parseProgress(raw, 'p', steps)).toEqual({ done: new Set(['rep', 'quic']) });
  });
  it('starts empty without a notice when nothing is stored', () => {
    expect(parseProgress(null, 'p', steps)).toEqual({ done: new Set() });
  });
  it.each([
    ['not JSON', '{oops', /could not be read/],
    ['a JSON array', '["rep"]', /unknown format/],
    ['JSON null', 'null', /unknown format/],
    ['another version', '{"version":2,"path":"p","done":["rep"]}', /another version or path/],
    ['another path', '{"version":1,"path":"q","done":["rep"]}', /another version or path/],
    ['done not a list', '{"version":1,"path":"p","done":"rep"}', /unknown format/],
    ['done with non-strings', '{"version":1,"path":"p","done":["rep",3]}', /unknown format/],
  ])('resets %s to nothing done with a notice', (_name, raw, notice) => {
    const result = parseProgress(raw, 'p', steps);
    expect(result.done.size).toBe(0);
    expect(result.notice).toMatch(notice);
  });
  it('refuses oversized values', () => {
    const raw = JSON.stringify({ version: 1, path: 'p', done: ['x'.repeat(MAX_STORED_LENGTH)] });
    expect(parseProgress(raw, 'p', steps)).toEqual({ done: new Set(), notice: expect.stringMatching(/too large/) });
  });
  it('drops unknown step ids but keeps the known ones, with a notice', () => {
    const result = parseProgress('{"version":1,"path":"p","done":["rep","gone"]}', 'p', steps);
    expect(result.done).toEqual(new Set(['rep']));
    expect(result.notice).toMatch(/no longer exist/);
  });
});
