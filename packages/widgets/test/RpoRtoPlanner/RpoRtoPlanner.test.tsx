import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RpoRtoPlanner } from '../../src/RpoRtoPlanner/RpoRtoPlanner';

vi.mock('../../src/shared/chart/ChartCanvas', () => ({
  ChartCanvas: ({ label }: { label: string }) => <canvas role="img" aria-label={label} />,
}));
afterEach(() => window.history.replaceState(null, '', '/'));
const metric = (c: Element, id: string) => c.querySelector(`[data-metric="${id}"]`);

describe('RpoRtoPlanner', () => {
  it('renders the default plan and its timeline as text', () => {
    const { container } = render(<RpoRtoPlanner />);
    expect(screen.getByRole('heading', { level: 3, name: 'RPO/RTO planner' })).toBeTruthy();
    expect(metric(container, 'rr-rpo')?.textContent).toContain('misses the 15 min target');
    expect(metric(container, 'rr-rto')?.getAttribute('data-value')).toMatch(/^211\.66/);
    expect(metric(container, 'rr-phase-3')?.textContent).toBe('2 h 47 min');
    expect(screen.getByRole('img', { name: /Timeline around the disaster/ })).toBeTruthy();
  });

  it('switching to an async replica makes both targets met', () => {
    const { container } = render(<RpoRtoPlanner />);
    fireEvent.change(screen.getByLabelText('Replication'), { target: { value: 'async' } });
    expect(metric(container, 'rr-path')?.getAttribute('data-value')).toBe('failover');
    expect(metric(container, 'rr-rto')?.textContent).toContain('50 min ✓ meets');
    expect(container.textContent).toContain('Nothing: both targets are met.');
  });

  it('rejects a negative throughput with a specific message and keeps the last value', () => {
    const { container } = render(<RpoRtoPlanner />);
    fireEvent.input(screen.getByLabelText('Restore throughput'), { target: { value: '-5' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Restore throughput: -5 is outside 0.1–100000; still using 200.',
    );
    expect(metric(container, 'rr-rto')?.getAttribute('data-value')).toMatch(/^211\.66/);
  });

  it('clamps an absurd URL value with a notice', () => {
    window.history.replaceState(null, '', '/?rr.mbps=0&rr.repl=magic');
    const { container } = render(<RpoRtoPlanner />);
    expect(container.textContent).toContain(
      'Restore throughput (MB/s): 0 is outside 0.1–100000, so it was clamped to 0.1.',
    );
    expect(container.textContent).toContain('Replication: "magic" is not one of none, async, sync');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
