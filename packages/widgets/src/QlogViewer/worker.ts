import { parseFiles } from './read-files';

// Parses dropped or chosen qlog files off the main thread: receives File objects, answers with
// a ParseResult (plain data). Errors are answered too, so the page never waits forever.
const scope = self as unknown as Worker;

scope.onmessage = async (event: MessageEvent<File[]>) => {
  try {
    scope.postMessage({ ok: true, result: await parseFiles(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
