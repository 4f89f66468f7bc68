import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { GreaseChecker } from '../../src/GreaseChecker/GreaseChecker';
import { metricValue } from '../helpers/metric';

describe('GreaseChecker', () => {
  beforeEach(() => window.history.replaceState(null, '', '/quic/'));

  it('checks the default 0x40 (N = 1) and lists the trace values', () => {
    render(<GreaseChecker />);
    expect(metricValue('grease-verdict')).toBe('reserved');
    expect(metricValue('grease-n')).toBe('1');
    expect(screen.getAllByRole('button', { name: /^Check 0x/ })).toHaveLength(8);
  });

  it('answers typed values, including hex and huge decimal ones, and explains bad input', () => {
    render(<GreaseChecker />);
    const input = screen.getByLabelText(/^Identifier/);
    fireEvent.input(input, { target: { value: '0x41' } });
    expect(metricValue('grease-verdict')).toBe('not-reserved');
    expect(metricValue('grease-previous')).toBe('64');
    expect(metricValue('grease-next')).toBe('95');
    fireEvent.input(input, { target: { value: '2666898865075330550' } });
    expect(metricValue('grease-n')).toBe('86028995647591307');
    fireEvent.input(input, { target: { value: '0x1f.5' } });
    expect(screen.getByRole('alert').textContent).toMatch(/decimal digits|whole number/);
    expect(metricValue('grease-n')).toBe('86028995647591307');
  });

  it('checks a trace value from its row button', () => {
    render(<GreaseChecker />);
    fireEvent.click(screen.getByRole('button', { name: 'Check 0x17639cff6e3761d' }));
    expect(metricValue('grease-n')).toBe('3397909892029060');
  });
});
