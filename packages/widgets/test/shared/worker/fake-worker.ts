import type { WorkerEndpoint } from '../../../src/shared/worker/client';
import type { WorkerScope } from '../../../src/shared/worker/host';

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
  /** The id of the `index`th call posted. */
  idOf(index: number): number {
    const posted = this.posted[index];
    if (!posted) throw new Error(`no call #${index} was posted`);
    return (posted.message as { id: number }).id;
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

/** Lets pending promise callbacks run (replies and handlers settle in microtasks). */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
