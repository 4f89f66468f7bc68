import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HolParams, simulateHol } from '../../src/HolBlocking/simulate';
import { useHolSimulation } from '../../src/HolBlocking/useHolSimulation';
import { FakeWorker, flush } from '../shared/worker/fake-worker';

/** The shared fake worker, remembering the last one started and answering with the real simulation. */
class HolWorker extends FakeWorker {
  static last: HolWorker | null = null;
  constructor() {
    super();
    HolWorker.last = this;
  }
  answer(index: number) {
    const { id, request } = this.callOf<HolParams>(index);
    this.reply({ kind: 'result', id, result: simulateHol(request) });
  }
}

function Probe({ loss }: { loss: number }) {
  const { result, pending } = useHolSimulation({ streams: 2, loss, rttMs: 50, mbps: 10, trials: 20, seed: 1 });
  return (
    <p>
      loss {result.params.loss} {pending ? 'pending' : 'ready'}
    </p>
  );
}

const settle = () => act(() => flush());

describe('useHolSimulation', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders inline first, then takes the Worker reply for the latest params only', async () => {
    vi.stubGlobal('Worker', HolWorker);
    const { rerender } = render(<Probe loss={0} />);
    expect(screen.getByText('loss 0 ready')).toBeTruthy();
    rerender(<Probe loss={0.01} />);
    rerender(<Probe loss={0.02} />);
    const worker = HolWorker.last;
    if (!worker) throw new Error('no worker');
    expect(screen.getByText('loss 0 pending')).toBeTruthy();
    worker.answer(0);
    await settle();
    expect(screen.getByText('loss 0 pending')).toBeTruthy();
    worker.answer(1);
    await settle();
    expect(screen.getByText('loss 0.02 ready')).toBeTruthy();
  });

  it('falls back to computing inline when the Worker fails to load, and for later changes', async () => {
    vi.stubGlobal('Worker', HolWorker);
    const { rerender } = render(<Probe loss={0} />);
    rerender(<Probe loss={0.05} />);
    const event = HolWorker.last?.fail();
    await settle();
    expect(event?.defaultPrevented).toBe(true);
    expect(screen.getByText('loss 0.05 ready')).toBeTruthy();
    rerender(<Probe loss={0.06} />);
    await settle();
    expect(screen.getByText('loss 0.06 ready')).toBeTruthy();
  });

  it('computes at once where there is no Worker', () => {
    const { rerender } = render(<Probe loss={0} />);
    rerender(<Probe loss={0.03} />);
    expect(screen.getByText('loss 0.03 ready')).toBeTruthy();
  });

  it('ends its worker on unmount', () => {
    vi.stubGlobal('Worker', HolWorker);
    const { rerender, unmount } = render(<Probe loss={0} />);
    rerender(<Probe loss={0.01} />);
    unmount();
    expect(HolWorker.last?.terminated).toBe(true);
  });
});
