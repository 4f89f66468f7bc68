import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { StreamIdDecoder } from '../../src/StreamIdDecoder/StreamIdDecoder';
import { metricValue } from '../helpers/metric';

describe('StreamIdDecoder', () => {
  beforeEach(() => window.history.replaceState(null, '', '/quic/'));

  it('decodes the default ID 7 and lists the talk streams in a table', () => {
    render(<StreamIdDecoder />);
    expect(screen.getByRole('heading', { level: 3, name: 'Stream-ID decoder' })).toBeTruthy();
    expect(metricValue('sid-initiator')).toBe('server');
    expect(metricValue('sid-direction')).toBe('unidirectional');
    expect(metricValue('sid-sequence')).toBe('1');
    expect(metricValue('sid-role')).toBe('server QPACK encoder stream');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(10);
  });

  it('follows typing, and keeps the last valid value with an alert for bad input', () => {
    render(<StreamIdDecoder />);
    const input = screen.getByLabelText('Stream ID');
    fireEvent.input(input, { target: { value: '0x0e' } });
    expect(metricValue('sid-role')).toBe('client stream of a reserved (GREASE) type');
    fireEvent.input(input, { target: { value: '-2' } });
    expect(screen.getByRole('alert').textContent).toContain('cannot be negative');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(metricValue('sid-sequence')).toBe('3');
  });

  it('loads a talk ID from its button', () => {
    render(<StreamIdDecoder />);
    fireEvent.click(screen.getByRole('button', { name: '10' }));
    expect(metricValue('sid-summary')).toBe("the client's 3rd unidirectional stream");
    expect(screen.getByRole('button', { name: '10' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('adopts the URL, and replaces an out-of-range link value with a notice', () => {
    window.history.replaceState(null, '', '/quic/?sid.id=0x3');
    const { unmount } = render(<StreamIdDecoder />);
    expect(metricValue('sid-initiator')).toBe('server');
    unmount();
    window.history.replaceState(null, '', '/quic/?sid.id=9999999999999999999');
    render(<StreamIdDecoder />);
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('above 2^62 − 1');
    expect(metricValue('sid-sequence')).toBe('1');
  });
});
