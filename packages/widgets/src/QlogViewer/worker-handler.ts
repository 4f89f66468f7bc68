import type { WorkerHandler } from '../shared/worker/protocol';
import { parseFiles } from './read-files';
import { pageOf } from './row-source';
import type { ParseProgress } from './types';
import { outlineOf, type ViewerData, viewerData } from './views';
import type { QlogRequest, QlogResult } from './worker-messages';

/**
 * The qlog Worker's work, apart from the Worker so it can be tested: `files` parses dropped or
 * chosen files (reporting progress once per whole percent) and keeps every row here, answering
 * with the outline; `page` answers with one page of filtered rows, so the page never clones or
 * filters a whole 50 MB trace. A parse error is thrown, so it reaches the page as the call's error.
 */
export function createQlogHandler(): WorkerHandler<QlogRequest, QlogResult, ParseProgress> {
  let data: ViewerData | null = null;
  return async (ask, { progress }) => {
    if (ask.kind === 'page') {
      return { kind: 'page', page: pageOf(data ?? { connections: [], problems: [], formats: [] }, ask.request) };
    }
    let last = -1;
    const result = await parseFiles(ask.files, (step) => {
      const percent = Math.floor(step.fraction * 100);
      if (percent === last) return;
      last = percent;
      progress(step);
    });
    data = viewerData(result);
    return { kind: 'outline', outline: outlineOf(data) };
  };
}
