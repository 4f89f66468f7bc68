import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransportParams } from '../../src/TransportParams/TransportParams';
import { metricValue } from '../helpers/metric';

describe('TransportParams', () => {
  beforeEach(() => window.history.replaceState(null, '', '/quic/'));

  it('starts from 3 and 3 with a local quiche server: works', () => {
    render(<TransportParams />);
    expect(metricValue('tp-outcome')).toBe('works');
    expect(metricValue('tp-client-open')).toBe('3');
    expect(screen.getByRole('slider', { name: "Client's initial_max_streams_uni" })).toBeTruthy();
  });

  it('reproduces scenario B and C from the sliders and the peer selector', () => {
    render(<TransportParams />);
    fireEvent.input(screen.getByRole('slider', { name: "Client's initial_max_streams_uni" }), {
      target: { value: '0' },
    });
    expect(metricValue('tp-outcome')).toBe('close-0xff');
    expect(metricValue('tp-server-open')).toBe('0');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Production edge/ }));
    expect(metricValue('tp-outcome')).toBe('stall');
    expect(metricValue('tp-retransmit-10')).toBe('27573');
    expect(screen.getByRole('table').textContent).toContain('27,573');
  });

  it('clamps URL values with a notice', () => {
    window.history.replaceState(null, '', '/quic/?tp.c=9&tp.peer=cdn');
    render(<TransportParams />);
    const status = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' ');
    expect(status).toContain('clamped to 5');
    expect(status).toContain('Peer behaviour');
    expect(metricValue('tp-server-open')).toBe('4');
  });
});
