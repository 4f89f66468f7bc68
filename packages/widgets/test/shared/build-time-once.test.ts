// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTimeOnce, isBuildTime } from '../../src/shared/build-time-once';

describe('buildTimeOnce', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('computes once per key during the static build and hands out the same value', () => {
    const compute = vi.fn(() => ({ total: 42 }));
    const first = buildTimeOnce('test:once', compute);
    const second = buildTimeOnce('test:once', compute);
    expect(isBuildTime()).toBe(true);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(second).toEqual({ total: 42 });
  });

  it('keeps values of different keys apart', () => {
    expect(buildTimeOnce('test:a', () => 'a')).toBe('a');
    expect(buildTimeOnce('test:b', () => 'b')).toBe('b');
    expect(buildTimeOnce('test:a', () => 'changed')).toBe('a');
  });

  it('computes every time in a browser, keeping nothing', () => {
    vi.stubGlobal('window', {});
    const compute = vi.fn(() => ({ total: 1 }));
    const first = buildTimeOnce('test:browser', compute);
    const second = buildTimeOnce('test:browser', compute);
    expect(isBuildTime()).toBe(false);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(second).not.toBe(first);
  });
});
