import type { WorkerEndpoint } from '../../../src/shared/worker/client';
import { serveWorker, type WorkerScope } from '../../../src/shared/worker/host';
import type { WorkerCall, WorkerHandler } from '../../../src/shared/worker/protocol';

/** A message as posted, with its transfer list. */
export interface Posted {
  message: unknown;
  transfer: Transferable[];
}

/**
 * A stand-in Worker for jsdom (which has none): keeps what the page posts and lets the test
 * answer, in any order, or fail the way a real worker does.
 */
export class FakeWorker implements WorkerEndpoint {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: Posted[] = [];
  terminated = false;

  postMessage(message: unknown, transfer: Transferable[]) {
    this.posted.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  /** The `index`th call posted (its id and request). */
  callOf<Request = unknown>(index: number): WorkerCall<Request> {
    const posted = this.posted[index];
    if (!posted) throw new Error(`no call #${index} was posted`);
    return posted.message as WorkerCall<Request>;
  }
  /** The id of the `index`th call posted. */
  idOf(index: number): number {
    return this.callOf(index).id;
  }
  /** Delivers `data` as if the worker had posted it. */
  reply(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  /** Fires the `error` event a worker fires when its script fails to load or throws. */
  fail(message?: string): Event {
    // A script that fails to load fires a plain Event (no message); a throw fires an ErrorEvent.
    const event =
      message === undefined
        ? new Event('error', { cancelable: true })
        : new ErrorEvent('error', { message, cancelable: true });
    this.onerror?.(event as ErrorEvent);
    return event;
  }
}

/** A stand-in worker scope for `serveWorker`: keeps what the handler posts back. */
export class FakeScope implements WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: Posted[] = [];

  postMessage(message: unknown, transfer: Transferable[]) {
    this.posted.push({ message, transfer });
  }
  /** Delivers a call as if the page had posted it. */
  receive(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

/**
 * A fake worker running `handler` through `serveWorker`: each call and each reply is delivered in a
 * microtask, in order, as a real Worker delivers them; nothing is delivered once it is terminated.
 */
export class ServedWorker<Request, Result, Progress = never> extends FakeWorker {
  readonly scope = new FakeScope();

  constructor(handler: WorkerHandler<Request, Result, Progress>) {
    super();
    serveWorker(handler, this.scope);
    this.scope.postMessage = (message) => queueMicrotask(() => this.terminated || this.reply(message));
  }
  override postMessage(message: unknown, transfer: Transferable[]) {
    super.postMessage(message, transfer);
    queueMicrotask(() => this.terminated || this.scope.receive(message));
  }
}

/** Lets pending promise callbacks run (replies and handlers settle in microtasks). */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
