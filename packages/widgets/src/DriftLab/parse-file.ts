import type { HandlerContext } from '../shared/worker/protocol';
import { type Transfer, withTransfer } from '../shared/worker/protocol';
import { type ParsedData, parseData } from './parse';
import { type ReadProgress, readSource } from './read-source';

/** One file (or pasted text) to read into numeric columns. */
export interface ParseRequest {
  source: Blob | string;
}

/**
 * Reads and parses one file, reporting progress, and hands back its columns with their
 * `Float64Array` buffers marked for transfer (moved to the page, not copied). The parse worker's
 * handler, and the inline fallback where no worker starts.
 */
export async function parseFile(
  request: ParseRequest,
  context: HandlerContext<ReadProgress>,
): Promise<Transfer<ParsedData>> {
  const text = await readSource(request.source, context.progress);
  const total = typeof request.source === 'string' ? request.source.length : request.source.size;
  context.progress({ phase: 'parsing', loaded: total, total });
  const data = parseData(text);
  return withTransfer(
    data,
    data.columns.map((c) => c.numbers.buffer),
  );
}
