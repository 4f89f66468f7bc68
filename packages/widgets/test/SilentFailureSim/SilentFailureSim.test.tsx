import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SilentFailureSim } from '../../src/SilentFailureSim/SilentFailureSim';

afterEach(() => window.history.replaceState(null, '', '/'));
const value = (c: Element, id: string) => c.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value');

describe('SilentFailureSim', () => {
  it('simulates the default incident and shows which layer fired', async () => {
    const { container } = render(<SilentFailureSim />);
    await waitFor(() => expect(value(container, 'sfs-prio3-delay')).toBe('0'), { timeout: 5000 });
    expect(value(container, 'sfs-golden-delay')).toBe('');
    expect(screen.getByRole('table', { name: /Alerts per hour/ })).toBeTruthy();
    expect(screen.getByText(/The model's assumptions/)).toBeTruthy();
  });

  it('switching to an outage makes the golden signals fire', async () => {
    const { container } = render(<SilentFailureSim />);
    fireEvent.change(screen.getByLabelText('Incident'), { target: { value: 'outage' } });
    await waitFor(() => expect(value(container, 'sfs-golden-delay')).toBe('0'), { timeout: 5000 });
  });

  it('clamps a bad start hour from the URL with a notice', () => {
    window.history.replaceState(null, '', '/?sfs.start=99');
    render(<SilentFailureSim />);
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toMatch(/outside 1–47/);
  });
});
