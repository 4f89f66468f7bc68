import { parseFiles } from './read-files';
import { viewerData } from './views';
import type { WorkerAnswer } from './worker-messages';

// Parses dropped or chosen qlog files off the main thread: receives File objects, posts progress
// now and then, and answers with the connections and ladders to draw (plain data, far smaller
// than the raw events). Errors are answered too, so the page
// never waits forever.
const scope = self as unknown as Worker;

scope.onmessage = async (event: MessageEvent<File[]>) => {
  let last = -1;
  const post = (answer: WorkerAnswer) => scope.postMessage(answer);
  try {
    const result = await parseFiles(event.data, (progress) => {
      const percent = Math.floor(progress.fraction * 100);
      if (percent === last) return;
      last = percent;
      post({ kind: 'progress', progress });
    });
    post({ kind: 'done', data: viewerData(result) });
  } catch (error) {
    post({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
