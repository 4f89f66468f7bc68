import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DriftLab } from '../../src/DriftLab/DriftLab';

vi.mock('../../src/shared/chart/ChartCanvas', () => ({
  ChartCanvas: ({ label }: { label: string }) => <canvas role="img" aria-label={label} />,
}));

const paste = (side: 'reference' | 'current', text: string) => {
  const box = screen.getByLabelText(`${side === 'reference' ? 'Reference' : 'Current'} data as text`);
  fireEvent.input(box, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: `Use pasted ${side} data` }));
};

const column = (n: number, shift: number) => Array.from({ length: n }, (_, i) => String(((i * 37) % 101) / 10 + shift));

describe('DriftLab with pasted data', () => {
  it('reads both samples, reports the bad row with its line, and shows the metrics', async () => {
    const { container } = render(<DriftLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Your own data' }));
    paste('reference', ['score', ...column(60, 0)].join('\n'));
    paste('current', ['score', ...column(50, 1), '', 'n/a', ...column(10, 1)].join('\n'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/line 53: “n\/a”/));
    await waitFor(() =>
      expect(container.querySelector('[data-metric="ks-pvalue"]')?.getAttribute('data-state')).toBe('final'),
    );
    const empty = Number(container.querySelector('[data-metric="empty-share-current"]')?.getAttribute('data-value'));
    expect(empty).toBeCloseTo(1 / 62, 12);
    expect(container.textContent).toMatch(/1 empty cells/);
  });

  it('says what is wrong with unusable text instead of blanking', async () => {
    render(<DriftLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Your own data' }));
    paste('reference', 'name\nalpha\nbeta\n');
    await waitFor(() => expect(screen.getAllByRole('alert')[0]?.textContent).toMatch(/no column with numbers/));
    expect(screen.getByText(/Load both a reference and a current file/)).toBeTruthy();
  });
});
