import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/parse-args.mjs';
import { checkTargets, limits } from '../src/targets.mjs';

const passing = {
  seconds: 300,
  baselineSeconds: 100,
  peakRssBytes: 2 * 1024 ** 3,
  largestListingBytes: 60_000,
  sidebarMaxBytes: 15_000,
  identical: true,
};

describe('checkTargets', () => {
  it('passes a run within every limit', () => {
    expect(checkTargets(passing).map((t) => t.pass)).toEqual([true, true, true, true, true]);
  });
  it('fails each target just past its limit', () => {
    const failing = checkTargets({
      seconds: 351,
      baselineSeconds: 100,
      peakRssBytes: limits.peakRssBytes,
      largestListingBytes: limits.listingPageBytes,
      sidebarMaxBytes: limits.sidebarBytes,
      identical: false,
    });
    expect(failing.map((t) => t.pass)).toEqual([false, false, false, false, false]);
    expect(failing[0]?.value).toBe('3.51×');
  });
  it('leaves out what was not measured', () => {
    const names = checkTargets({ ...passing, baselineSeconds: undefined, identical: undefined }).map((t) => t.name);
    expect(names).toEqual(['peak RSS of the build', 'largest listing page', 'sidebar per page (max)']);
  });
});

describe('parseArgs', () => {
  it('defaults to 1,000 talks with the baseline', () => {
    expect(parseArgs([])).toEqual({
      options: { talks: 1000, json: false, strict: false, baseline: true, determinism: false, seed: 13, keep: false },
    });
  });
  it('reads the talk count and flags', () => {
    expect(parseArgs(['100', '--no-baseline', '--check-determinism', '--json', '--seed', '4'])).toMatchObject({
      options: { talks: 100, baseline: false, determinism: true, json: true, seed: 4 },
    });
  });
  it('rejects what it does not know', () => {
    expect(parseArgs(['--fast'])).toHaveProperty('error');
    expect(parseArgs(['--seed', 'x'])).toHaveProperty('error');
    expect(parseArgs(['0'])).toHaveProperty('error');
  });
});
