import { describe, expect, it } from 'vitest';
import { eventCounts } from '../../src/QlogViewer/event-counts';
import { loadExample } from '../../src/QlogViewer/examples';

describe('eventCounts', () => {
  it('counts every event type per endpoint, most frequent first', () => {
    const counts = eventCounts(loadExample('good').traces);
    // Hand count from examples/qlog/good.qlog: client 7 sent, 6 received, 2 parameters_set; server 6, 7, 1.
    expect(counts).toEqual([
      { name: 'quic:packet_received', client: 6, server: 7, unknown: 0 },
      { name: 'quic:packet_sent', client: 7, server: 6, unknown: 0 },
      { name: 'quic:parameters_set', client: 2, server: 1, unknown: 0 },
    ]);
  });

  it('is empty for no traces', () => {
    expect(eventCounts([])).toEqual([]);
  });
});
