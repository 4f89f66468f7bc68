import {
  type HandlerContext,
  messageOf,
  unwrapTransfer,
  type WorkerCall,
  type WorkerHandler,
  type WorkerReply,
} from './protocol';

/** The parts of a worker's global scope the host uses (a fake in tests). */
export interface WorkerScope {
  postMessage: (message: unknown, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * Answers the page's calls inside a worker: runs `handler` for each {@link WorkerCall} and posts
 * its progress, then its result or the message of what it threw, all with the call's id. A call
 * that cannot be read (`messageerror`) is answered with a `fatal` reply, so the page never waits
 * forever; nor does a result that cannot be copied back (it becomes an error reply). Calls run as they arrive; an async handler may overlap with the next call.
 *
 * @example
 * // worker.ts
 * serveWorker<SimParams, SimResult>((params) => simulate(params));
 *
 * @param handler - the work for one request (the same function can be the client's `inline`)
 * @param scope - the worker's global scope; defaults to `self`
 */
export function serveWorker<Request, Result, Progress = never>(
  handler: WorkerHandler<Request, Result, Progress>,
  scope: WorkerScope = self as unknown as WorkerScope,
): void {
  const post = (reply: WorkerReply<Result, Progress>, transfer: Transferable[] = []) =>
    scope.postMessage(reply, transfer);
  scope.onmessage = (event: MessageEvent<WorkerCall<Request>>) => {
    const { id, request } = event.data;
    const context: HandlerContext<Progress> = {
      progress: (progress, transfer = []) => post({ kind: 'progress', id, progress }, [...transfer]),
    };
    Promise.resolve()
      .then(() => handler(request, context))
      .then(
        (answer) => {
          const { value, transfer } = unwrapTransfer(answer);
          try {
            post({ kind: 'result', id, result: value }, transfer);
          } catch (error) {
            post({ kind: 'error', id, message: `The result could not be sent back: ${messageOf(error)}` });
          }
        },
        (error: unknown) => post({ kind: 'error', id, message: messageOf(error) }),
      );
  };
  scope.onmessageerror = () => post({ kind: 'fatal', message: 'it could not read a request' });
}
