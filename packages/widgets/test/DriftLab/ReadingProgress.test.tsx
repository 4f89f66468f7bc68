import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from '../../src/DriftLab/ReadingProgress';

describe('ReadingProgress', () => {
  it('shows a labelled progress bar of the bytes read and names the file in the status line', () => {
    render(
      <ReadingProgress
        id="dl-reference"
        reading={{ name: 'ref.csv', progress: { phase: 'reading', loaded: 250, total: 1000 } }}
      />,
    );
    const bar = screen.getByLabelText('Reading ref.csv');
    expect(bar.tagName).toBe('PROGRESS');
    expect((bar as HTMLProgressElement).value).toBe(25);
    expect(bar.textContent).toBe('25%');
    expect(screen.getByRole('status').textContent).toBe('Reading ref.csv…');
  });

  it('turns indeterminate while the numbers are parsed, and is empty when idle', () => {
    const { rerender } = render(
      <ReadingProgress
        id="dl-current"
        reading={{ name: 'cur.csv', progress: { phase: 'parsing', loaded: 1000, total: 1000 } }}
      />,
    );
    expect(screen.getByLabelText('Reading cur.csv').hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Reading the numbers in cur.csv…');
    rerender(<ReadingProgress id="dl-current" reading={null} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
