import { describe, expect, it } from 'vitest';
import type { RowFilter } from '../../src/QlogViewer/filter';
import type { PacketRow } from '../../src/QlogViewer/ladder-types';
import { buildLadder } from '../../src/QlogViewer/model';
import { pagePosition, pageStart, ROWS_PER_PAGE, rowPage } from '../../src/QlogViewer/row-page';
import { localSource } from '../../src/QlogViewer/row-source';
import type { ViewerData } from '../../src/QlogViewer/views';

const ALL: RowFilter = { event: 'all', direction: 'both', frame: '', marked: false };

/** `n` rows alternating client / server, every third a retransmission. */
function rows(n: number): PacketRow[] {
  return Array.from({ length: n }, (_, id) => ({
    id,
    time: id,
    arrival: null,
    from: id % 2 === 0 ? 'client' : 'server',
    kind: 'packet_sent',
    packetType: '1RTT',
    packetNumber: id >> 1,
    size: 1200,
    frames: [{ type: 'stream', text: 'STREAM 0' }],
    handshakeDone: false,
    close: null,
    retransmission: id % 3 === 0,
  }));
}

const data = (n: number): ViewerData => ({
  connections: [{ label: 'one', traces: [], ladder: { rows: rows(n), summary: buildLadder([]).summary }, counts: [] }],
  problems: [],
  formats: [],
});

describe('pageStart', () => {
  it('rounds down to a page boundary and stays within the matching rows', () => {
    expect(pageStart(0, 1000)).toBe(0);
    expect(pageStart(399, 1000)).toBe(0);
    expect(pageStart(400, 1000)).toBe(400);
    expect(pageStart(950, 1000)).toBe(800);
    expect(pageStart(5000, 1000)).toBe(800);
    expect(pageStart(800, 800)).toBe(400);
  });
  it('falls back to 0 for nothing to show, negative or non-finite offsets', () => {
    expect(pageStart(400, 0)).toBe(0);
    expect(pageStart(-400, 1000)).toBe(0);
    expect(pageStart(Number.NaN, 1000)).toBe(0);
  });
});

describe('rowPage', () => {
  it('cuts one page of the matching rows and counts all of them', () => {
    const page = rowPage(rows(1000), { connection: 0, filter: ALL, offset: 400 });
    expect(page.matching).toBe(1000);
    expect(page.offset).toBe(400);
    expect(page.rows).toHaveLength(ROWS_PER_PAGE);
    expect(page.rows[0]?.id).toBe(400);
    const last = rowPage(rows(1000), { connection: 0, filter: ALL, offset: 800 });
    expect(last.rows.map((r) => r.id)).toEqual(Array.from({ length: 200 }, (_, i) => 800 + i));
  });
  it('filters before paging, so counts and pages follow the filter', () => {
    const filter: RowFilter = { ...ALL, direction: 'server', marked: true };
    // Server rows are odd ids; retransmissions are multiples of 3: odd multiples of 3 below 3000.
    const page = rowPage(rows(3000), { connection: 0, filter, offset: 400 });
    expect(page.matching).toBe(500);
    expect(page.offset).toBe(400);
    expect(page.rows[0]?.id).toBe(3 + 6 * 400);
    expect(page.rows).toHaveLength(100);
  });
  it('answers an empty page when nothing matches', () => {
    const page = rowPage(rows(10), { connection: 0, filter: { ...ALL, frame: 'ack' }, offset: 400 });
    expect(page).toEqual({ rows: [], matching: 0, offset: 0 });
  });
});

describe('pagePosition', () => {
  it('says which rows are shown, 1-based, with thousands separators', () => {
    expect(pagePosition(rowPage(rows(12345), { connection: 0, filter: ALL, offset: 400 }))).toBe(
      'Rows 401–800 of 12,345',
    );
    expect(pagePosition({ rows: [], matching: 0, offset: 0 })).toBe('No rows');
  });
});

describe('row sources', () => {
  it('a local source cuts the same page the Worker would', async () => {
    const source = localSource(data(900));
    expect(source.outline.connections[0]?.rowCount).toBe(900);
    expect(source.outline.connections[0]?.frameTypes).toEqual(['stream']);
    const page = await source.ask({ connection: 0, filter: ALL, offset: 800 });
    expect(page.rows.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => 800 + i));
  });
});
