import { describe, expect, it, vi } from 'vitest';
import { oncePerBuild } from '../src/talks/once-per-build';

describe('oncePerBuild', () => {
  it('reads once in a build and gives every caller the same promise', async () => {
    const read = vi.fn(async () => ({ talks: 3 }));
    const shared = oncePerBuild(read, false);
    const first = shared();
    expect(shared()).toBe(first);
    expect(await first).toEqual({ talks: 3 });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads afresh on every call in the dev server', async () => {
    let n = 0;
    const fresh = oncePerBuild(async () => ++n, true);
    expect([await fresh(), await fresh()]).toEqual([1, 2]);
  });
});
