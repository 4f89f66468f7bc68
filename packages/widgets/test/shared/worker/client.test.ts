import { describe, expect, it, vi } from 'vitest';
import { createWorkerClient } from '../../../src/shared/worker/client';
import { WorkerCallError } from '../../../src/shared/worker/protocol';
import { FakeWorker, flush } from './fake-worker';

type Request = { n: number };

/** A client over one FakeWorker, counting how often it was started. */
function setup(inline?: (request: Request) => number) {
  const workers: FakeWorker[] = [];
  const create = vi.fn(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  const client = createWorkerClient<Request, number, string>({ name: 'test widget', create, inline });
  return { client, create, workers, worker: () => workers.at(-1) as FakeWorker };
}

/** The rejection of `promise` (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<WorkerCallError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WorkerCallError);
  return error as WorkerCallError;
}

describe('createWorkerClient', () => {
  it('starts the worker on the first call only', async () => {
    const { client, create, worker } = setup();
    expect(create).not.toHaveBeenCalled();
    const first = client.call({ n: 1 });
    const second = client.call({ n: 2 });
    expect(create).toHaveBeenCalledTimes(1);
    worker().reply({ kind: 'result', id: worker().idOf(0), result: 1 });
    worker().reply({ kind: 'result', id: worker().idOf(1), result: 2 });
    expect([await first, await second]).toEqual([1, 2]);
  });

  it('matches replies to calls by id when they arrive out of order', async () => {
    const { client, worker } = setup();
    const calls = [client.call({ n: 10 }), client.call({ n: 20 }), client.call({ n: 30 })];
    const ids = [0, 1, 2].map((i) => worker().idOf(i));
    expect(new Set(ids).size).toBe(3);
    expect(worker().posted.map((p) => (p.message as { request: Request }).request.n)).toEqual([10, 20, 30]);
    for (const i of [2, 0, 1]) worker().reply({ kind: 'result', id: ids[i], result: (i + 1) * 100 });
    expect(await Promise.all(calls)).toEqual([100, 200, 300]);
    expect(client.pending).toBe(0);
  });

  it('rejects only the call whose handler threw, with its message', async () => {
    const { client, worker } = setup();
    const bad = client.call({ n: 1 });
    const good = client.call({ n: 2 });
    worker().reply({ kind: 'error', id: worker().idOf(0), message: 'n must be even (got 1)' });
    worker().reply({ kind: 'result', id: worker().idOf(1), result: 2 });
    const error = await rejection(bad);
    expect(error.code).toBe('task-failed');
    expect(error.message).toBe('n must be even (got 1)');
    expect(await good).toBe(2);
  });

  it('rejects every waiting call when the worker fails to load, and every later call', async () => {
    const { client, create, worker } = setup();
    const calls = [client.call({ n: 1 }), client.call({ n: 2 })];
    const event = worker().fail();
    expect(event.defaultPrevented).toBe(true);
    expect(worker().terminated).toBe(true);
    for (const call of calls) {
      const error = await rejection(call);
      expect(error.code).toBe('worker-failed');
      expect(error.message).toBe('The test widget worker failed to load or stopped.');
    }
    const later = await rejection(client.call({ n: 3 }));
    expect(later.code).toBe('worker-failed');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('names what the worker threw when it crashes', async () => {
    const { client, worker } = setup();
    const call = client.call({ n: 1 });
    worker().fail('Uncaught RangeError: too deep');
    expect((await rejection(call)).message).toBe(
      'The test widget worker failed to load or stopped: Uncaught RangeError: too deep.',
    );
  });

  it('passes the transfer list of a call to postMessage', () => {
    const { client, worker } = setup();
    const buffer = new ArrayBuffer(8);
    void client.call({ n: 1 }, { transfer: [buffer] });
    void client.call({ n: 2 });
    expect(worker().posted[0]?.transfer).toEqual([buffer]);
    expect(worker().posted[1]?.transfer).toEqual([]);
  });

  it("delivers progress to the call's listener until the call settles", async () => {
    const { client, worker } = setup();
    const seen: string[] = [];
    const other = vi.fn();
    const call = client.call({ n: 1 }, { onProgress: (p) => seen.push(p) });
    void client.call({ n: 2 }, { onProgress: other });
    const id = worker().idOf(0);
    worker().reply({ kind: 'progress', id, progress: 'read' });
    worker().reply({ kind: 'progress', id, progress: 'parsed' });
    worker().reply({ kind: 'result', id, result: 1 });
    worker().reply({ kind: 'progress', id, progress: 'late' });
    expect(await call).toBe(1);
    expect(seen).toEqual(['read', 'parsed']);
    expect(other).not.toHaveBeenCalled();
  });

  it('rejects every waiting call on a fatal reply or an unreadable reply, and keeps the worker', async () => {
    const { client, worker } = setup();
    const first = client.call({ n: 1 });
    worker().reply({ kind: 'fatal', message: 'the request could not be deserialised' });
    expect((await rejection(first)).code).toBe('unreadable-message');
    const second = client.call({ n: 2 });
    worker().onmessageerror?.(new MessageEvent('messageerror'));
    const error = await rejection(second);
    expect(error.code).toBe('unreadable-message');
    expect(error.message).toContain('test widget');
    const third = client.call({ n: 3 });
    worker().reply({ kind: 'result', id: worker().idOf(2), result: 3 });
    expect(await third).toBe(3);
  });

  it('rejects a call whose request cannot be posted', async () => {
    const { client, worker } = setup();
    void client.call({ n: 0 });
    vi.spyOn(worker(), 'postMessage').mockImplementation(() => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    });
    const error = await rejection(client.call({ n: 1 }));
    expect(error.code).toBe('unreadable-message');
    expect(client.pending).toBe(1);
  });

  it('rejects an aborted call and ignores its late reply', async () => {
    const { client, worker } = setup();
    const controller = new AbortController();
    const call = client.call({ n: 1 }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(call)).code).toBe('aborted');
    worker().reply({ kind: 'result', id: worker().idOf(0), result: 1 });
    expect((await rejection(client.call({ n: 2 }, { signal: controller.signal }))).code).toBe('aborted');
    expect(client.pending).toBe(0);
  });

  it('terminate rejects waiting calls and a later call starts a new worker', async () => {
    const { client, workers } = setup();
    const call = client.call({ n: 1 });
    client.terminate();
    expect(workers[0]?.terminated).toBe(true);
    expect((await rejection(call)).code).toBe('terminated');
    const next = client.call({ n: 2 });
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ kind: 'result', id: workers[1].idOf(0), result: 2 });
    expect(await next).toBe(2);
  });
});

describe('createWorkerClient without a Worker', () => {
  const noWorker = () => {
    throw new ReferenceError('Worker is not defined');
  };

  it('runs calls inline, with progress and the same errors', async () => {
    const seen: string[] = [];
    const client = createWorkerClient<Request, number, string>({
      name: 'test widget',
      create: noWorker,
      inline: (request, { progress }) => {
        progress('half');
        if (request.n < 0) throw new Error('n must be positive');
        return request.n * 2;
      },
    });
    expect(await client.call({ n: 4 }, { onProgress: (p) => seen.push(p) })).toBe(8);
    expect(seen).toEqual(['half']);
    const error = await rejection(client.call({ n: -1 }));
    expect(error.code).toBe('task-failed');
    expect(error.message).toBe('n must be positive');
  });

  it('rejects with unavailable when there is no inline handler', async () => {
    const client = createWorkerClient<Request, number>({ name: 'test widget', create: noWorker });
    const error = await rejection(client.call({ n: 1 }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('test widget');
    await flush();
  });
});
