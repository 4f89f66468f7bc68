import {
  type HandlerContext,
  messageOf,
  unwrapTransfer,
  type WorkerCall,
  WorkerCallError,
  type WorkerErrorCode,
  type WorkerHandler,
  type WorkerReply,
} from './protocol';

/** The parts of a `Worker` the client uses (a real one, or a fake in tests). */
export interface WorkerEndpoint {
  postMessage: (message: unknown, transfer: Transferable[]) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent) => void) | null;
  /** Browsers pass an `ErrorEvent` for a throw and may pass a plain `Event` when the script fails to load. */
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** How to reach one widget's worker. */
export interface WorkerClientOptions<Request, Result, Progress> {
  /** Names the widget in error messages, lower case: `'silent failure simulator'`. */
  name: string;
  /**
   * Starts the worker, called on the first call:
   * `() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`. If it throws
   * (no `Worker` in this browser or in jsdom, a blocked script URL) calls go to `inline`.
   */
  create: () => WorkerEndpoint;
  /**
   * The worker's handler, run on this thread where no worker can be started. Default: none, and
   * such calls reject with `unavailable`.
   */
  inline?: WorkerHandler<Request, Result, Progress> | undefined;
}

/** Options for one call. */
export interface CallOptions<Progress> {
  /** Buffers inside the request to move to the worker instead of copying. Default: none. */
  transfer?: readonly Transferable[] | undefined;
  /** Receives each progress value the handler reports, until the call settles. Default: ignored. */
  onProgress?: ((progress: Progress) => void) | undefined;
  /** Rejects the call with `aborted` and drops its reply (the worker still finishes the work). */
  signal?: AbortSignal | undefined;
}

/** A typed, promise-based line to one widget's worker; see {@link createWorkerClient}. */
export interface WorkerClient<Request, Result, Progress = never> {
  /** Sends `request`; resolves with the handler's result, rejects with a {@link WorkerCallError}. */
  call: (request: Request, options?: CallOptions<Progress>) => Promise<Result>;
  /** Ends the worker and rejects every waiting call with `terminated`; a later call starts a new worker. */
  terminate: () => void;
  /** How many calls wait for an answer. */
  readonly pending: number;
}

interface Waiting<Result, Progress> {
  resolve: (result: Result) => void;
  reject: (error: WorkerCallError) => void;
  onProgress?: ((progress: Progress) => void) | undefined;
}

/**
 * A client for one widget's worker: the worker starts lazily on the first call, each call gets
 * its own id, and replies are matched by id in whatever order they come. A worker that fails to
 * load or crashes (`error` event) rejects every waiting call, and every later call, with a
 * `worker-failed` error naming the widget, so no caller waits forever. Where no worker can start,
 * calls run `inline` on this thread with the same progress and error behaviour.
 *
 * @example
 * const client = createWorkerClient<SimParams, SimResult>({
 *   name: 'silent failure simulator',
 *   create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
 *   inline: (params) => simulate(params),
 * });
 * const result = await client.call(params);
 */
export function createWorkerClient<Request, Result, Progress = never>(
  options: WorkerClientOptions<Request, Result, Progress>,
): WorkerClient<Request, Result, Progress> {
  const { name } = options;
  const waiting = new Map<number, Waiting<Result, Progress>>();
  /** `undefined` until the first call, `null` when calls run inline. */
  let worker: WorkerEndpoint | null | undefined;
  let failure: WorkerCallError | null = null;
  let nextId = 1;

  const settle = (id: number) => {
    const entry = waiting.get(id);
    waiting.delete(id);
    return entry;
  };
  const rejectAll = (code: WorkerErrorCode, message: string) => {
    const entries = [...waiting.values()];
    waiting.clear();
    for (const entry of entries) entry.reject(new WorkerCallError(code, message));
  };

  const receive = (reply: WorkerReply<Result, Progress>) => {
    if (reply.kind === 'fatal') {
      rejectAll('unreadable-message', `The ${name} worker could not read a request: ${reply.message}`);
    } else if (reply.kind === 'progress') {
      waiting.get(reply.id)?.onProgress?.(reply.progress);
    } else if (reply.kind === 'result') {
      settle(reply.id)?.resolve(reply.result);
    } else {
      settle(reply.id)?.reject(new WorkerCallError('task-failed', reply.message));
    }
  };

  const fail = (event: ErrorEvent) => {
    event.preventDefault();
    const detail = typeof event.message === 'string' && event.message ? `: ${event.message}` : '';
    failure = new WorkerCallError('worker-failed', `The ${name} worker failed to load or stopped${detail}.`);
    worker?.terminate();
    worker = null;
    rejectAll(failure.code, failure.message);
  };

  const start = (): WorkerEndpoint | null => {
    try {
      const started = options.create();
      started.onmessage = (event: MessageEvent<WorkerReply<Result, Progress>>) => receive(event.data);
      started.onerror = fail;
      started.onmessageerror = () =>
        rejectAll('unreadable-message', `A reply from the ${name} worker could not be read.`);
      return started;
    } catch {
      return null;
    }
  };

  const runInline = (id: number, request: Request) => {
    const handler = options.inline;
    if (!handler) {
      settle(id)?.reject(new WorkerCallError('unavailable', `This browser cannot run the ${name} worker.`));
      return;
    }
    const context: HandlerContext<Progress> = { progress: (value) => waiting.get(id)?.onProgress?.(value) };
    Promise.resolve()
      .then(() => handler(request, context))
      .then(
        (answer) => settle(id)?.resolve(unwrapTransfer(answer).value),
        (error: unknown) => settle(id)?.reject(new WorkerCallError('task-failed', messageOf(error))),
      );
  };

  const send = (target: WorkerEndpoint, id: number, request: Request, transfer: readonly Transferable[]) => {
    try {
      target.postMessage({ id, request } satisfies WorkerCall<Request>, [...transfer]);
    } catch (error) {
      settle(id)?.reject(
        new WorkerCallError(
          'unreadable-message',
          `The ${name} worker could not be sent a request: ${messageOf(error)}`,
        ),
      );
    }
  };

  const call = (request: Request, callOptions: CallOptions<Progress> = {}): Promise<Result> => {
    const { signal, onProgress, transfer = [] } = callOptions;
    if (failure) return Promise.reject(failure);
    if (signal?.aborted) return Promise.reject(new WorkerCallError('aborted', `The ${name} call was cancelled.`));
    const id = nextId++;
    const answer = new Promise<Result>((resolve, reject) => {
      waiting.set(id, { resolve, reject, onProgress });
    });
    if (signal) {
      const abort = () => settle(id)?.reject(new WorkerCallError('aborted', `The ${name} call was cancelled.`));
      signal.addEventListener('abort', abort, { once: true });
      void answer.then(
        () => signal.removeEventListener('abort', abort),
        () => signal.removeEventListener('abort', abort),
      );
    }
    if (worker === undefined) worker = start();
    if (worker) send(worker, id, request, transfer);
    else runInline(id, request);
    return answer;
  };

  const terminate = () => {
    worker?.terminate();
    worker = undefined;
    failure = null;
    rejectAll('terminated', `The ${name} worker was stopped before it answered.`);
  };

  return {
    call,
    terminate,
    get pending() {
      return waiting.size;
    },
  };
}
