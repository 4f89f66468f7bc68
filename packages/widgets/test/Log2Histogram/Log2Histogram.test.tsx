import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Log2Histogram } from '../../src/Log2Histogram/Log2Histogram';
import { metricValue } from '../helpers/metric';

describe('Log2Histogram', () => {
  it('renders the seeded sample as bpftrace text and a table', () => {
    render(<Log2Histogram />);
    expect(metricValue('lh-total')).toBe('1000');
    expect(screen.getByRole('region', { name: /as bpftrace prints it/ }).querySelector('pre')?.textContent).toMatch(
      /^@usecs:\n/,
    );
    expect(screen.getByRole('table', { name: 'The same buckets as a table' })).toBeTruthy();
  });

  it('switches to pasted numbers and reports a bad value', () => {
    render(<Log2Histogram />);
    fireEvent.change(screen.getByLabelText('Data'), { target: { value: 'paste' } });
    fireEvent.input(screen.getByLabelText(/Numbers/), { target: { value: '1 2 3 oops 100' } });
    expect(metricValue('lh-total')).toBe('4');
    expect(screen.getByRole('alert').textContent).toContain('Line 1, value 4: "oops"');
    expect(metricValue('lh-count-2')).toBe('1');
  });

  it('clamps out-of-range URL params with a notice', async () => {
    window.history.replaceState(null, '', '/?lh.n=0&lh.seed=3');
    render(<Log2Histogram />);
    await waitFor(() => expect(metricValue('lh-total')).toBe('1'));
    expect(document.querySelector('.cn-notice')?.textContent).toContain('Sample size');
  });
});
