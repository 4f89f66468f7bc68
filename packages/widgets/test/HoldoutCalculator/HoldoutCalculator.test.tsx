import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoldoutCalculator } from '../../src/HoldoutCalculator/HoldoutCalculator';

afterEach(() => window.history.replaceState(null, '', '/'));
const value = (c: Element, id: string) => c.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value');

describe('HoldoutCalculator', () => {
  it('shows the daily cost and the days to measure precision', () => {
    const { container } = render(<HoldoutCalculator />);
    expect(value(container, 'ho-cost-day')).toBe('1200');
    expect(screen.getByRole('table').textContent).toMatch(/€1,200/);
    expect(screen.getByRole('table').textContent).toMatch(/23\.8 days/);
  });

  it('a larger holdout costs more and learns faster', () => {
    const { container } = render(<HoldoutCalculator />);
    fireEvent.change(screen.getByLabelText('Holdout share (%)'), { target: { value: '5' } });
    expect(value(container, 'ho-cost-day')).toBe('6000');
    expect(Number(value(container, 'ho-days-precision'))).toBeCloseTo(381 / 80, 9);
  });

  it('offers the power as a choice (default 80 %), shows the power reached and keeps it in the URL', async () => {
    const { container } = render(<HoldoutCalculator />);
    const power = screen.getByLabelText('Chance of detecting the drop (power)') as HTMLSelectElement;
    expect(power.value).toBe('0.8');
    expect(screen.getByRole('table').textContent).toMatch(/two windows of 305 cases/);
    fireEvent.change(power, { target: { value: '0.95' } });
    expect(Number(value(container, 'ho-power'))).toBeGreaterThanOrEqual(0.95);
    await waitFor(() => expect(window.location.search).toContain('ho.power=0.95'));
  });

  it('warns when the drop asked for is larger than the precision', () => {
    window.history.replaceState(null, '', '/?ho.precision=0.05&ho.drop=0.1');
    render(<HoldoutCalculator />);
    expect(screen.getByRole('alert').textContent).toMatch(/at least the precision itself/);
  });

  it('clamps typed-in values with a notice, and bad URL params too', () => {
    window.history.replaceState(null, '', '/?ho.fraud=7');
    render(<HoldoutCalculator />);
    fireEvent.change(screen.getByLabelText('Holdout share (%)'), { target: { value: '90' } });
    const text = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' ');
    expect(text).toMatch(/Fraud rate: 7 is outside/);
    expect(text).toMatch(/Holdout share: 90 is outside/);
  });
});
