import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SilentFailureSim } from '../../src/SilentFailureSim/SilentFailureSim';
import { FakeWorker, flush } from '../shared/worker/fake-worker';

// Its own file: the simulator's worker client is module-wide, so a failed worker stays failed.
describe('SilentFailureSim when its worker fails to load', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stops saying "Simulating" and shows why, instead of waiting forever', async () => {
    let worker: FakeWorker | null = null;
    vi.stubGlobal(
      'Worker',
      class extends FakeWorker {
        constructor() {
          super();
          worker = this;
        }
      },
    );
    render(<SilentFailureSim />);
    expect(screen.getByText('Simulating 48 hours…')).toBeTruthy();
    await act(async () => {
      (worker as FakeWorker | null)?.fail();
      await flush();
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'The simulation failed: The silent failure simulator worker failed to load or stopped.',
    );
    expect(screen.queryByText('Simulating 48 hours…')).toBeNull();
  });
});
