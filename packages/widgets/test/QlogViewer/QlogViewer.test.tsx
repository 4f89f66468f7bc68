import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QlogViewer } from '../../src/QlogViewer/QlogViewer';

const metric = (id: string) => document.querySelector(`[data-metric="${id}"]`);

describe('QlogViewer', () => {
  it('shows the good example as summary numbers, a labelled ladder and a table', () => {
    render(<QlogViewer />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('qlog viewer');
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('7');
    expect(metric('qv-packets-server')?.getAttribute('data-value')).toBe('6');
    expect(metric('qv-close')?.textContent).toContain('0x0 (0)');
    expect(screen.getByRole('img', { name: /Ladder diagram of 13 packets/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: /Packets in good.qlog/ });
    expect(within(table).getAllByRole('row')).toHaveLength(14);
    expect(metric('qv-event-types')?.getAttribute('data-value')).toBe('3');
  });

  it('adopts ?qv.example=stall and calls the silence a stall', async () => {
    window.history.replaceState(null, '', '/?qv.example=stall');
    render(<QlogViewer />);
    await waitFor(() => expect(metric('qv-retransmissions')?.getAttribute('data-value')).toBe('10'));
    expect(metric('qv-verdict')?.textContent).toContain('silent stall');
  });

  it('clamps a bad URL param with a visible notice', async () => {
    window.history.replaceState(null, '', '/?qv.example=nope&qv.frame=%3Cb%3E');
    render(<QlogViewer />);
    await waitFor(() => expect(document.querySelector('.cn-notice')).not.toBeNull());
    const notices = document.querySelector('.cn-notice')?.textContent ?? '';
    expect(notices).toContain('Example trace');
    expect(notices).toContain('Frame type');
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('7');
  });

  it('changes the numbers from the example menu and filters', () => {
    render(<QlogViewer />);
    fireEvent.change(screen.getByLabelText('Example trace'), { target: { value: 'close' } });
    expect(metric('qv-close')?.getAttribute('data-value')).toBe('255');
    fireEvent.change(screen.getByLabelText('Direction'), { target: { value: 'server' } });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('of 5 packets');
  });

  it('moves between table rows with the arrow keys (roving tabindex)', () => {
    render(<QlogViewer />);
    const rows = within(screen.getByRole('table', { name: /Packets in/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows[0]?.focus();
    fireEvent.keyDown(rows[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    expect(rows[1]?.getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(rows[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(rows[rows.length - 1]);
  });

  it('opens a user file with a malformed line: the error names the line, the rest renders', async () => {
    render(<QlogViewer />);
    const RS = '\u001e';
    const text = [
      '{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}',
      '{"time":1,"name":"transport:packet_sent","data":{"header":{"packet_type":"initial","packet_number":0}}}',
      '{"time":2,"name":"transport:packet_rec',
      '{"time":3,"name":"transport:packet_received","data":{"header":{"packet_type":"initial","packet_number":0}}}',
    ]
      .map((l) => `${RS}${l}\n`)
      .join('');
    const file = new File([text], 'mine.sqlog');
    fireEvent.change(screen.getByLabelText(/Open your own qlog/), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('mine.sqlog: line 3: not valid JSON'));
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('1');
    expect(metric('qv-packets-server')?.getAttribute('data-value')).toBe('1');
  });

  it('refuses files over 50 MB with a clear message', async () => {
    render(<QlogViewer />);
    const big = new File(['x'], 'huge.qlog');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText(/Open your own qlog/), { target: { files: [big] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('up to 50 MB'));
  });
  it('opens a client and a server trace dropped together as a two-sided ladder', async () => {
    render(<QlogViewer />);
    const RS = '\u001e';
    const trace = (vantage: string, lines: string[]) =>
      // qlog 0.3 defaults to absolute times; "relative" keeps them as logged (ms since reference_time).
      [
        `{"qlog_version":"0.3","trace":{"vantage_point":{"type":"${vantage}"},"common_fields":{"time_format":"relative"}}}`,
        ...lines,
      ]
        .map((l) => `${RS}${l}\n`)
        .join('');
    const pkt = (t: number, name: string, type: string, pn: number) =>
      `{"time":${t},"name":"transport:${name}","data":{"header":{"packet_type":"${type}","packet_number":${pn}}}}`;
    const client = new File(
      [trace('client', [pkt(0, 'packet_sent', 'initial', 0), pkt(3, 'packet_received', 'initial', 0)])],
      'c.sqlog',
    );
    const server = new File(
      [trace('server', [pkt(1, 'packet_received', 'initial', 0), pkt(2, 'packet_sent', 'initial', 0)])],
      's.sqlog',
    );
    const zone = screen.getByRole('group', { name: 'Your own trace' });
    fireEvent.drop(zone, { dataTransfer: { files: [client, server] } });
    await waitFor(() =>
      expect(screen.getByRole('table', { name: /Packets in/ }).textContent).toContain('peer received at 1 ms'),
    );
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('1');
    expect(metric('qv-packets-server')?.getAttribute('data-value')).toBe('1');
    expect(screen.getByText(/Both endpoints' traces/)).toBeTruthy();
  });

  it('says which version it read, offers a picker for two connections and draws one at a time', async () => {
    render(<QlogViewer />);
    const path = join(import.meta.dirname, '../../../../e2e/fixtures/qlog/pcap2qlog-two-connections-draft-01.qlog');
    const file = new File([readFileSync(path, 'utf8')], 'capture.qlog');
    fireEvent.change(screen.getByLabelText(/Open your own qlog/), { target: { files: [file] } });
    const picker = (await screen.findByLabelText(/^Connection/)) as HTMLSelectElement;
    const status = document.querySelector('.qv-source')?.textContent;
    expect(status).toContain('Detected qlog draft-01, JSON, 2 traces.');
    expect(status).toContain('connection A (network, client flow, qlog draft-01)');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'connection a1a1a1a1: connection A (network, client flow)',
      'connection b2b2b2b2: connection B (network, client flow)',
    ]);
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('3');
    expect(metric('qv-packets-server')?.getAttribute('data-value')).toBe('2');
    fireEvent.change(picker, { target: { value: '1' } });
    expect(metric('qv-close')?.getAttribute('data-value')).toBe('256');
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('1');
  });

  it('refuses a qlog version it cannot read, naming it', async () => {
    render(<QlogViewer />);
    const file = new File(['{"qlog_version":"0.9","traces":[]}'], 'future.qlog');
    fireEvent.change(screen.getByLabelText(/Open your own qlog/), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('qlog_version 0.9, which the viewer cannot read'),
    );
    expect(screen.queryByLabelText(/^Connection/)).toBeNull();
  });
  it('pages a trace with more rows than one page: position as text, labelled buttons, filters restart at row 1', async () => {
    const RS = '\u001e';
    const header = '{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}';
    const events = Array.from(
      { length: 900 },
      (_, pn) =>
        `{"time":${pn},"name":"transport:packet_sent","data":{"header":{"packet_type":"1RTT","packet_number":${pn}}}}`,
    );
    const file = new File([[header, ...events].map((l) => `${RS}${l}\n`).join('')], 'long.sqlog');
    render(<QlogViewer />);
    fireEvent.change(screen.getByLabelText(/Open your own qlog/), { target: { files: [file] } });
    const position = () => metric('qv-page-position')?.textContent;
    await waitFor(() => expect(position()).toBe('Rows 1–400 of 900'));
    expect(metric('qv-packets-client')?.getAttribute('data-value')).toBe('900');
    const previous = screen.getByRole('button', { name: 'Previous 400 rows' }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: 'Next 400 rows' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(next);
    await waitFor(() => expect(position()).toBe('Rows 401–800 of 900'));
    const table = screen.getByRole('table', { name: /Packets in long.sqlog \(rows 401–800 of 900\)/ });
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('1RTT #400');
    fireEvent.click(next);
    await waitFor(() => expect(position()).toBe('Rows 801–900 of 900'));
    expect(next.disabled).toBe(true);
    expect(screen.getByRole('img', { name: /Ladder diagram of 100 packets/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'packet_sent' } });
    await waitFor(() => expect(position()).toBe('Rows 1–400 of 900'));
  });
});
