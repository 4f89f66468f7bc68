// `pnpm --filter @confnotes/widgets bench`: a 50 MB qlog 0.3 JSON-SEQ trace. Parsing and the
// ladder run in the Worker (target < 5 s, with progress every 4,096 events). The Worker keeps the
// rows and answers page requests (filter + one page, target < 200 ms in the Worker); the page only
// clones the outline and one page (target < 50 ms) so the tab never freezes.
import { bench, describe } from 'vitest';
import { MAX_QLOG_BYTES, parseQlog } from '../src/QlogViewer/parse';
import { rowPage } from '../src/QlogViewer/row-page';
import { outlineOf, viewerData } from '../src/QlogViewer/views';

const RS = '\u001e';

/** A deterministic client trace of about `bytes` bytes: packets sent and acknowledged in turn. */
function bigTrace(bytes: number): string {
  const parts = [`${RS}{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}\n`];
  let size = parts[0]?.length ?? 0;
  for (let pn = 0; size < bytes; pn++) {
    const type = pn % 2 === 0 ? 'packet_sent' : 'packet_received';
    const line = `${RS}{"time":${(pn * 0.25).toFixed(2)},"name":"transport:${type}","data":{"header":{"packet_type":"1RTT","packet_number":${pn >> 1}},"raw":{"length":1200},"frames":[{"frame_type":"stream","stream_id":0,"offset":${pn * 1100},"length":1100},{"frame_type":"ack","acked_ranges":[[0,${pn >> 1}]]}]}}\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

const text = bigTrace(MAX_QLOG_BYTES - 1024);
const parsed = parseQlog(text, 'big.sqlog');
const data = viewerData(parsed);
const filter = { event: 'all' as const, direction: 'both' as const, frame: '', marked: true };

describe(`qlog viewer, ${Math.round(text.length / 1e6)} MB JSON-SEQ (${parsed.traces[0]?.events.length} events)`, () => {
  const once = { iterations: 2, warmupIterations: 0 };
  bench(
    'in the Worker: parse + connections, ladder and event counts',
    () => {
      viewerData(parseQlog(text, 'big.sqlog'));
    },
    once,
  );
  const rows = data.connections[0]?.ladder.rows ?? [];
  bench('in the Worker: one page request (filter every row, cut 400)', () => {
    rowPage(rows, { connection: 0, filter, offset: 400 });
  });
  const page = rowPage(rows, { connection: 0, filter, offset: 0 });
  const outline = outlineOf(data);
  bench('on the page: structured clone of the outline and one page', () => {
    structuredClone(outline);
    structuredClone(page);
  });
});
