import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFilesOffThread } from '../../src/QlogViewer/load';
import type { ParseProgress } from '../../src/QlogViewer/types';
import { createQlogHandler } from '../../src/QlogViewer/worker-handler';
import { FakeWorker, ServedWorker } from '../shared/worker/fake-worker';

const RS = '\u001e';
const packet = (n: number) =>
  `${RS}{"time":${n},"name":"transport:packet_sent","data":{"header":{"packet_type":"1RTT","packet_number":${n}}}}\n`;
const TRACE = `${RS}{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}\n${Array.from({ length: 450 }, (_, n) => packet(n)).join('')}`;
const files = () => [new File([TRACE], 'client.sqlog')];
const ALL = { event: 'all', direction: 'both', frame: '', marked: false } as const;

/** Stubs the global Worker with `make`, remembering each one started. */
function stubWorker(make: () => FakeWorker): FakeWorker[] {
  const started: FakeWorker[] = [];
  vi.stubGlobal(
    'Worker',
    vi.fn(function start() {
      const worker = make();
      started.push(worker);
      return worker;
    }),
  );
  return started;
}

describe('parseFilesOffThread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses in the Worker, reports progress, and pages rows from it until closed', async () => {
    const started = stubWorker(() => new ServedWorker(createQlogHandler()));
    const progress: ParseProgress[] = [];
    const source = await parseFilesOffThread(files(), (p) => progress.push(p));
    expect(source.local).toBeNull();
    expect(source.outline.connections[0]?.rowCount).toBe(450);
    expect(progress.length).toBeGreaterThan(0);
    const page = await source.ask({ connection: 0, filter: ALL, offset: 400 });
    expect(page.offset).toBe(400);
    expect(page.rows.map((r) => r.packetNumber)).toEqual(Array.from({ length: 50 }, (_, i) => 400 + i));
    const waiting = source.ask({ connection: 0, filter: ALL, offset: 0 });
    source.close();
    expect(started[0]?.terminated).toBe(true);
    expect(await waiting).toEqual({ rows: [], matching: 0, offset: 0 });
    expect(await source.ask({ connection: 0, filter: ALL, offset: 0 })).toEqual({ rows: [], matching: 0, offset: 0 });
    expect(started).toHaveLength(1);
  });

  it('shows why when parsing throws in the Worker', async () => {
    const started = stubWorker(
      () =>
        new ServedWorker(() => {
          throw new Error('out of memory');
        }),
    );
    const source = await parseFilesOffThread(files());
    expect(source.outline.problems.map((p) => p.message)).toEqual(['Parsing failed: out of memory']);
    expect(started[0]?.terminated).toBe(true);
  });

  it('parses on this thread when the Worker fails to load', async () => {
    const started = stubWorker(() => {
      const worker = new FakeWorker();
      worker.postMessage = () => queueMicrotask(() => worker.fail());
      return worker;
    });
    const source = await parseFilesOffThread(files());
    expect(started[0]?.terminated).toBe(true);
    expect(source.local?.connections[0]?.ladder.rows).toHaveLength(450);
  });

  it('parses on this thread where there is no Worker', async () => {
    const source = await parseFilesOffThread(files());
    expect(source.local?.connections).toHaveLength(1);
  });
});
