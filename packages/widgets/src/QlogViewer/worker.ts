import { parseFiles } from './read-files';
import { rowPage } from './row-page';
import { outlineOf, type ViewerData, viewerData } from './views';
import type { WorkerAnswer, WorkerAsk } from './worker-messages';

// Parses dropped or chosen qlog files off the main thread: receives File objects, posts progress
// now and then, and answers with the outline of the connections (summaries and counts). It keeps
// every row itself and answers page requests with one page of filtered rows, so the page never
// clones or filters a whole 50 MB trace. Errors are answered too, so the page never waits forever.
const scope = self as unknown as Worker;
const post = (answer: WorkerAnswer) => scope.postMessage(answer);
let data: ViewerData | null = null;

async function readFiles(files: File[]) {
  let last = -1;
  try {
    const result = await parseFiles(files, (progress) => {
      const percent = Math.floor(progress.fraction * 100);
      if (percent === last) return;
      last = percent;
      post({ kind: 'progress', progress });
    });
    data = viewerData(result);
    post({ kind: 'done', outline: outlineOf(data) });
  } catch (error) {
    post({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event: MessageEvent<WorkerAsk>) => {
  const ask = event.data;
  if (ask.kind === 'files') {
    void readFiles(ask.files);
    return;
  }
  const rows = data?.connections[ask.request.connection]?.ladder.rows ?? [];
  post({ kind: 'page', id: ask.id, page: rowPage(rows, ask.request) });
};
