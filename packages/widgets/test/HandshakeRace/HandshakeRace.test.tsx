import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { HandshakeRace } from '../../src/HandshakeRace/HandshakeRace';
import { metricValue } from '../helpers/metric';

describe('HandshakeRace', () => {
  beforeEach(() => window.history.replaceState(null, '', '/quic/'));

  it('shows round trips and TTFB for all four handshakes at the defaults', () => {
    render(<HandshakeRace />);
    expect(metricValue('hr-tls12-ideal')).toBe('400');
    expect(metricValue('hr-zerortt-ideal')).toBe('100');
    expect(Number(metricValue('hr-quic-expected'))).toBeGreaterThan(200);
    expect(screen.getByRole('table', { name: /Time to first byte/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /QUIC \(1-RTT\) without loss/ })).toBeTruthy();
    expect(screen.getByText('What the model assumes')).toBeTruthy();
  });

  it('recomputes when the RTT slider moves and switches the ladder', () => {
    render(<HandshakeRace />);
    fireEvent.input(screen.getByRole('slider', { name: /Round-trip time/ }), { target: { value: '50' } });
    expect(metricValue('hr-tls13-ideal')).toBe('150');
    fireEvent.change(screen.getByLabelText('Ladder diagram for'), { target: { value: 'tls12' } });
    expect(screen.getByRole('table', { name: /TCP \+ TLS 1.2 without loss/ })).toBeTruthy();
  });

  it('clamps URL values with a notice and never prints NaN', () => {
    window.history.replaceState(null, '', '/quic/?hr.rtt=5000&hr.loss=abc');
    render(<HandshakeRace />);
    const status = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' ');
    expect(status).toContain('clamped to 600');
    expect(status).toContain('not a number');
    expect(metricValue('hr-tls12-ideal')).toBe('2400');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('refuses a bad seed with a specific message and keeps the numbers', () => {
    render(<HandshakeRace />);
    const before = metricValue('hr-quic-p95');
    fireEvent.change(screen.getByLabelText('Simulation seed'), { target: { value: '2.5' } });
    expect(screen.getByRole('alert').textContent).toContain('whole number from 1 to 9999');
    expect(metricValue('hr-quic-p95')).toBe(before);
    fireEvent.change(screen.getByLabelText('Simulation seed'), { target: { value: '42' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
