import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MlTestScore } from '../../src/MlTestScore/MlTestScore';

const metric = (container: Element, id: string) =>
  container.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value');

describe('MlTestScore', () => {
  it('renders the example board with its final score, band and section table', () => {
    const { container } = render(<MlTestScore />);
    expect(screen.getByRole('heading', { name: 'ML Test Score calculator' })).toBeTruthy();
    expect(metric(container, 'mts-final')).toBe('1');
    expect(container.querySelector('[data-metric="mts-band"]')?.textContent).toMatch(/serious holes/);
    expect(screen.getByRole('table').textContent).toContain('Monitoring');
    expect(screen.getAllByRole('combobox')).toHaveLength(28);
  });

  it('changing a test level moves the section sum and the final score', () => {
    const { container } = render(<MlTestScore />);
    const select = screen.getByLabelText('Models are not too stale') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'automated' } });
    expect(metric(container, 'mts-sum-monitoring')).toBe('2');
    expect(metric(container, 'mts-final')).toBe('2');
  });

  it('reads the board from the URL and reports a bad one', () => {
    window.history.replaceState(null, '', `/?mts.board=${'2'.repeat(28)}`);
    const { container, unmount } = render(<MlTestScore />);
    expect(metric(container, 'mts-final')).toBe('7');
    unmount();
    window.history.replaceState(null, '', '/?mts.board=abc');
    render(<MlTestScore />);
    expect(
      screen
        .getAllByRole('status')
        .map((n) => n.textContent)
        .join(' '),
    ).toMatch(/Test board/);
  });
});
