import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RowPage, RowPageRequest } from './row-page';
import { pageOf, type RowSource } from './row-source';

/** Shown before the Worker's first page arrives. */
const EMPTY_PAGE: RowPage = { rows: [], matching: 0, offset: 0 };

/**
 * The page of rows `request` asks for from `source`: cut at once when the rows are on this
 * thread (so the examples render on the server and without JS), otherwise asked of the Worker;
 * until its answer arrives the previous page stays shown, and answers to replaced requests are
 * dropped. `pending` is true while an answer is awaited.
 */
export function useRowPage(source: RowSource, request: RowPageRequest): { page: RowPage; pending: boolean } {
  const key = JSON.stringify(request);
  const local = useMemo(() => (source.local ? pageOf(source.local, request) : null), [source, key]);
  const [answer, setAnswer] = useState<{ source: RowSource; key: string; page: RowPage } | null>(null);
  useEffect(() => {
    if (source.local) return;
    let wanted = true;
    void source.ask(request).then((page) => {
      if (wanted) setAnswer({ source, key, page });
    });
    return () => {
      wanted = false;
    };
  }, [source, key]);
  if (local) return { page: local, pending: false };
  const fresh = answer?.source === source;
  return { page: fresh ? answer.page : EMPTY_PAGE, pending: !fresh || answer.key !== key };
}
