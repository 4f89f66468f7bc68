import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { KernelAggregation } from '../../src/KernelAggregation/KernelAggregation';
import { metricValue } from '../helpers/metric';

describe('KernelAggregation', () => {
  it('shows both strategies and labels the defaults as assumptions', () => {
    render(<KernelAggregation />);
    expect(metricValue('ka-export-bytes')).toBe('6400000');
    expect(metricValue('ka-bytes-factor')).toBe('400');
    expect(screen.getByText(/illustrative assumptions, not measurements/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Overhead per second' })).toBeTruthy();
  });

  it('recomputes when an input changes', () => {
    render(<KernelAggregation />);
    fireEvent.input(screen.getByLabelText('Events per second'), { target: { value: '200000' } });
    expect(metricValue('ka-export-bytes')).toBe('12800000');
  });

  it('explains a typed value outside the range and keeps computing with the last valid one', () => {
    render(<KernelAggregation />);
    const cores = screen.getByLabelText('CPU cores');
    fireEvent.input(cores, { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('CPU cores: 0 is outside 1–4096; still using 8.');
    expect(cores.getAttribute('aria-invalid')).toBe('true');
    expect(metricValue('ka-export-bytes')).toBe('6400000');
  });

  it('says "more CPU" when the map costs more, and never "infinitely less"', () => {
    // 1 000 000 keys read every 0.01 s at 1000 ns each: 1e8 reads/s × 1000 ns = 100 cores for the
    // map against 100 000 × 1000 ns = 0.1 core for exporting: 1000× more CPU.
    window.history.replaceState(null, '', '/?ka.keys=1000000&ka.interval=0.01');
    const { unmount } = render(<KernelAggregation />);
    const verdict = () => document.querySelector('.ka-verdict')?.textContent ?? '';
    expect(verdict()).toContain('1,000× more CPU');
    unmount();
    window.history.replaceState(null, '', '/?ka.copyNs=0&ka.countNs=0');
    render(<KernelAggregation />);
    expect(verdict()).toContain('uses no CPU, and neither does exporting every event');
    expect(verdict()).not.toContain('infinitely');
  });

  it('clamps URL params with a notice', async () => {
    window.history.replaceState(null, '', '/?ka.cores=0&ka.rate=abc');
    render(<KernelAggregation />);
    await waitFor(() => expect(document.querySelector('.cn-notice')?.textContent).toContain('CPU cores'));
    expect(metricValue('ka-export-share')).toBe('0.1');
  });
});
