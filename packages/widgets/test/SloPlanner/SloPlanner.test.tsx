import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SloPlanner } from '../../src/SloPlanner/SloPlanner';

const metric = (container: Element, id: string) => container.querySelector(`[data-metric="${id}"]`);

// jsdom has no canvas; the chart is checked in the browser (e2e). Its numbers are in the table.
vi.mock('../../src/shared/chart/ChartCanvas', () => ({
  ChartCanvas: ({ label }: { label: string }) => <canvas role="img" aria-label={label} />,
}));
describe('SloPlanner', () => {
  it('renders the default budget, alert table and incident as text', () => {
    const { container } = render(<SloPlanner />);
    expect(screen.getByRole('heading', { level: 3, name: /SLO, error budget/ })).toBeTruthy();
    expect(metric(container, 'slo-budget-minutes')?.textContent).toBe('43.2 min');
    expect(metric(container, 'slo-alert-1-spent')?.textContent).toBe('2.00%');
    expect(metric(container, 'slo-alert-1-detect')?.textContent).toBe('51.8 s');
    expect(metric(container, 'slo-incident-alert-3')?.textContent).toBe('does not fire');
    expect(metric(container, 'slo-budget-left')?.textContent).toBe('73.1%');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('recomputes when the target changes, and keeps the last valid value on bad input', () => {
    const { container } = render(<SloPlanner />);
    const target = screen.getByLabelText('SLO target');
    fireEvent.input(target, { target: { value: '99.99' } });
    expect(metric(container, 'slo-budget-minutes')?.textContent).toBe('4.32 min');
    fireEvent.input(target, { target: { value: '120' } });
    expect(container.textContent).toContain('SLO target: 120 is outside 90–99.999; still using 99.99.');
    expect(metric(container, 'slo-budget-minutes')?.textContent).toBe('4.32 min');
  });

  it('reads the URL on hydration, clamps bad params with a notice', () => {
    window.history.replaceState(null, '', '/?slo.target=99.95&slo.window=7&slo.err=500');
    const { container } = render(<SloPlanner />);
    expect(metric(container, 'slo-budget-minutes')?.getAttribute('data-value')).toMatch(/^5\.03/); // 0.0005 × 10080
    expect(container.textContent).toContain('Incident error rate (%): 500 is outside 0–100, so it was clamped to 100.');
  });

  it("shows each alert's reset time, scales the burn rates to a 7-day window, and warns on low traffic", () => {
    window.history.replaceState(null, '', '/?slo.window=7&slo.rps=0.001');
    const { container } = render(<SloPlanner />);
    // Reset: 5 min × (1 − 3.36 × 0.1 %) = 4.983 min → "4.98 min".
    expect(metric(container, 'slo-alert-1-reset')?.textContent).toBe('4.98 min');
    expect(metric(container, 'slo-default-burns')?.getAttribute('data-value')).toBe('3.36,1.4,0.233333333333');
    expect((screen.getByLabelText('Burn rate', { selector: '#slo-planner-a1b' }) as HTMLInputElement).value).toBe(
      '3.36',
    );
    // 0.001 req/s × 7 d = 604.8 requests; 0.1 % is 0.605 bad requests.
    expect(metric(container, 'slo-low-traffic')?.textContent).toMatch(/0\.605 bad requests per window/);
  });

  it('adds a journey and reports that it lacks an SLO and an SLI', () => {
    const { container } = render(<SloPlanner />);
    expect(metric(container, 'slo-journey-problems')?.getAttribute('data-value')).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Add a user journey' }));
    expect(metric(container, 'slo-journey-problems')?.getAttribute('data-value')).toBe('5');
    expect(container.textContent).toContain('Journey 4 has no SLO');
  });

  it('shows a notice and the sample journeys for a damaged journeys link', () => {
    window.history.replaceState(null, '', '/?slo.j=notcompressed!!');
    const { container } = render(<SloPlanner />);
    expect(container.textContent).toContain('The shared state in the link is damaged');
    expect(container.textContent).toContain('Get a prediction');
  });
});
