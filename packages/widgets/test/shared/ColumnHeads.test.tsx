import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ColumnHeads } from '../../src/shared/ColumnHeads';

describe('ColumnHeads', () => {
  it('renders one thead row of column headers in the given order', () => {
    render(
      <table>
        <ColumnHeads columns={['Metric', 'Value', 'Verdict']} />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Metric', 'Value', 'Verdict']);
    for (const th of headers) expect(th.getAttribute('scope')).toBe('col');
    expect(headers[0]?.closest('thead')?.querySelectorAll('tr')).toHaveLength(1);
  });

  it('keeps markup inside a heading', () => {
    render(
      <table>
        <ColumnHeads columns={[<abbr title="round trips">RTTs</abbr>, <span class="sr-only">Action</span>]} />
      </table>,
    );
    const [rtts, action] = screen.getAllByRole('columnheader');
    expect(within(rtts as HTMLElement).getByTitle('round trips').textContent).toBe('RTTs');
    expect(action?.querySelector('.sr-only')?.textContent).toBe('Action');
  });
});
