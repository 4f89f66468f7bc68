import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DriftLab } from '../../src/DriftLab/DriftLab';

// jsdom has no canvas; the charts are checked in the browser (e2e). Their numbers are in tables.
vi.mock('../../src/shared/chart/ChartCanvas', () => ({
  ChartCanvas: ({ label }: { label: string }) => <canvas role="img" aria-label={label} />,
}));

const value = (c: Element, id: string) => c.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value') ?? '';

describe('DriftLab', () => {
  it('renders every metric with a value and a verdict, then the exact KS p-value', async () => {
    const { container } = render(<DriftLab />);
    expect(screen.getByRole('heading', { name: 'Drift Lab' })).toBeTruthy();
    for (const id of [
      'ks-statistic',
      'ks-pvalue',
      'w1',
      'w1-normed',
      'psi',
      'js',
      'median-delta',
      'empty-share-current',
    ]) {
      expect(Number.isFinite(Number(value(container, id))), id).toBe(true);
    }
    expect(screen.getByRole('table', { name: /Metrics, thresholds and verdicts/ }).textContent).toMatch(/Alert/);
    await waitFor(() =>
      expect(container.querySelector('[data-metric="ks-pvalue"]')?.getAttribute('data-state')).toBe('final'),
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('moving the shift slider changes the numbers', () => {
    const { container } = render(<DriftLab />);
    const before = value(container, 'median-delta');
    fireEvent.input(screen.getByLabelText('Shift'), { target: { value: '2' } });
    expect(value(container, 'median-delta')).not.toBe(before);
    expect(Number(value(container, 'median-delta'))).toBeGreaterThan(20);
  });

  it('switching to sample-size-aware thresholds changes the PSI threshold', () => {
    render(<DriftLab />);
    const row = () => screen.getByRole('table', { name: /Metrics/ }).querySelector('[data-row="psi"]')?.textContent;
    expect(row()).toMatch(/0\.25/);
    fireEvent.click(screen.getByLabelText('Sample-size-aware'));
    expect(row()).not.toMatch(/≥ 0\.25/);
  });

  it('reads its state from the URL and reports clamped params', () => {
    window.history.replaceState(null, '', '/?dl.preset=no-change&dl.shift=0&dl.spread=1&dl.nref=7');
    const { container } = render(<DriftLab />);
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toMatch(/Reference size: 7 is outside/);
    expect((screen.getByLabelText('Reference size') as HTMLInputElement).value).toBe('20');
    expect(container.querySelectorAll('[data-row]').length).toBe(6);
  });

  it('offers two labelled file inputs and says the data stays local', () => {
    render(<DriftLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Your own data' }));
    expect(screen.getByLabelText('Reference data', { exact: true })).toBeTruthy();
    expect(screen.getByLabelText('Current data', { exact: true })).toBeTruthy();
    expect(screen.getByText(/never leaves this browser/)).toBeTruthy();
  });

  it('an edited threshold changes the verdict and goes into the URL', async () => {
    render(<DriftLab />);
    const row = () => screen.getByRole('table', { name: /Metrics/ }).querySelector('[data-row="psi"]');
    expect(row()?.getAttribute('data-verdict')).toBe('alert');
    fireEvent.change(screen.getByLabelText('Population Stability Index: alert at'), { target: { value: '0.5' } });
    expect(row()?.getAttribute('data-verdict')).toBe('warn');
    await waitFor(() => expect(window.location.search).toContain('dl.t=psi*0.1*0.5'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset thresholds' }));
    expect(row()?.getAttribute('data-verdict')).toBe('alert');
  });

  it('accepts a dropped file', async () => {
    const { container } = render(<DriftLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Your own data' }));
    const zone = screen.getByLabelText('Reference data', { exact: true }).closest('fieldset') as HTMLElement;
    const file = new File(['value\n1\n2\n3\n'], 'drop.csv', { type: 'text/csv' });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(container.textContent).toMatch(/drop\.csv: one value per line, 3 rows/));
  });
});
