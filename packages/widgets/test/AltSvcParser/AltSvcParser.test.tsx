import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AltSvcParser } from '../../src/AltSvcParser/AltSvcParser';
import { metricValue } from '../helpers/metric';

describe('AltSvcParser', () => {
  it('renders the preloaded example as a table and browser behaviour', () => {
    render(<AltSvcParser />);
    expect(metricValue('as-alternatives')).toBe('2');
    expect(metricValue('as-errors')).toBe('0');
    expect(metricValue('as-ma-0')).toBe('86400');
    expect(screen.getByRole('table', { name: /Parsed alternatives/ })).toBeTruthy();
    expect(screen.getByText(/Internet-Draft 29/)).toBeTruthy();
  });

  it('points at the offending character with a caret and the column', () => {
    render(<AltSvcParser />);
    fireEvent.input(screen.getByLabelText(/Alt-Svc header value/), { target: { value: 'h3=":443"; ma=1d' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Column 15: ma must be a whole number');
    const pre = alert.querySelector('pre')?.textContent ?? '';
    expect(pre.split('\n')[1]).toBe(`${' '.repeat(14)}^`);
  });

  it('loads an example from the menu', () => {
    render(<AltSvcParser />);
    fireEvent.change(screen.getByLabelText('Load an example'), { target: { value: '1' } });
    expect(metricValue('as-clear')).toBe('1');
    expect(screen.getByText(/forget every alternative/)).toBeTruthy();
  });

  it('adopts the header from the URL, and refuses an invalid one with a notice', async () => {
    window.history.replaceState(null, '', `/?as.header=${encodeURIComponent('h2=":8443"')}`);
    const { unmount } = render(<AltSvcParser />);
    await waitFor(() => expect(metricValue('as-port-0')).toBe('8443'));
    unmount();
    window.history.replaceState(null, '', `/?as.header=${encodeURIComponent('h3="\u00e9:1"')}`);
    render(<AltSvcParser />);
    await waitFor(() => expect(document.querySelector('.cn-notice')?.textContent).toContain('Alt-Svc header'));
    expect(metricValue('as-alternatives')).toBe('2');
  });
});
