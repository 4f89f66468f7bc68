import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HolParams, simulateHol } from '../../src/HolBlocking/simulate';
import { useHolSimulation } from '../../src/HolBlocking/useHolSimulation';

type Message = { id: number; params: HolParams };

/** A stand-in Worker: holds messages until the test answers them, in any order. */
class FakeWorker {
  static last: FakeWorker | null = null;
  inbox: Message[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault: () => void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: Message) {
    this.inbox.push(message);
  }
  terminate() {}
  answer(index: number) {
    const m = this.inbox[index];
    if (m) this.onmessage?.({ data: { id: m.id, result: simulateHol(m.params) } });
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

describe('useHolSimulation', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders inline first, then takes the Worker reply for the latest params only', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { rerender } = render(<Probe loss={0} />);
    expect(screen.getByText('loss 0 ready')).toBeTruthy();
    rerender(<Probe loss={0.01} />);
    rerender(<Probe loss={0.02} />);
    const worker = FakeWorker.last;
    if (!worker) throw new Error('no worker');
    expect(screen.getByText('loss 0 pending')).toBeTruthy();
    act(() => worker.answer(0));
    expect(screen.getByText('loss 0 pending')).toBeTruthy();
    act(() => worker.answer(1));
    expect(screen.getByText('loss 0.02 ready')).toBeTruthy();
  });

  it('falls back to computing inline when the Worker fails', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { rerender } = render(<Probe loss={0} />);
    rerender(<Probe loss={0.05} />);
    const preventDefault = vi.fn();
    act(() => FakeWorker.last?.onerror?.({ preventDefault }));
    expect(preventDefault).toHaveBeenCalled();
    expect(screen.getByText('loss 0.05 ready')).toBeTruthy();
  });
});
