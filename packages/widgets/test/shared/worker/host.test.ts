import { describe, expect, it } from 'vitest';
import { createWorkerClient } from '../../../src/shared/worker/client';
import { serveWorker } from '../../../src/shared/worker/host';
import { withTransfer } from '../../../src/shared/worker/protocol';
import { FakeScope, FakeWorker, flush } from './fake-worker';

describe('serveWorker', () => {
  it('answers each call with its id, results and thrown errors alike', async () => {
    const scope = new FakeScope();
    serveWorker<number, number>((n) => {
      if (n < 0) throw new Error(`n must be positive (got ${n})`);
      return n * 2;
    }, scope);
    scope.receive({ id: 7, request: 21 });
    scope.receive({ id: 8, request: -1 });
    await flush();
    expect(scope.posted.map((p) => p.message)).toEqual([
      { kind: 'result', id: 7, result: 42 },
      { kind: 'error', id: 8, message: 'n must be positive (got -1)' },
    ]);
  });

  it('posts progress before the result, both with their transfer lists', async () => {
    const scope = new FakeScope();
    const chunk = new ArrayBuffer(4);
    const result = new Float64Array(2);
    serveWorker<null, Float64Array, ArrayBuffer>(async (_request, { progress }) => {
      progress(chunk, [chunk]);
      return withTransfer(result, [result.buffer]);
    }, scope);
    scope.receive({ id: 1, request: null });
    await flush();
    expect(scope.posted).toEqual([
      { message: { kind: 'progress', id: 1, progress: chunk }, transfer: [chunk] },
      { message: { kind: 'result', id: 1, result }, transfer: [result.buffer] },
    ]);
  });

  it('answers an unreadable call with a fatal reply', () => {
    const scope = new FakeScope();
    serveWorker<number, number>((n) => n, scope);
    scope.onmessageerror?.(new MessageEvent('messageerror'));
    expect(scope.posted[0]?.message).toMatchObject({ kind: 'fatal' });
  });

  it('turns a result that cannot be posted into an error reply', async () => {
    const scope = new FakeScope();
    const post = scope.postMessage.bind(scope);
    let first = true;
    scope.postMessage = (message, transfer) => {
      if (first) {
        first = false;
        throw new DOMException('function could not be cloned', 'DataCloneError');
      }
      post(message, transfer);
    };
    serveWorker<number, () => void>(() => () => {}, scope);
    scope.receive({ id: 3, request: 0 });
    await flush();
    expect(scope.posted[0]?.message).toEqual({
      kind: 'error',
      id: 3,
      message: 'The result could not be sent back: function could not be cloned',
    });
  });

  it('serves a client end to end through a fake worker', async () => {
    const scope = new FakeScope();
    serveWorker<string, number, number>((text, { progress }) => {
      progress(0.5);
      return text.length;
    }, scope);
    const worker = new FakeWorker();
    const client = createWorkerClient<string, number, number>({ name: 'echo', create: () => worker });
    const progress: number[] = [];
    const answer = client.call('four', { onProgress: (p) => progress.push(p) });
    for (const { message } of worker.posted) scope.receive(message);
    await flush();
    for (const { message } of scope.posted) worker.reply(message);
    expect(await answer).toBe(4);
    expect(progress).toEqual([0.5]);
  });
});
