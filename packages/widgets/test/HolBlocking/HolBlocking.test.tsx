import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { metricValue } from '../helpers/metric';

vi.mock('../../src/shared/chart/ChartCanvas', () => ({
  ChartCanvas: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const { HolBlocking } = await import('../../src/HolBlocking/HolBlocking');

describe('HolBlocking', () => {
  beforeEach(() => window.history.replaceState(null, '', '/quic/'));

  it('renders percentiles for both protocols and the chart with its table twin', () => {
    render(<HolBlocking />);
    expect(Number(metricValue('hol-tcp-p50'))).toBeGreaterThanOrEqual(Number(metricValue('hol-quic-p50')));
    expect(screen.getByRole('img', { name: /Histogram of per-stream completion times/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Streams per completion-time bin' })).toBeTruthy();
    expect(screen.getByText('What the model assumes')).toBeTruthy();
  });

  it('recomputes inline (no Worker in jsdom) when loss goes to zero', () => {
    render(<HolBlocking />);
    fireEvent.input(screen.getByRole('slider', { name: /Packet loss/ }), { target: { value: '0' } });
    expect(metricValue('hol-mean-blocked')).toBe('0');
    expect(metricValue('hol-tcp-p50')).toBe(metricValue('hol-quic-p50'));
  });

  it('clamps URL values with a notice', () => {
    window.history.replaceState(null, '', '/quic/?hol.n=500&hol.bw=0');
    render(<HolBlocking />);
    const status = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' ');
    expect(status).toContain('clamped to 32');
    expect(status).toContain('clamped to 1');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});
