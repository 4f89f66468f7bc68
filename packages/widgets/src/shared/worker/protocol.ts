/**
 * The one message shape between a widget and its Web Worker. The page posts a {@link WorkerCall};
 * the worker answers each with any number of `progress` replies and then exactly one `result` or
 * `error` reply carrying the same `id`. A `fatal` reply (no id) says the worker could not read a
 * call at all, so every call still waiting is rejected.
 */

/** One request from the page: `id` is unique per client and echoed in every reply to it. */
export interface WorkerCall<Request> {
  id: number;
  request: Request;
}

/** Everything a worker posts back; see the module comment for the order. */
export type WorkerReply<Result, Progress> =
  | { kind: 'progress'; id: number; progress: Progress }
  | { kind: 'result'; id: number; result: Result }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'fatal'; message: string };

/**
 * Why a call was rejected:
 * - `task-failed`: the handler threw; the message is the handler's own.
 * - `worker-failed`: the worker failed to load or crashed; every waiting call and every later call of
 *   that client is rejected with this.
 * - `unreadable-message`: a call or reply could not be copied between the threads (`messageerror`).
 * - `unavailable`: the browser has no Worker and the client has no inline handler.
 * - `terminated`: the client was terminated while the call waited.
 * - `aborted`: the caller's `AbortSignal` fired first.
 */
export type WorkerErrorCode =
  | 'task-failed'
  | 'worker-failed'
  | 'unreadable-message'
  | 'unavailable'
  | 'terminated'
  | 'aborted';

/** The error every rejected worker call carries; branch on `code`, show `message`. */
export class WorkerCallError extends Error {
  /** What went wrong, see {@link WorkerErrorCode}. */
  readonly code: WorkerErrorCode;

  constructor(code: WorkerErrorCode, message: string) {
    super(message);
    this.name = 'WorkerCallError';
    this.code = code;
  }
}

/** A result or progress value with the buffers to move (not copy) to the other thread. */
export class Transfer<Value> {
  constructor(
    readonly value: Value,
    readonly transfer: readonly Transferable[],
  ) {}
}

/**
 * Marks `value` to be posted with `transfer` moved rather than copied, e.g. a handler returning
 * `withTransfer(result, [result.buffer])`.
 *
 * @param value - the result to post
 * @param transfer - the `ArrayBuffer`s (or other transferables) inside `value`
 * @returns a wrapper that {@link serveWorker} and the inline fallback unwrap
 */
export function withTransfer<Value>(value: Value, transfer: readonly Transferable[]): Transfer<Value> {
  return new Transfer(value, transfer);
}

/** What a handler may use besides its request. */
export interface HandlerContext<Progress> {
  /** Posts a progress value to the caller's `onProgress` (optionally moving `transfer`). */
  progress: (progress: Progress, transfer?: readonly Transferable[]) => void;
}

/**
 * The work a worker does for one request: the same function runs in the worker through
 * {@link serveWorker} and, where there is no Worker, on the page as the client's `inline` fallback.
 * Throw to reject the call (the error's message reaches the caller).
 */
export type WorkerHandler<Request, Result, Progress = never> = (
  request: Request,
  context: HandlerContext<Progress>,
) => Result | Transfer<Result> | Promise<Result | Transfer<Result>>;

/** `value` without its {@link Transfer} wrapper, and the list to move with it. */
export function unwrapTransfer<Value>(value: Value | Transfer<Value>): { value: Value; transfer: Transferable[] } {
  return value instanceof Transfer ? { value: value.value, transfer: [...value.transfer] } : { value, transfer: [] };
}

/** The message of anything thrown (an Error, a DOMException, a string), for a reply. */
export function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}
