import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLadder } from '../../src/QlogViewer/model';
import { parseQlog } from '../../src/QlogViewer/parse';
import { trailingSilence } from '../../src/QlogViewer/summary';

// Real quiche traces (qlog 0.3 JSON-SEQ) from the QUIC talk's repository, kept outside the
// project (../shared/testdata/qlog, or the folder QLOG_TESTDATA names); never copied in. Skips
// cleanly when absent.
const dir =
  process.env.QLOG_TESTDATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/testdata/qlog');
const read = (name: string) => parseQlog(readFileSync(join(dir, name), 'utf8'), name);

describe.skipIf(!existsSync(dir))('real quiche traces', () => {
  it('scenario A, both traces: a two-sided ladder, HANDSHAKE_DONE, client closes with 0 "kthxbye"', () => {
    const client = read('client-localhost-good.sqlog');
    const server = read('server-localhost-good.sqlog');
    expect([...client.problems, ...server.problems]).toEqual([]);
    const ladder = buildLadder([...client.traces, ...server.traces]);
    expect(ladder.summary.inferred).toBe(false);
    expect(ladder.summary.packets).toEqual({ client: 13, server: 8 });
    expect(ladder.summary.close).toMatchObject({ by: 'client', code: 0, reason: 'kthxbye' });
    expect(ladder.summary.handshakeDone?.loggedBy).toBe('server');
    // Every client packet was logged as received by the server.
    expect(ladder.rows.filter((r) => r.from === 'client').every((r) => r.arrival !== null)).toBe(true);
  });

  it('scenario B, server trace: application close 0xFF "Error opening control stream" at ≈5.2 ms', () => {
    const { traces, problems } = read('server-localhost-streams-uni-0.sqlog');
    expect(problems).toEqual([]);
    expect(traces[0]?.vantage).toBe('server');
    const { summary } = buildLadder(traces);
    expect(summary.close).toMatchObject({ by: 'server', space: 'application', code: 255 });
    expect(summary.close?.reason).toBe('Error opening control stream');
    expect(summary.close?.time).toBeCloseTo(5.206692, 6);
    expect(summary.maxStreamsUni.client).toBe(0);
  });

  it('scenario C, client trace: silence from the edge, backing-off retransmissions, no close', () => {
    const { traces, problems } = read('client-lucaspardue.com-0-streams-uni.sqlog');
    expect(problems).toEqual([]);
    const { rows, summary } = buildLadder(traces);
    expect(summary.close).toBeNull();
    expect(summary.packets.server).toBe(5);
    expect(summary.lastFrom.server).toBeCloseTo(18.329115, 6);
    expect(trailingSilence(summary)?.side).toBe('server');
    expect(trailingSilence(summary)?.ms).toBeGreaterThan(27_000);
    const firstResends = rows.filter((r) => r.retransmission).map((r) => Math.round(r.time));
    expect(firstResends.slice(0, 3)).toEqual([51, 114, 238]);
  });
});
